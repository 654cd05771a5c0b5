/**
 * Robustness: every bad input gives one clear error naming the file (and line for JSONL); every good article of the
 * same run still lands. Each case runs in-process through the package API; the CLI (bin/kg.js → dist/, built by
 * `npm test`) runs once per command and exit code, for the line it prints, with no stack trace.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToGraphFile, buildGraphFile, GraphFileError, loadGraph } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const KG = path.join(ROOT, 'bin/kg.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kg(args: string[], options: { uid?: number; gid?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KG, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024, ...options }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr: withoutProgress(stderr) });
    });
  });
}

/** Standard error without the progress lines a slow run prints every few seconds. */
const withoutProgress = (stderr: string) => stderr.replace(/^kg: extracting \d+ articles \|.*\n/gm, '');

/** A stack trace line, as Node prints them. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

let dir: string;
const GOOD = 'date 2022-12-21\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday to discuss trade.\n';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-robust-'));
  await fs.writeFile(path.join(dir, 'good.txt'), GOOD);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function graphArticles(file: string): Promise<string[]> {
  const g = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'));
  return Object.keys(g.attributes.articles).sort();
}

/** [name, files to write (name → content), the bad path given to kg, expected message] */
const BAD_INPUTS: Array<[string, Record<string, string | Buffer>, string, RegExp]> = [
  ['an empty file', { 'empty.txt': '' }, 'empty.txt', /^kg: empty\.txt: empty file$/m],
  ['a blank file', { 'blank.txt': ' \n\n\t\n' }, 'blank.txt', /^kg: blank\.txt: empty article \(no text\)$/m],
  ['a binary file', { 'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]) }, 'binary.txt', /^kg: binary\.txt: binary file .*$/m],
  ['a binary file named .jsonl', { 'image.jsonl': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), Buffer.alloc(300, 0x0a), Buffer.from([0x00, 0x01, 0x0a, 0x00])]) }, 'image.jsonl', /^kg: image\.jsonl: binary file \(contains NUL bytes\), not JSON lines$/m],
  ['invalid UTF-8', { 'latin1.txt': Buffer.from('Caf\xe9 au lait in M\xfcnchen, said the minister.', 'latin1') }, 'latin1.txt', /^kg: latin1\.txt: invalid UTF-8.*$/m],
  ['an HTML page', { 'page.txt': '<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Text</p></body></html>\n' }, 'page.txt', /^kg: page\.txt: an HTML page, not article text.*$/m],
  ['a malformed JSONL line', { 'bad.jsonl': '{"id": "ok-1", "text": "Angela Merkel visited Paris."}\n{"id": "broken", "text": "Unterminated\n' }, 'bad.jsonl', /^kg: bad\.jsonl:2: malformed JSON .*$/m],
  ['a JSONL line without text', { 'notext.jsonl': '{"id": "n1", "title": "No body"}\n' }, 'notext.jsonl', /^kg: notext\.jsonl:1: text: missing "text".*$/m],
  ['an unknown extension', { 'report.pdf': '%PDF-1.4\n' }, 'report.pdf', /^kg: report\.pdf: unknown extension "\.pdf".*$/m],
  ['a missing path', {}, 'no/such/article.txt', /^kg: no\/such\/article\.txt: no such file or folder$/m],
];

/** An API error's message as the CLI prints it, with paths relative to the test folder. */
const asPrinted = (message: string) => `kg: ${message.split(dir + path.sep).join('')}`;

