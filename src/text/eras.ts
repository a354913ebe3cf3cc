/**
 * Era markers written beside a year ("218 BC", "AD 79"), lowercase: the entity recognizer keeps
 * them out of names and the quantities stage keeps such years out of counts.
 */
export const ERA_MARKERS: ReadonlySet<string> = new Set(['bc', 'bce', 'ad', 'ce']);
