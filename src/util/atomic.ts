/**
 * Atomic file writes: the data goes to a temporary file beside the target, is flushed, then renamed over it. A
 * process killed mid-write leaves the previous file intact (and at worst a hidden `.NAME.PID.TIME.tmp` beside it).
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

function tempPath(file: string): { dir: string; tmp: string } {
  const dir = path.dirname(path.resolve(file));
  return { dir, tmp: path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`) };
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const { dir, tmp } = tempPath(file);
  await fs.mkdir(dir, { recursive: true });
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameOver(tmp, file);
}

/** Writes the chunks of `source`, passed through the `transforms` (a gzip stream, say), atomically to `file`, without
 * holding the whole content in memory. */
export async function writeStreamAtomic(
  file: string,
  source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  transforms: NodeJS.ReadWriteStream[] = [],
): Promise<void> {
  const { dir, tmp } = tempPath(file);
  await fs.mkdir(dir, { recursive: true });
  try {
    await (pipeline as (...streams: unknown[]) => Promise<void>)(Readable.from(source), ...transforms, createWriteStream(tmp));
    const handle = await fs.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await renameOver(tmp, file);
}

async function renameOver(tmp: string, file: string): Promise<void> {
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