describe('robust: one bad input among good ones', () => {
  it.each(BAD_INPUTS)('%s: one error naming it, the good article lands', async (name, files, bad, expected) => {
    for (const [f, content] of Object.entries(files)) await fs.writeFile(path.join(dir, f), content);
    const out = path.join(dir, `out-${bad.replace(/\W/g, '_')}.json`);
    const r = await buildGraphFile([path.join(dir, 'good.txt'), path.join(dir, bad)], out, { jobs: 1 });
    expect(r.errors.map((e) => asPrinted(e.message)), name).toEqual([expect.stringMatching(expected)]);
    expect(Object.keys(r.graph.getAttribute('articles'))).toContain('good');
    expect(r.written).toBe(true);
  });

  it('an impossible date is a warning: the article lands undated, exit 0', async () => {
    await fs.writeFile(path.join(dir, 'baddate.txt'), 'date 2022-13-45\nBoris Johnson met Emmanuel Macron in London.\n');
    await fs.writeFile(path.join(dir, 'dates.jsonl'), '{"id": "d1", "date": "2022-13-45", "text": "Olaf Scholz met Joe Biden."}\n');
    const r = await kg(['build', 'baddate.txt', 'dates.jsonl', '-o', 'baddate.json', '--jobs', '1']);
    expect(r.stderr).toMatch(/^kg: baddate\.txt: warning: impossible or unreadable date "2022-13-45"; the article is kept without a date$/m);
    expect(r.stderr).toMatch(/^kg: dates\.jsonl:1: warning: impossible or unreadable date "2022-13-45"; the article is kept without a date$/m);
    expect(r.stderr).toMatch(/^kg: 2 articles read → /m);
    expect(r.code).toBe(0);
    expect(await graphArticles('baddate.json')).toEqual(['baddate', 'd1']);
  });

  it('a missing date is not an error', async () => {
    await fs.writeFile(path.join(dir, 'nodate.txt'), 'Jacinda Ardern met Scott Morrison in Sydney.\n');
    await fs.writeFile(path.join(dir, 'nodate.jsonl'), '{"id": "nd1", "text": "Jacinda Ardern met Scott Morrison in Sydney."}\n{"id": "nd2", "date": null, "text": "Justin Trudeau visited Mexico City."}\n');
    const r = await kg(['build', 'nodate.txt', 'nodate.jsonl', '-o', 'nodate.json', '--jobs', '1']);
    expect(r.stderr).toMatch(/^kg: 3 articles read → .+ → nodate\.json\n$/);
    expect(r.code).toBe(0);
    expect(await graphArticles('nodate.json')).toEqual(['nd1', 'nd2', 'nodate']);
  });

  it('kg build (CLI), all the bad inputs in one run: every error on its line, no stack, every good article lands, exit 1', async () => {
    for (const [, files] of BAD_INPUTS) for (const [f, content] of Object.entries(files)) await fs.writeFile(path.join(dir, f), content);
    const bads = BAD_INPUTS.map(([, , bad]) => bad);
    const r = await kg(['build', ...bads, 'good.txt', '-o', 'all.json', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    for (const [, , , expected] of BAD_INPUTS) expect(r.stderr).toMatch(expected);
    expect(await graphArticles('all.json')).toEqual(['good', 'ok-1']);
  });

  it('an unreadable file (chmod 000): one line, the rest lands', async (ctx) => {
    const file = path.join(dir, 'secret.txt');
    await fs.writeFile(file, GOOD);
    await fs.chmod(file, 0o000);
    let asUser: { uid?: number; gid?: number } = {};
    if (process.getuid?.() === 0) {
      // root reads a chmod-000 file anyway: run kg as an unprivileged user, or skip when that is not possible here.
      try {
        await fs.chmod(dir, 0o777);
        await fs.chmod(path.join(dir, 'good.txt'), 0o644);
        asUser = { uid: 65534, gid: 65534 };
        const probe = await kg(['--help'], asUser);
        if (probe.code !== 0 || !probe.stdout.includes('Usage')) throw new Error(probe.stderr.split('\n')[0]);
      } catch (e) {
        ctx.skip(`running as root, and kg cannot be run as an unprivileged user here (${(e as Error).message}): chmod 000 does not stop root`);
      }
    }
    const r = await kg(['build', 'good.txt', 'secret.txt', '-o', 'unreadable.json', '--jobs', '1'], asUser);
    expect(r.stderr).toMatch(/^kg: secret\.txt: permission denied.*$/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(await graphArticles('unreadable.json')).toEqual(['good']);
  });

  it('a single 50 MB line: refused with its line number, without holding it in memory; the next line lands', async () => {
    const file = path.join(dir, 'huge.jsonl');
    const handle = await fs.open(file, 'w');
    await handle.write('{"id": "huge", "text": "');
    const chunk = 'The minister spoke. '.repeat(52_429); // 1 MiB
    for (let i = 0; i < 50; i++) await handle.write(chunk);
    await handle.write('"}\n{"id": "after", "text": "Narendra Modi met Shinzo Abe in Tokyo."}\n');
    await handle.close();
    // Run the CLI in a child that reports its own peak memory.
    const script = `import(${JSON.stringify(path.join(ROOT, 'dist/cli/index.js'))}).then(async (m) => {
      const code = await m.main(['node', 'kg', 'build', 'huge.jsonl', '-o', 'huge.json', '--jobs', '1']);
      process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');
      process.exitCode = code;
    })`;
    const r = await new Promise<Run>((resolve) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: dir }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(r.stderr).toMatch(/^kg: huge\.jsonl:1: line is 50 MB, over the 8\.0 MB limit for one article$/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    const maxRssKb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]);
    expect(maxRssKb).toBeLessThan(400 * 1024);
    expect(await graphArticles('huge.json')).toEqual(['after']);
    await fs.rm(file);
  });
});

describe('robust: a truncated or corrupt graph file', () => {
  let graphText: string;
  beforeAll(async () => {
    const r = await buildGraphFile([path.join(dir, 'good.txt')], path.join(dir, 'base.json'), { jobs: 1 });
    expect(r.errors).toEqual([]);
    graphText = await fs.readFile(path.join(dir, 'base.json'), 'utf8');
  });

  const DAMAGE: Array<[string, (text: string) => string | Buffer]> = [
    ['truncated', (t) => t.slice(0, Math.floor(t.length / 2))],
    ['corrupt', () => Buffer.from([0x1f, 0x8b, 0x00, 0xde, 0xad, 0xbe, 0xef])],
    ['empty', () => ''],
    ['not a graph', () => '{"hello": "world"}\n'],
  ];
  for (const [damage, make] of DAMAGE) {
    it(`a ${damage} graph.json: loading it and adding to it fail with GraphFileError naming it, nothing overwritten`, async () => {
      const g = path.join(dir, `${damage.replace(/\W/g, '_')}.json`);
      const content = make(graphText);
      await fs.writeFile(g, content);
      await expect(loadGraph(g)).rejects.toBeInstanceOf(GraphFileError);
      await expect(loadGraph(g)).rejects.toThrow(new RegExp(`^${g.replace(/[.]/g, '\\.')}: .+$`));
      await expect(addToGraphFile(g, [path.join(dir, 'good.txt')], { jobs: 1 })).rejects.toBeInstanceOf(GraphFileError);
      expect(await fs.readFile(g)).toEqual(Buffer.from(content));
    });
  }

  const COMMANDS: Array<[string, (g: string) => string[]]> = [
    ['add', (g) => ['add', g, 'good.txt', '--jobs', '1']],
    ['query', (g) => ['query', g, 'entity', 'Putin']],
    ['export', (g) => ['export', g, '-o', 'export-out.gexf']],
  ];
  it.each(COMMANDS)('kg %s (CLI) on a truncated graph.json: one line naming the file, no stack, exit 1, nothing overwritten', async (_name, args) => {
    const g = 'cli_truncated.json';
    const content = DAMAGE[0]![1](graphText);
    await fs.writeFile(path.join(dir, g), content);
    const r = await kg(args(g));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^kg: ${g.replace('.', '\\.')}: .+$`, 'm'));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(await fs.readFile(path.join(dir, g))).toEqual(Buffer.from(content));
  });
});
