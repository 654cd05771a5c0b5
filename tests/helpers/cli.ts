import { execFile } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const KG = path.join(ROOT, 'bin/kg.js');

/** Runs `kg` (the built CLI) in `cwd`; resolves with its exit code and standard error. */
export function runKg(cwd: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [KG, ...args], { cwd }, (err, _stdout, stderr) =>
      // Without the progress lines a slow run prints every few seconds.
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr: stderr.replace(/^kg: extracting \d+ articles \|.*\n/gm, '') }),
    ),
  );
}
