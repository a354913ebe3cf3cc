#!/usr/bin/env node
/**
 * Prints event precision and recall on the hand-written corpus (src/eval/events-corpus).
 * Usage: node dist/eval/events-cli.js [--json] [--errors]
 */
import { evaluateEvents, formatErrors, formatScores } from './events.js';

const args = new Set(process.argv.slice(2));
const { scores, results } = evaluateEvents();
if (args.has('--json')) console.log(JSON.stringify(scores, null, 2));
else console.log(formatScores(scores));
if (args.has('--errors')) console.log(formatErrors(results));
