/**
 * An exclusive lock on a graph file: `GRAPH.lock` beside it, created with O_EXCL, holding the owner's pid, host and
 * start time. `kg build` and `kg add` hold it from reading to the last write, so two runs on one graph cannot both
 * read the same base and lose one batch.
 *
 * A lock left by a process that no longer runs on this host (killed, crashed) is taken over. Staleness is decided by
 * the owner's pid, not by the age of the file: the merge is synchronous and may run for minutes without a chance to
 * refresh a timestamp, so a lock that must be refreshed every few seconds would be wrongly declared stale.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LockError } from '../errors.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export const lockPath = (file: string) => `${file}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const o = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? { pid: o.pid, host: o.host, since: String(o.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** Takes the lock of `file`, or throws LockError naming the holder. Returns the function that releases it. */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const lock = lockPath(file);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  await fs.mkdir(path.dirname(path.resolve(lock)), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lock, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me) + '\n');
      } finally {
        await handle.close();
      }
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await fs.rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = await readOwner(lock);
    // A lock of a process gone from this host is stale: remove it and try once more.
    if (attempt === 0 && owner && owner.host === me.host && !alive(owner.pid)) {
      await fs.rm(lock, { force: true });
      continue;
    }
    const who = owner ? `kg (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : 'kg';
    throw new LockError(lock, `another ${who} is writing this graph; wait for it to finish (remove the lock file only if no kg runs)`);
  }
}

/** Runs `fn` holding the lock of `file`, and releases it however `fn` ends. */
export async function withLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const release = await acquireLock(file);
  try {
    return await fn();
  } finally {
    await release();
  }
}
