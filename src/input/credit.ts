/**
 * The credit parser of the segment stage, used to fill photographer/agency/archive/rights of HTML
 * figures. Looked up at run time so input reading works before that stage exports it.
 */
import type { CreditParser } from './html.js';

export async function loadCreditParser(): Promise<CreditParser | undefined> {
  const segment = (await import('../segment/index.js')) as Record<string, unknown>;
  const parse = segment.parseCredit;
  return typeof parse === 'function' ? (parse as CreditParser) : undefined;
}
