/**
 * The extractions sidecar: what every article of a graph contributed, saved beside the graph so that `kg add` can
 * merge new articles without extracting the old ones again.
 *
 * `graph.json` → `graph.extractions.HASH.jsonl.gz`, where HASH is the start of the sha256 of the uncompressed
 * content; the graph file names it, with the full sha256, in its `extractions` attribute (see src/store.ts: the graph
 * is written last and commits the pair). Graphs written before this naming have `graph.extractions.jsonl.gz`.
 * The content is gzip of JSON lines. Line 1 is a header
 * `{"format":"news-kg-extractions","version":1,"schemaVersion":N,"articles":COUNT,"layout":{"seed":S}|null}`,
 * then one ArticleExtraction per line, sorted by id then hash. The graph is a pure function of these lines (and the
 * layout option), so rebuilding from them gives the graph file byte for byte. Written atomically; read back with
 * every way it can be damaged (truncated gzip, a cut line, a count that does not match) reported as GraphFileError.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { GraphFileError } from '../errors.js';
import { SCHEMA_VERSION, type ArticleExtraction } from '../types.js';
import { writeStreamAtomic } from './atomic.js';

export const SIDECAR_FORMAT = 'news-kg-extractions';
export const SIDECAR_VERSION = 1;

export interface SidecarHeader {
  format: typeof SIDECAR_FORMAT;
  version: number;
  schemaVersion: number;
  articles: number;
  /** The layout the graph was built with (`kg build --layout --seed S`), so `kg add` lays it out the same way. */
  layout: { seed: number } | null;
}

/** `out/graph.json` → `out/graph.extractions.jsonl.gz` (the name of graphs written before content-hashed names), or
 * with a content hash, `out/graph.extractions.0123456789abcdef.jsonl.gz`. */
export function sidecarPath(graphFile: string, sha256?: string): string {
  const ext = path.extname(graphFile);
  const base = ext ? graphFile.slice(0, -ext.length) : graphFile;
  return sha256 ? `${base}.extractions.${sha256.slice(0, 16)}.jsonl.gz` : `${base}.extractions.jsonl.gz`;
}

/** Whether `name` is a content-hashed sidecar name of `graphFile` (for removing those no graph names any more). */
export function isSidecarName(graphFile: string, name: string): boolean {
  const legacy = path.basename(sidecarPath(graphFile));
  const stem = legacy.slice(0, -'.jsonl.gz'.length);
  return name === legacy || (name.startsWith(`${stem}.`) && /^\.[0-9a-f]{16}\.jsonl\.gz$/.test(name.slice(stem.length)));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts extractions the way the merge reads them: by id, then hash. */
export function sortExtractions(xs: ArticleExtraction[]): ArticleExtraction[] {
  return xs.sort((a, b) => cmp(a.id, b.id) || cmp(a.hash, b.hash));
}

/**
 * Writes the sidecar of `graphFile` atomically, under its content-hashed name, and returns that file and the sha256
 * of its uncompressed content.
 */
export async function saveExtractions(graphFile: string, extractions: ArticleExtraction[], layout: { seed: number } | null): Promise<{ file: string; sha256: string }> {
  const header: SidecarHeader = { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, schemaVersion: SCHEMA_VERSION, articles: extractions.length, layout };
  const sorted = sortExtractions([...extractions]);
  const hash = createHash('sha256');
  function* lines(): Generator<string> {
    for (const value of [header, ...sorted]) {
      const line = JSON.stringify(value) + '\n';
      hash.update(line);
      yield line;
    }
  }
  let sha256 = '';
  const file = await writeStreamAtomic(sidecarPath(graphFile), lines(), [createGzip({ level: 6 })], () => path.basename(sidecarPath(graphFile, (sha256 = hash.digest('hex')))));
  return { file, sha256 };
}

/** Reads a sidecar; `sha256` is that of its uncompressed content. */
export async function loadExtractions(file: string): Promise<{ header: SidecarHeader; extractions: ArticleExtraction[]; sha256: string }> {
  const hash = createHash('sha256');
  let header: SidecarHeader | null = null;
  const extractions: ArticleExtraction[] = [];
  let lineNo = 0;
  const takeLine = (line: string): void => {
    lineNo++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new GraphFileError(file, `line ${lineNo} is not valid JSON: the extractions file is truncated or corrupt`);
    }
    if (!header) {
      const h = value as Partial<SidecarHeader> | null;
      if (!h || h.format !== SIDECAR_FORMAT) throw new GraphFileError(file, 'not a news-kg extractions file (no header)');
      if (typeof h.version !== 'number' || h.version > SIDECAR_VERSION)
        throw new GraphFileError(file, `extractions file version ${h.version} is newer than this kg understands (${SIDECAR_VERSION}); upgrade kg`);
      header = h as SidecarHeader;
      return;
    }
    const x = value as ArticleExtraction;
    if (!x || typeof x.id !== 'string' || typeof x.hash !== 'string' || !Array.isArray(x.entities))
      throw new GraphFileError(file, `line ${lineNo} is not an article extraction: the file is corrupt`);
    extractions.push(x);
  };
  try {
    // Every stage's error (the file, gunzip, a bad line) rejects this one promise.
    await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      const decoder = new StringDecoder('utf8');
      let rest = '';
      for await (const chunk of source) {
        hash.update(chunk);
        const text = rest + decoder.write(chunk);
        const lines = text.split('\n');
        rest = lines.pop()!;
        for (const line of lines) if (line) takeLine(line);
      }
      rest += decoder.end();
      if (rest) takeLine(rest);
    });
  } catch (e) {
    if (e instanceof GraphFileError) throw e;
    throw describe(file, e as Error);
  }
  if (!header) throw new GraphFileError(file, 'empty extractions file');
  const h: SidecarHeader = header;
  if (extractions.length !== h.articles)
    throw new GraphFileError(file, `holds ${extractions.length} of the ${h.articles} articles its header announces: the file is truncated`);
  return { header: h, extractions, sha256: hash.digest('hex') };
}

function describe(file: string, e: Error): GraphFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new GraphFileError(file, 'no such file (the extractions that kg build writes beside the graph); run kg build again');
  if (code === 'EACCES') return new GraphFileError(file, 'permission denied');
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end|incorrect header check|invalid/i.test(e.message))
    return new GraphFileError(file, `truncated or corrupt extractions file (${e.message})`);
  return new GraphFileError(file, e.message);
}
