/**
 * An evaluation section of `npm run eval`: time expressions now; entities and events are added
 * by their owners as further sections (see sections.ts).
 */
export interface EvalOptions {
  /** Folder to write error lists into, when asked for. */
  errorsDir?: string;
  /** Rewrite this section's floors in src/eval/gates.json: measured F1 minus about a point. */
  writeGates?: boolean;
}

export interface SectionReport {
  /** Human-readable report: tables and notes. */
  text: string;
  /** The same figures for --json. */
  json: unknown;
  /** Files written (error lists), to mention after the report. */
  written: string[];
}

export interface EvalSection {
  /** Short name used by --only and as the JSON key: "timex", "entities", "events". */
  name: string;
  title: string;
  run(options: EvalOptions): SectionReport | Promise<SectionReport>;
}
