/** A problem with the user's input: reported as one line on stderr, exit code 1, never a stack trace. */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Node's file-system error codes turned into words a user understands. */
export function describeFsError(name: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`${name}: no such file`);
    case 'EISDIR':
      return new InputError(`${name} is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${name}: permission denied`);
    default:
      return new InputError(`${name}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
}
