/** The progress line: articles and articles/s on a terminal, a plain line every few seconds when stderr is not one. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../src/cli/summary.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { text: () => string };
  let out = '';
  (s as unknown as PassThrough).on('data', (d: Buffer) => (out += d.toString()));
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, text: () => out });
  return s;
}

describe('progress', () => {
  it('shows articles and articles/s on a terminal', async () => {
    const s = fakeStream(true);
    const p = startProgress(s);
    for (let i = 1; i <= 20; i++) p.update(i);
    await new Promise((r) => setTimeout(r, 250));
    p.stop();
    expect(s.text()).toMatch(/kg: extracting \d+ articles \| [\d.]+ articles\/s/);
  });

  it('when the stream is not a terminal: nothing for a short run, a plain line every interval for a long one', async () => {
    const short = fakeStream(false);
    const p = startProgress(short);
    p.update(5);
    p.stop();
    const long = fakeStream(false);
    const q = startProgress(long, 'extracting', 0.01);
    await new Promise((r) => setTimeout(r, 30));
    q.update(7);
    q.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(short.text()).toBe('');
    expect(long.text()).toMatch(/^kg: extracting 7 articles \| [\d.]+ articles\/s \| \d+ s\n$/);
  });
});
