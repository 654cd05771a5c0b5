/** The progress line: articles and articles/s on a terminal, nothing at all when stderr is not one. */
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

  it('prints nothing when the stream is not a terminal', async () => {
    const s = fakeStream(false);
    const p = startProgress(s);
    p.update(5);
    p.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(s.text()).toBe('');
  });
});
