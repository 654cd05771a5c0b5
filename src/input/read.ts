/**
 * Article input: files and folders (recursively) of `.txt`/`.md` articles and `.jsonl` article collections.
 *
 * Reading never throws for a bad article: it yields an InputError naming the file (and line) instead, so every good
 * article of the same run still lands. Folders are walked in sorted order, JSONL files are streamed line by line.
 */
import { createReadStream, promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError, InputWarning } from '../errors.js';
import type { Article } from '../types.js';
import { normaliseDate } from './dates.js';

/** Extensions read as one article per file. */
export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;
/** Extensions read as one article per line. */
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'] as const;
/** An article longer than this is refused: no news article is this long, and it would stall the pipeline. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export type ReadItem = Article | InputError;

/** Walks files and folders lazily, in a deterministic order (each folder's entries sorted by name, hidden ones
 * skipped), yielding the files to read and an InputError for each path that cannot be used. Only one folder's
 * listing is held at a time, so folders of many thousands of files are not loaded up front.
 *
 * Symbolic links are followed. A folder reached a second time (a link back to an ancestor, two links to one folder,
 * a folder also named on its own) is skipped with a warning, so the walk ends; a link from inside an input folder to
 * anything outside it is read, with a warning naming where it leads. Special files (FIFOs, sockets, devices) are
 * refused without being opened: reading a FIFO would wait forever for a writer. */
