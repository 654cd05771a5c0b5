/**
 * robust/io: input that would hang, lose articles or reach a terminal or spreadsheet raw, and graph files edited by
 * hand. Each case calls the reader, loader, exporter or renderer in-process; only the exit code of a command is
 * checked through the CLI.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promises as fs, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildFromInputs } from '../../src/api.js';
import type { CliContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/index.js';
import { registerQuery, renderPaths, renderTable } from '../../src/cli/commands/query.js';
import { GraphFileError, InputError, InputWarning } from '../../src/errors.js';
import { csvField, toNeo4jCsv } from '../../src/export/neo4j.js';
import { createGraph, parseGraph, saveGraph, serializeGraph, type KnowledgeGraph } from '../../src/graph/io.js';
import { isIsoDay, normaliseDate, parseArticleDate } from '../../src/input/dates.js';
import { readArticles, walkInputs, type ReadItem } from '../../src/input/read.js';
import type { Article } from '../../src/types.js';
import { forTerminal } from '../../src/util/terminal.js';
import { allowedHostHeaders } from '../../src/view/server.js';
import { KG } from '../helpers/cli.js';
import { collect } from '../helpers/collect.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-robust-io-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** What a read gave, in order: article ids, `warning PATH: problem` and `error PATH: problem` relative to `root`. */
function summary(items: Array<ReadItem | string>, root: string): string[] {
  return items.map((x) => {
    if (typeof x === 'string') return path.relative(root, x);
    if (x instanceof InputWarning) return `warning ${path.relative(root, x.file)}${x.line ? `:${x.line}` : ''}: ${x.problem}`;
    if (x instanceof InputError) return `error ${path.relative(root, x.file)}${x.line ? `:${x.line}` : ''}: ${x.problem}`;
    return (x as Article).id;
  });
}

async function write(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [f, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await fs.writeFile(path.join(root, f), content);
  }
}

const TEXT = 'Angela Merkel met Emmanuel Macron in Paris.';

