/** input: folders walked lazily in sorted order, JSONL streamed with exact line numbers, identity hashes. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { articleHash, readArticles, walkInputs } from '../src/input/read.js';
import { orderedMap } from '../src/workers/pool.js';
import { collect } from './helpers/collect.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-input-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('input: walking folders', () => {
  it('walks folders depth-first in code-unit order, skips hidden entries and unsupported files inside folders', async () => {
    const root = path.join(dir, 'walk');
    for (const f of ['b.txt', 'a.md', 'Z.jsonl', 'sub/c.txt', 'sub/.hidden.txt', '.git/x.txt', 'notes.pdf', 'a0/d.txt'])
      await fs.mkdir(path.dirname(path.join(root, f)), { recursive: true }).then(() => fs.writeFile(path.join(root, f), 'x'));
    const files = (await collect(walkInputs([root]))).map((f) => (f instanceof InputError ? f.message : path.relative(root, f)));
    expect(files).toEqual(['Z.jsonl', 'a.md', 'a0/d.txt', 'b.txt', 'sub/c.txt']);
  });

  it('yields the first file of a large folder without reading the others', async () => {
    const big = path.join(dir, 'many');
    await fs.mkdir(big);
    await Promise.all(Array.from({ length: 3000 }, (_, i) => fs.writeFile(path.join(big, `a-${String(i).padStart(5, '0')}.txt`), `Article ${i} about Angela Merkel.`)));
    const it = readArticles([big])[Symbol.asyncIterator]();
    const first = (await it.next()).value;
    expect(first).toMatchObject({ id: 'a-00000', text: 'Article 0 about Angela Merkel.' });
    await it.return?.(undefined);
    const all = await collect(readArticles([big]));
    expect(all).toHaveLength(3000);
    expect(all.every((a) => !(a instanceof InputError))).toBe(true);
  });
});

describe('input: JSONL', () => {
  const cases: Array<[string, string, Array<string | [number, RegExp]>]> = [
    ['a last line without a newline', '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}', ['a', 'b']],
    ['blank lines keep the line numbers', '\n{"id":"a","text":"One."}\n\n{"id":"b","text":\n', ['a', [4, /malformed JSON/]]],
    ['CRLF line ends', '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}\r\n', ['a', 'b']],
    ['ids default to the file name and the hash of the text', '{"text":"No id here."}\n', [`lines-${articleHash('No id here.')}`]],
    ['a numeric id', '{"id": 42, "text":"Numbered."}\n', ['42']],
    ['text that is not a string', '{"id":"x","text":7}\n', [[1, /text/]]],
    ['invalid UTF-8 on one line only', '{"id":"a","text":"One."}\n{"id":"b","text":"\xff"}\n{"id":"c","text":"Three."}\n', ['a', [2, /invalid UTF-8/], 'c']],
  ];
  it.each(cases)('%s', async (_name, content, expected) => {
    const file = path.join(dir, 'lines.jsonl');
    await fs.writeFile(file, Buffer.from(content, 'latin1'));
    const items = await collect(readArticles([file]));
    const got = items.map((x) => (x instanceof InputError ? [x.line, x.problem] : x.id));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      if (typeof e === 'string') expect(got[i]).toBe(e);
      else {
        expect((got[i] as [number, string])[0]).toBe(e[0]);
        expect((got[i] as [number, string])[1]).toMatch(e[1]);
      }
    });
  });
});

describe('input: identity and ordering', () => {
  it('articleHash is 16 hex chars of sha256 and changes with the text', () => {
    expect(articleHash('abc')).toBe('ba7816bf8f01cfea');
    expect(articleHash('abc ')).not.toBe(articleHash('abc'));
  });

  it('orderedMap yields in source order with at most `limit` pending', async () => {
    let pending = 0;
    let maxPending = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) yield i;
    }
    const out = await collect(
      orderedMap(source(), async (i) => {
        pending++;
        maxPending = Math.max(maxPending, pending);
        await new Promise((r) => setTimeout(r, (i * 7) % 5));
        pending--;
        return i * 2;
      }, 4),
    );
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(maxPending).toBeLessThanOrEqual(4);
  });
});

describe('input: binary data in JSONL', () => {
  it('NUL bytes after good lines: the good lines land, then one error for each line holding them', async () => {
    const file = path.join(dir, 'mixed.jsonl');
    const good = '{"id":"g1","text":"Angela Merkel met Emmanuel Macron."}\n';
    await fs.writeFile(file, Buffer.concat([Buffer.from(good.repeat(1) + 'x'.repeat(9000) + '\n'), Buffer.from([0, 1, 2, 10, 0, 10, 0, 10])]));
    const items = await collect(readArticles([file]));
    const got = items.map((x) => (x instanceof InputError ? `${x.line}: ${x.problem}` : x.id));
    const nul = 'binary data (NUL bytes), not a JSON line';
    expect(got).toEqual(['g1', expect.stringMatching(/^2: malformed JSON/), `3: ${nul}`, `4: ${nul}`, `5: ${nul}`]);
  });
});
