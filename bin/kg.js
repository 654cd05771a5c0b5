#!/usr/bin/env node
// Entry point of the `kg` command: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli/index.js';

// A reader that stops early (`kg extract … | head`) closes the pipe: that ends the command quietly, it is no error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; },
);