export async function* walkInputs(inputs: string[]): AsyncGenerator<string | InputError> {
  /** Folders already walked, by device and inode, with the path they were first read as. */
  const seen = new Map<string, string>();
  async function* walk(p: string, root: string | null, link: boolean): AsyncGenerator<string | InputError> {
    const explicit = root === null;
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      yield new InputError(p, describeFsError(e, p));
      return;
    }
    if (root !== null && link) {
      const real = await fs.realpath(p).catch(() => p);
      if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
        yield new InputWarning(p, `a symbolic link to ${real}, outside the input folder ${root}: read all the same`);
    }
    if (st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`;
      const first = seen.get(key);
      if (first !== undefined) {
        yield new InputWarning(p, `the folder ${first} again (a symbolic link loop, or a folder given twice): skipped`);
        return;
      }
      seen.set(key, p);
      const folderRoot = root ?? (await fs.realpath(p).catch(() => path.resolve(p)));
      let dirents: Dirent<Buffer>[];
      try {
        dirents = await fs.readdir(p, { encoding: 'buffer', withFileTypes: true });
      } catch (e) {
        yield new InputError(p, describeFsError(e));
        return;
      }
      const entries: Array<{ name: string; link: boolean }> = [];
      for (const d of dirents) {
        const raw = d.name;
        const name = utf8Name(raw);
        if (name !== null) entries.push({ name, link: d.isSymbolicLink() });
        else if (!raw.toString('latin1').startsWith('.')) {
          const shown = path.join(p, raw.toString('utf8'));
          const isDir = await fs
            .stat(Buffer.concat([Buffer.from(p + path.sep), raw]))
            .then((s) => s.isDirectory())
            .catch(() => false);
          if (isDir || isSupported(path.extname(shown).toLowerCase()))
            yield new InputError(shown, 'the name is not valid UTF-8 (kg reads UTF-8 names): rename it');
        }
      }
      entries.sort((a, b) => byCodeUnit(a.name, b.name));
      for (const { name, link } of entries) {
        if (name.startsWith('.')) continue;
        yield* walk(path.join(p, name), folderRoot, link);
      }
      return;
    }
    const ext = path.extname(p).toLowerCase();
    if (!st.isFile()) {
      if (explicit || isSupported(ext)) yield new InputError(p, `${specialKind(st)}, not a regular file: refused`);
      return;
    }
    if (isSupported(ext)) yield p;
    else if (explicit) yield new InputError(p, `unknown extension "${ext || '(none)'}" (expected .txt, .md or .jsonl)`);
  }
  for (const input of inputs) yield* walk(input, null, false);
}

/** A file name's bytes as a string, or null when they are not UTF-8 (the string would name another file). */
function utf8Name(raw: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

function specialKind(st: import('node:fs').Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'a special file';
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Expands files and folders to the sorted list of files to read. Missing paths become errors. */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  for await (const item of walkInputs(inputs)) {
    if (item instanceof InputError) errors.push(item);
    else files.push(item);
  }
  return { files, errors };
}

function isSupported(ext: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(ext) || (JSONL_EXTENSIONS as readonly string[]).includes(ext);
}

function describeFsError(e: unknown, p?: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  // A name given on the command line with bytes that are not UTF-8 reaches Node with U+FFFD in their place.
  if (code === 'ENOENT' && p?.includes('\uFFFD')) return 'no such file or folder (the name has bytes that are not UTF-8, which kg cannot open: rename it)';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'a symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (cannot read it)';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error)?.message ?? String(e);
}

/** Reads every article of the given inputs, in a deterministic order, streaming: nothing is read ahead. */
export async function* readArticles(inputs: string[]): AsyncGenerator<ReadItem> {
  for await (const item of walkInputs(inputs)) {
    if (item instanceof InputError) yield item;
    else yield* readFile(item);
  }
}

/** Reads one file: one article for `.txt`/`.md`, one per line for `.jsonl`. */
export async function* readFile(file: string): AsyncGenerator<ReadItem> {
  const ext = path.extname(file).toLowerCase();
  if ((JSONL_EXTENSIONS as readonly string[]).includes(ext)) yield* readJsonl(file);
  else if ((TEXT_EXTENSIONS as readonly string[]).includes(ext)) yield* await readTextFile(file);
  else yield new InputError(file, `unknown extension "${ext || '(none)'}" (expected .txt, .md or .jsonl)`);
}

async function readTextFile(file: string): Promise<ReadItem[]> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.size > MAX_ARTICLE_BYTES) return [new InputError(file, `file is ${formatBytes(st.size)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`)];
    buf = await fs.readFile(file);
  } catch (e) {
    return [new InputError(file, describeFsError(e))];
  }
  const decoded = decodeText(buf);
  if ('error' in decoded) return [new InputError(file, decoded.error)];
  const id = path.basename(file, path.extname(file));
  const warnings: InputWarning[] = [];
  const item = parseTextArticle(decoded.text, id, file, (w) => warnings.push(w));
  return [...warnings, item];
}

/** The encoding a byte-order mark announces, if any. */
function utf16Bom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when every other byte of the start is NUL: UTF-16 text of Latin script without a byte-order mark. */
function looksLikeBomlessUtf16(buf: Buffer): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.9 && Math.min(even, odd) === 0;
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark) strictly and refuses content that is not an article's text. */
export function decodeText(buf: Buffer): { text: string } | { error: string } {
  if (buf.length === 0) return { error: 'empty file' };
  const utf16 = utf16Bom(buf);
  let text: string;
  try {
    if (utf16) text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(buf);
    else {
      if (buf.includes(0)) {
        if (looksLikeBomlessUtf16(buf)) return { error: 'UTF-16 text without a byte-order mark is not supported: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8)' };
        return { error: 'binary file (contains NUL bytes), not text' };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
  } catch {
    return { error: utf16 ? `invalid ${utf16.toUpperCase()} (a byte-order mark, then broken text)` : 'invalid UTF-8 (the file must be UTF-8 text)' };
  }
  if (utf16 && text.includes('\0')) return { error: 'binary file (contains NUL characters), not text' };
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // keep offsets: the BOM becomes a space
  const check = checkArticleText(text);
  return check ? { error: check } : { text };
}

/** A reason why this text is not an article, or null. */
export function checkArticleText(text: string): string | null {
  if (!text.trim()) return 'empty article (no text)';
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return 'an HTML page, not article text (extract the text first)';
  return null;
}

const DATE_LINE = /^[ \t\uFEFF]*date[ \t]+(\S+)[ \t]*/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

const FrontMatter = z
  .object({
    date: z.unknown().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
  })
  .passthrough();

/** Parses a `.txt`/`.md` article: an optional ` date DATE ` first line (the text may go on after it on the same
 * line), or YAML front matter with date, title, url, source. Offsets stay those of the whole file. A date that names
 * no day is passed to `warn` and the article is kept, undated. */
export function parseTextArticle(text: string, id: string, origin: string, warn: (w: InputWarning) => void = () => {}): ReadItem {
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    let meta: unknown;
    try {
      meta = parseYaml(fm[1] ?? '');
    } catch (e) {
      return new InputError(origin, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    const parsed = FrontMatter.safeParse(meta ?? {});
    if (!parsed.success) return new InputError(origin, `front matter: ${zodMessage(parsed.error)}`);
    const d = normaliseDate(parsed.data.date);
    if (d.problem) warn(new InputWarning(origin, d.problem));
    const bodyStart = fm[0].length;
    if (!text.slice(bodyStart).trim()) return new InputError(origin, 'empty article (front matter but no text)');
    return { id, text, origin, bodyStart, date: d.date, ...pickMeta(parsed.data) };
  }
  const dl = DATE_LINE.exec(text);
  // "Date night at the movies" is text: a date line's date has digits.
  if (dl && /\d/.test(dl[1] ?? '')) {
    const d = normaliseDate(dl[1]);
    if (d.problem) warn(new InputWarning(origin, d.problem));
    const bodyStart = dl[0].length;
    if (!text.slice(bodyStart).trim()) return new InputError(origin, 'empty article (a date line but no text)');
    return { id, text, origin, bodyStart, date: d.date };
  }
  return { id, text, origin, bodyStart: 0, date: null };
}

function pickMeta(o: { title?: string; url?: string; source?: string }): { title?: string; url?: string; source?: string } {
  const out: { title?: string; url?: string; source?: string } = {};
  if (o.title) out.title = o.title;
  if (o.url) out.url = o.url;
  if (o.source) out.source = o.source;
  return out;
}

const JsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  date: z.unknown().optional(),
  title: z.string().optional().nullable(),
  url: z.string().optional().nullable(),
  source: z.string().optional().nullable(),
  text: z.string({ error: 'missing "text" (a string)' }),
});

function zodMessage(err: z.ZodError): string {
  return err.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ');
}

/** Streams a JSONL file, one article per non-blank line. Lines are split on raw bytes, so an over-long line is
 * refused without ever being held in memory whole. */
async function* readJsonl(file: string): AsyncGenerator<ReadItem> {
  const base = path.basename(file, path.extname(file));
  let stream;
  try {
    await fs.access(file);
    stream = createReadStream(file);
  } catch (e) {
    yield new InputError(file, describeFsError(e));
    return;
  }
  let lineNo = 0;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let sawRecord = false;
  let binary = false;
  let nulLines = 0;
  const finishLine = function* (): Generator<ReadItem> {
    lineNo++;
    if (tooLong) {
      yield new InputError(file, `line is ${formatBytes(partBytes)}, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`, lineNo);
    } else {
      let buf = Buffer.concat(parts);
      if (lineNo === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3); // a UTF-8 BOM
      // JSON text never holds a raw NUL byte: that line is reported, and the next ones are read. Many such lines in a
      // row are binary data, reported once rather than line by line.
      nulLines = buf.includes(0) ? nulLines + 1 : 0;
      if (nulLines > MAX_BINARY_LINES) {
        binary = true;
        yield new InputError(file, `binary data (NUL bytes) on ${MAX_BINARY_LINES + 1} lines in a row, not JSON lines; stopped reading it here`, lineNo);
        return;
      }
      const warnings: InputWarning[] = [];
      const item = parseJsonlLine(buf, file, lineNo, base, (w) => warnings.push(w));
      yield* warnings;
      if (item) {
        sawRecord = true;
        yield item;
      }
    }
    parts = [];
    partBytes = 0;
    tooLong = false;
  };
  try {
    let first = true;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first && utf16Bom(chunk)) {
        stream.destroy();
        yield new InputError(file, 'UTF-16 JSON lines are not supported: convert the file to UTF-8 (iconv -f UTF-16 -t UTF-8)');
        return;
      }
      if (first && chunk.subarray(0, 8192).includes(0) && !startsLikeJson(chunk)) {
        // Like file(1): NUL bytes near the start of what does not begin as JSON mean a binary file, reported once.
        stream.destroy();
        yield new InputError(
          file,
          looksLikeBomlessUtf16(chunk)
            ? 'UTF-16 JSON lines are not supported: convert the file to UTF-8 (iconv -f UTF-16LE -t UTF-8)'
            : 'binary file (contains NUL bytes), not JSON lines',
        );
        return;
      }
      first = false;
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(10, from);
        const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
        partBytes += piece.length;
        if (partBytes > MAX_ARTICLE_BYTES) tooLong = true;
        if (!tooLong && piece.length) parts.push(piece);
        if (nl < 0) break;
        yield* finishLine();
        if (binary) break;
        from = nl + 1;
      }
      if (binary) break;
    }
  } catch (e) {
    yield new InputError(file, describeFsError(e));
    return;
  }
  if (binary) {
    stream.destroy();
    return;
  }
  if (partBytes > 0 || parts.length) yield* finishLine();
  if (lineNo === 0 || (!sawRecord && (await isBlankFile(file)))) yield new InputError(file, 'empty file');
}

/** Lines in a row holding NUL bytes after which a JSONL file is taken for binary data. */
const MAX_BINARY_LINES = 10;

/** True when the first byte that is not blank (after a UTF-8 BOM) opens a JSON object. */
function startsLikeJson(chunk: Buffer): boolean {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x09 || chunk[i] === 0x0a || chunk[i] === 0x0d)) i++;
  return chunk[i] === 0x7b;
}

async function isBlankFile(file: string): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    if (st.size > 4096) return false;
    return !(await fs.readFile(file, 'utf8')).trim();
  } catch {
    return false;
  }
}

function parseJsonlLine(buf: Buffer, file: string, lineNo: number, base: string, warn: (w: InputWarning) => void): ReadItem | null {
  if (buf.includes(0)) return new InputError(file, 'binary data (NUL bytes), not a JSON line', lineNo);
  let line: string;
  try {
    line = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new InputError(file, 'invalid UTF-8', lineNo);
  }
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return new InputError(file, `malformed JSON (${(e as Error).message})`, lineNo);
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) return new InputError(file, zodMessage(parsed.error), lineNo);
  const r = parsed.data;
  const check = checkArticleText(r.text);
  if (check) return new InputError(file, check, lineNo);
  const d = normaliseDate(r.date);
  if (d.problem) warn(new InputWarning(file, d.problem, lineNo));
  // A line without an id is known by its text: two files of the same name (each day's feed.jsonl) never collide.
  const id = r.id !== undefined ? String(r.id) : `${base}-${articleHash(r.text)}`;
  return {
    id,
    text: r.text,
    origin: `${file}:${lineNo}`,
    bodyStart: 0,
    date: d.date,
    ...pickMeta({ title: r.title ?? undefined, url: r.url ?? undefined, source: r.source ?? undefined }),
  };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} bytes`;
}

/** The content hash that, with the id, identifies an article version. */
export function articleHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
