#!/usr/bin/env node
// Entry point of the `kg` command: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli/index.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; },
);
