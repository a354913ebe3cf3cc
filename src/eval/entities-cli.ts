/**
 * Prints entity recognition scores for Annalist and compromise on the entity corpus.
 * Usage: node dist/eval/entities-cli.js [--json] [--errors]
 */
import { entityReport, printEntityErrors } from './entities-section.js';

const args = new Set(process.argv.slice(2));
const report = entityReport();
console.log(args.has('--json') ? JSON.stringify(report.json, null, 2) : report.text);
if (args.has('--errors')) printEntityErrors();
