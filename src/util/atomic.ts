/**
 * Atomic file writes: the data goes to a temporary file beside the target, is flushed, then renamed over it. A
 * failed write (a full disk) removes its temporary file; a process killed mid-write leaves the previous file intact
 * and at worst a hidden `.NAME.PID.TIME-N.tmp` beside it, which removeStaleTemps clears.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

let sequence = 0;

/** A temporary file beside `file`, unique to this process and write: `.NAME.PID.TIME-N.tmp`. */
export function tempPath(file: string): { dir: string; tmp: string } {
  const dir = path.dirname(path.resolve(file));
  return { dir, tmp: path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}-${sequence++}.tmp`) };
}

/** Fills a fresh temporary file beside `file` with `fill`, flushes it to disk and returns where it is; a failure (a
 * full disk) removes it before the error goes on. */
async function filledTemp(file: string, fill: (tmp: string) => Promise<void>): Promise<{ dir: string; tmp: string }> {
  const t = tempPath(file);
  await fs.mkdir(t.dir, { recursive: true });
  try {
    await fill(t.tmp);
    const handle = await fs.open(t.tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await fs.rm(t.tmp, { force: true });
    throw e;
  }
  return t;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const { tmp } = await filledTemp(file, async (t) => {
    const handle = await fs.open(t, 'w');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  });
  await renameOver(tmp, file);
}

/** Writes the chunks of `source`, passed through the `transforms` (a gzip stream, say), atomically to `file`, without
 * holding the whole content in memory. */
export async function writeStreamAtomic(
  file: string,
  source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  transforms: NodeJS.ReadWriteStream[] = [],
  /** The file's final name, known once the source is written (a name made of the content's hash). */
  finalName?: () => string,
): Promise<string> {
  const { dir, tmp } = await filledTemp(file, (t) =>
    (pipeline as (...streams: unknown[]) => Promise<void>)(Readable.from(source), ...transforms, createWriteStream(t)),
  );
  const target = finalName ? path.join(dir, finalName()) : file;
  await renameOver(tmp, target);
  return target;
}

/** Removes the temporary files that writes of `file` left when their process was killed. Call it only while no other
 * write of `file` can run (holding its lock). */
export async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const name = path.basename(file);
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.startsWith(`.${name}.`) && /^\.\d+\.\d+(-\d+)?\.tmp$/.test(e.slice(name.length + 1))) await fs.rm(path.join(dir, e), { force: true });
  }
}

async function renameOver(tmp: string, file: string): Promise<void> {
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
