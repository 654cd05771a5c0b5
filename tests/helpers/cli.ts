import { execFile } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const KG = path.join(ROOT, 'bin/kg.js');

/** Runs `kg` (the built CLI) in `cwd`; resolves with its exit code and standard error. */
export function runKg(cwd: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [KG, ...args], { cwd }, (err, _stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
    ),
  );
}