// ---------------------------------------------------------------------------------------------------------------
describe('robust/io #4: walking folders never hangs nor leaves the tree silently', () => {
  it('a FIFO in a folder is refused with a line naming it, without being opened; the other articles are read', async (ctx) => {
    const root = path.join(dir, 'fifo');
    await write(root, { 'a.txt': TEXT, 'z.txt': TEXT });
    try {
      execFileSync('mkfifo', [path.join(root, 'feed.jsonl')]);
    } catch {
      ctx.skip('mkfifo is not available here');
    }
    const items = await collect(readArticles([root]));
    expect(summary(items, root)).toEqual(['a', 'error feed.jsonl: a FIFO (named pipe), not a regular file: refused', 'z']);
  }, 15_000);

  it('two links back to an ancestor folder: each folder is read once, each loop said once', async () => {
    const root = path.join(dir, 'loops');
    await write(root, { 'a.txt': TEXT, 'sub/b.txt': TEXT });
    await fs.symlink('..', path.join(root, 'sub', 'up'));
    await fs.symlink(root, path.join(root, 'sub', 'top'));
    const items = await collect(walkInputs([root]));
    expect(summary(items, root)).toEqual([
      'a.txt',
      'sub/b.txt',
      `warning sub/top: the folder ${root} again (a symbolic link loop, or a folder given twice): skipped`,
      `warning sub/up: the folder ${root} again (a symbolic link loop, or a folder given twice): skipped`,
    ]);
  }, 15_000);

  it('a link to a file outside the input folder is read, with a warning saying where it leads', async () => {
    const root = path.join(dir, 'outside');
    const elsewhere = path.join(dir, 'elsewhere');
    await write(elsewhere, { 'secret.txt': TEXT });
    await write(root, { 'a.txt': TEXT, 'inner.txt': TEXT });
    await fs.symlink(path.join(elsewhere, 'secret.txt'), path.join(root, 'link.txt'));
    await fs.symlink('inner.txt', path.join(root, 'same.txt'));
    const real = await fs.realpath(path.join(elsewhere, 'secret.txt'));
    const items = await collect(readArticles([root]));
    expect(summary(items, root)).toEqual([
      'a',
      'inner',
      `warning link.txt: a symbolic link to ${real}, outside the input folder ${await fs.realpath(root)}: read all the same`,
      'link',
      'same',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('robust/io #8: a NUL byte in JSONL', () => {
  it('one raw NUL byte: only its line is reported, the lines after it are read', async () => {
    const file = path.join(dir, 'nul.jsonl');
    await fs.writeFile(file, Buffer.concat([
      Buffer.from('{"id":"a","text":"One."}\n{"id":"b","text":"T'),
      Buffer.from([0]),
      Buffer.from('wo."}\n{"id":"c","text":"Three."}\n{"id":"d","text":"Four."}\n'),
    ]));
    const items = await collect(readArticles([file]));
    expect(summary(items, dir)).toEqual(['a', 'error nul.jsonl:2: binary data (NUL bytes), not a JSON line', 'c', 'd']);
  });

  it('binary data line after line is reported once', async () => {
    const file = path.join(dir, 'tail.jsonl');
    await fs.writeFile(file, Buffer.concat([Buffer.from('{"id":"a","text":"One."}\n'), Buffer.from('\0\x01\n'.repeat(50))]));
    const got = summary(await collect(readArticles([file])), dir);
    expect(got[0]).toBe('a');
    expect(got.at(-1)).toMatch(/^error tail\.jsonl:12: binary data \(NUL bytes\) on 11 lines in a row.*stopped reading it here$/);
    expect(got).toHaveLength(12);
  });
});

// ---------------------------------------------------------------------------------------------------------------
const ESC = '\u001b';
const HOSTILE_TERMINAL = [
  `${ESC}]0;pwned${ESC}\\`, // OSC: window title
  `${ESC}]8;;http://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`, // OSC 8 hyperlink
  `${ESC}]52;c;Y3VybCBldmlsfHNo\u0007`, // OSC 52: write the clipboard
  `${ESC}[2J${ESC}[1;1H`, // clear screen, move the cursor
  `\u009b31m`, // 8-bit CSI
  `${ESC}P1$r${ESC}\\`, // DCS
  'back\bspace\rcarriage\u0007bell\u0000nul\u007f',
].join(' ');

describe('robust/io #10: control sequences never reach the terminal', () => {
  it.each([
    [`${ESC}[31mred${ESC}[0m`, 'red'],
    [`title${ESC}]0;pwned\u0007 after`, 'title after'],
    [`a${ESC}]8;;http://x${ESC}\\b`, 'ab'],
    [`\u009b2Jx`, 'x'],
    [`a lone ESC at the end${ESC}`, 'a lone ESC at the end'],
    [`${ESC} e`, ''],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
    ['Zürich — 東京 🦆', 'Zürich — 東京 🦆'],
  ])('terminal: forTerminal(%j) → %j', (input, expected) => {
    expect(forTerminal(input)).toBe(expected);
  });

  it('query tables and paths: article text, labels and ids are shown without any control character', () => {
    const table = renderTable(['LABEL', 'EVIDENCE'], [[`Evil ${HOSTILE_TERMINAL}`, `said ${HOSTILE_TERMINAL}`]], [[`art${ESC}[2J: “${HOSTILE_TERMINAL}”`]]);
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table).toContain('Evil');
    const paths = renderPaths([
      {
        length: 1,
        nodes: [{ key: 'a', label: `A${HOSTILE_TERMINAL}`, kind: 'person' }, { key: 'b', label: 'B', kind: 'state' }],
        edges: [{ source: 'a', target: 'b', relation: 'role', description: `A —role→ B${ESC}[2J`, articles: [{ id: `x${ESC}]0;t\u0007`, date: null }], evidence: [{ article: 'x', sentence: HOSTILE_TERMINAL, start: 0, end: 1 }] }],
      },
    ] as never, true);
    expect(paths).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(paths).toContain('A —role→ B');
  });

  it('error lines: a file name carrying escape sequences is printed without them', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (written.push(String(s)), true));
    try {
      const code = await main(['node', 'kg', 'query', path.join(dir, `no${ESC}]0;pwned\u0007such${ESC}[2J.json`), 'entity', 'x']);
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/^kg: .*nosuch\.json: no such file\n$/);
  });

  it('kg query on a terminal, in-process: a hostile label and sentence come out clean', async () => {
    const g = createGraph();
    g.addNode('person:evil', { kind: 'person', label: `Evil ${HOSTILE_TERMINAL}`, aliases: ['Evil'], articles: ['a1'], mentions: 1, evidence: [{ article: 'a1', sentence: `Evil ${HOSTILE_TERMINAL}`, start: 0, end: 4 }] });
    const file = path.join(dir, 'hostile.json');
    await saveGraph(g, file);
    let out = '';
    const ctx: CliContext = { exitCode: 0, out: (s) => void (out += s), err: () => {}, isTTY: true };
    const program = new Command('kg').exitOverride();
    registerQuery(program, ctx);
    await program.parseAsync(['node', 'kg', 'query', file, 'entity', 'Evil']);
    expect(out).toContain('Evil');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('robust/io #11: CSV cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|\' /C calc\'!A0', `"'+1+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"' =1"`],
    ['Dmitry Medvedev', '"Dmitry Medvedev"'],
    ['Kilroy-Silk', '"Kilroy-Silk"'],
    ['a = b', '"a = b"'],
  ])('csv: string %j → %s', (value, expected) => {
    expect(csvField('string', value)).toBe(expected);
  });

  it('csv: every array element is neutralized, not just the first', () => {
    expect(csvField('string[]', ['Evil', '=1+1', '@x'])).toBe(`"Evil;'=1+1;'@x"`);
  });

  it('csv: a node label and a role title starting with = are neutralized in the files', () => {
    const g = createGraph();
    const base = { aliases: ['=A()'], articles: ['a1'], mentions: 1, evidence: [] };
    g.addNode('person:a', { kind: 'person', label: '=A()', ...base });
    g.addNode('state:b', { kind: 'state', label: 'B', ...base, aliases: ['B'] });
    g.addEdge('person:a', 'state:b', { relation: 'role', title: '@cmd', articles: ['a1'], evidence: [] });
    const files = toNeo4jCsv(g);
    expect(files.get('nodes-person.csv')).toContain(`"person:a","Entity;Person","'=A()","'=A()"`);
    expect(files.get('rels-role.csv')).toContain(`"'@cmd"`);
  });

  it('csv: no relationship to a node that is not written', () => {
    const g = createGraph();
    g.addNode('person:a', { kind: 'person', label: 'A', aliases: [], articles: [], mentions: 1, evidence: [] });
    g.addNode('odd', { label: 'no kind', aliases: [], articles: [], mentions: 1, evidence: [] } as never);
    g.addNode('state:b', { kind: 'state', label: 'B', aliases: [], articles: [], mentions: 1, evidence: [] });
    g.addEdge('person:a', 'odd', { relation: 'role', articles: [], evidence: [] });
    g.addEdge('person:a', 'state:b', { relation: 'role', articles: [], evidence: [] });
    const rows = files(toNeo4jCsv(g), 'rels-role.csv');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^"person:a","state:b","ROLE"/);
  });
});

const files = (m: Map<string, string>, name: string) => m.get(name)!.trimEnd().split('\n').slice(1);

// ---------------------------------------------------------------------------------------------------------------
function validGraph(): KnowledgeGraph {
  const g = createGraph();
  g.setAttribute('articles', { a1: { date: '2022-12-21', hash: '0123456789abcdef' } });
  const ev = [{ article: 'a1', sentence: 'Xi met Putin.', start: 0, end: 13 }];
  g.addNode('person:xi', { kind: 'person', label: 'Xi', aliases: ['Xi'], articles: ['a1'], mentions: 1, evidence: ev });
  g.addNode('person:putin', { kind: 'person', label: 'Putin', aliases: ['Putin'], articles: ['a1'], mentions: 1, evidence: ev });
  g.addNode('meeting:2022-12-21:putin+xi', { kind: 'meeting', label: 'Putin — Xi', aliases: [], articles: ['a1'], mentions: 1, evidence: ev, date: '2022-12-21', status: 'held', place: null });
  g.addEdge('person:xi', 'meeting:2022-12-21:putin+xi', { relation: 'participant', articles: ['a1'], evidence: ev });
  g.addEdge('person:putin', 'meeting:2022-12-21:putin+xi', { relation: 'participant', articles: ['a1'], evidence: ev });
  return g;
}

type Data = { attributes: Record<string, unknown>; nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<Record<string, unknown>> };
const edited = (edit: (d: Data) => void): string => {
  const d = JSON.parse(serializeGraph(validGraph())) as Data;
  edit(d);
  return JSON.stringify(d);
};
const node = (d: Data, key: string) => d.nodes.find((n) => n.key === key)!.attributes;

describe('robust/io #12: a graph edited by hand is checked against the contract when loaded', () => {
  it('a graph by the contract loads', () => {
    expect(parseGraph(serializeGraph(validGraph()), 'g.json').order).toBe(3);
  });

  it.each<[string, (d: Data) => void, RegExp]>([
    ['a numeric label', (d) => void (node(d, 'person:xi').label = 42), /^g\.json: node "person:xi": label: expected string, received number$/],
    ['evidence not an array', (d) => void (node(d, 'person:xi').evidence = { article: 'a1' }), /^g\.json: node "person:xi": evidence: expected array, received object$/],
    ['a node without kind', (d) => void delete node(d, 'person:putin').kind, /^g\.json: node "person:putin": kind: missing \(expected person, state, organization, place, meeting\)$/],
    ['an unknown kind', (d) => void (node(d, 'person:putin').kind = 'robot'), /^g\.json: node "person:putin": kind: "robot"/],
    ['a kind every object inherits', (d) => void (node(d, 'person:putin').kind = 'constructor'), /^g\.json: node "person:putin": kind: "constructor"/],
    ['the kind "__proto__"', (d) => void (node(d, 'person:putin').kind = '__proto__'), /^g\.json: node "person:putin": kind: "__proto__"/],
    ['a meeting with a bad status', (d) => void (node(d, 'meeting:2022-12-21:putin+xi').status = 'maybe'), /^g\.json: node "meeting:2022-12-21:putin\+xi": status: /],
    ['an edge to no node', (d) => void (d.edges[0]!.target = 'person:nobody'), /^g\.json: edge "[^"]+": target "person:nobody" is not a node$/],
    ['an edge with an unknown relation', (d) => void ((d.edges[1]!.attributes as Record<string, unknown>).relation = 'likes'), /^g\.json: edge "[^"]+": relation: /],
    ['an article record without hash', (d) => void ((d.attributes.articles as Record<string, Record<string, unknown>>).a1 = { date: null }), /^g\.json: graph attributes: articles\.a1\.hash: /],
  ])('%s: one line naming the file and the node or edge', (_name, edit, expected) => {
    let error: unknown;
    try {
      parseGraph(edited(edit), 'g.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphFileError);
    const lines = (error as GraphFileError).message.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });

  it('several problems: one line each', () => {
    const text = edited((d) => {
      node(d, 'person:xi').label = 42;
      delete node(d, 'person:putin').kind;
    });
    expect(() => parseGraph(text, 'g.json')).toThrow(/^g\.json: node "person:xi": label: .*\ng\.json: node "person:putin": kind: missing/);
  });

  it('kg query on a hand-edited graph: exit 1, every line prefixed and naming the file, no stack', async () => {
    const file = path.join(dir, 'edited.json');
    await fs.writeFile(file, edited((d) => {
      node(d, 'person:xi').label = 42;
      node(d, 'person:putin').evidence = 'none';
    }));
    const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [KG, 'query', file, 'entity', 'Xi'], (err, _out, stderr) => resolve({ code: err ? Number((err as { code?: number }).code) : 0, stderr })),
    );
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.startsWith(`kg: ${file}: node "person:`)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('robust/io #13: small ones', () => {
  it('UTF-16 with a byte-order mark is read (LE and BE); UTF-16 JSONL says to convert', async () => {
    const text = 'Angela Merkel met Emmanuel Macron in Zürich.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    await write(dir, { 'u16/le.txt': le, 'u16/be.txt': be, 'u16/lines.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"x"}\n', 'utf16le')]) });
    const items = await collect(readArticles([path.join(dir, 'u16')]));
    expect(items.map((x) => (x instanceof InputError ? x.problem : (x as Article).text))).toEqual([
      ` ${text}`,
      ` ${text}`,
      'UTF-16 JSON lines are not supported: convert the file to UTF-8 (iconv -f UTF-16 -t UTF-8)',
    ]);
  });

  it('UTF-16 without a byte-order mark says to convert; a UTF-8 byte-order mark before JSON lines is skipped', async () => {
    await write(dir, {
      'enc/nobom.txt': Buffer.from('Angela Merkel met Emmanuel Macron in Paris.', 'utf16le'),
      'enc/bom8.jsonl': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"first","text":"One."}\n')]),
    });
    const got = summary(await collect(readArticles([path.join(dir, 'enc')])), path.join(dir, 'enc'));
    expect(got).toEqual(['first', 'error nobom.txt: UTF-16 text without a byte-order mark is not supported: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8)']);
  });

  it('a file name that is not UTF-8 is named as such, not as a missing file', async () => {
    const root = path.join(dir, 'names');
    await write(root, { 'ok.txt': TEXT });
    writeFileSync(Buffer.concat([Buffer.from(root + '/caf'), Buffer.from([0xff]), Buffer.from('.txt')]), TEXT);
    const got = summary(await collect(readArticles([root])), root);
    expect(got).toEqual(['error caf\uFFFD.txt: the name is not valid UTF-8 (kg reads UTF-8 names): rename it', 'ok']);
  });

  it('a name given with bytes that are not UTF-8 says so', async () => {
    const [e] = await collect(walkInputs([path.join(dir, 'caf\uFFFD.txt')]));
    expect((e as InputError).problem).toMatch(/not UTF-8/);
  });

  it.each([
    ['0000-01-01', '0000-01-01'],
    ['0050-03-01', '0050-03-01'],
    ['0099-12-31', '0099-12-31'],
    ['0004-02-29', '0004-02-29'],
  ])('years 0000-0099 are years: %s', (value, expected) => {
    expect(normaliseDate(value)).toEqual({ date: expected });
    expect(isIsoDay(value)).toBe(true);
  });

  it.each(['2022-12-21Tgarbage', '2022-12-21 garbage', '2022-12-21T25:00', '2022-12-21T10:00:00+99'])('%j is not a date', (value) => {
    expect(normaliseDate(value)).toMatchObject({ date: null, problem: expect.stringMatching(/^impossible or unreadable date/) });
  });

  it('schemaVersion "1" (a string) is reported as a string, not as missing', () => {
    const text = edited((d) => void (d.attributes.schemaVersion = '1'));
    expect(() => parseGraph(text, 'g.json')).toThrow('g.json: schemaVersion is "1" (a string), expected the number 1');
  });

  it('the viewer on port 80 accepts the Host header browsers send there (no port)', () => {
    const on80 = allowedHostHeaders('127.0.0.1', 80);
    expect(on80.has('127.0.0.1')).toBe(true);
    expect(on80.has('localhost')).toBe(true);
    expect(on80.has('localhost:80')).toBe(true);
    expect(on80.has('evil.example')).toBe(false);
    const on8080 = allowedHostHeaders('127.0.0.1', 8080);
    expect(on8080.has('localhost:8080')).toBe(true);
    expect(on8080.has('localhost')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
describe('robust/io #14.1: the dates real corpora carry', () => {
  it.each([
    ['2022-12-21', '2022-12-21'],
    ['2022-12-21T23:30:00Z', '2022-12-21'],
    ['2022-12-21T23:30:00-05:00', '2022-12-21'],
    ['2022-12-21 23:30:00.123+0100', '2022-12-21'],
    ['Wed, 21 Dec 2022 23:30:00 -0500', '2022-12-21'],
    ['Wed, 21 Dec 2022 23:30:00 GMT', '2022-12-21'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    ['December 31, 2017', '2017-12-31'],
    ['Dec. 31, 2017', '2017-12-31'],
    ['Sept. 5, 2017', '2017-09-05'],
    ['31 December 2017', '2017-12-31'],
    ['12/31/2017', '2017-12-31'],
    ['01/02/2017', '2017-01-02'],
    ['31/12/2017', '2017-12-31'],
    ['Sun Dec 31 2017 10:00:00 GMT+0000 (Coordinated Universal Time)', '2017-12-31'],
    ['1514678400', '2017-12-31'],
    ['1514678400000', '2017-12-31'],
    ['20171231', '2017-12-31'],
  ])('dates: %j → %s', (value, expected) => {
    expect(parseArticleDate(value)).toBe(expected);
  });

  it.each([['2022-13-45'], ['2022-02-30'], ['13/32/2017'], ['yesterday'], ['December 2017'], ['soon'], ['2017'], ['12345']])('dates: %j names no day', (value) => {
    expect(parseArticleDate(value)).toBeNull();
  });

  it.each<[unknown, string | null]>([
    [1514678400, '2017-12-31'],
    [new Date(Date.UTC(2017, 11, 31)), '2017-12-31'],
    [null, null],
    ['', null],
  ])('dates: the value %j → %s', (value, expected) => {
    expect(normaliseDate(value)).toEqual({ date: expected });
  });

  it.each<[unknown]>([[true], [{ y: 2017 }], [-5], [1.5]])('dates: the value %j is a problem, not an error', (value) => {
    expect(normaliseDate(value)).toMatchObject({ date: null, problem: expect.any(String) });
  });

  it('a corpus in every format builds with every article kept; an unreadable or impossible date is a warning naming the file and line', async () => {
    const root = path.join(dir, 'dated');
    const formats = ['2022-12-21T23:30:00-05:00', 'Wed, 21 Dec 2022 23:30:00 -0500', '26-FEB-1987 15:01:01.79', 'December 31, 2017', '12/31/2017', 1514678400, '2022-13-45', 'someday'];
    await write(root, {
      'feed.jsonl': formats.map((date, i) => JSON.stringify({ id: `j${i}`, date, text: TEXT })).join('\n') + '\n',
      'fm.md': `---\ndate: 26-FEB-1987 15:01:01.79\ntitle: T\n---\n${TEXT}\n`,
      'line.txt': ` date 12/31/2017 ${TEXT}\n`,
      'bad.txt': ` date 2022-02-30 ${TEXT}\n`,
    });
    const r = await buildFromInputs([root], { jobs: 1 });
    expect(r.errors).toEqual([]);
    const articles = r.graph.getAttribute('articles');
    expect(Object.fromEntries(Object.entries(articles).map(([id, a]) => [id, a.date]))).toEqual({
      bad: null,
      fm: '1987-02-26',
      j0: '2022-12-21',
      j1: '2022-12-21',
      j2: '1987-02-26',
      j3: '2017-12-31',
      j4: '2017-12-31',
      j5: '2017-12-31',
      j6: null,
      j7: null,
      line: '2017-12-31',
    });
    expect(r.warnings.map((w) => w.message.replace(`${root}/`, ''))).toEqual([
      'bad.txt: warning: impossible or unreadable date "2022-02-30"; the article is kept without a date',
      'feed.jsonl:7: warning: impossible or unreadable date "2022-13-45"; the article is kept without a date',
      'feed.jsonl:8: warning: impossible or unreadable date "someday"; the article is kept without a date',
    ]);
  }, 60_000);
});
