/** viewer/theme: which kinds and relations of a graph file the viewer knows, for its colours and names. */
import { describe, expect, it } from 'vitest';
import { isKind, isRelation, RELATION_COLORS, RELATION_NAMES } from '../viz/src/theme.js';
import { NODE_KINDS, RELATIONS } from '../src/types.js';

describe('viewer/theme', () => {
  it('viewer/theme: every kind and relation of the graph format is known, with a colour and a name', () => {
    for (const k of NODE_KINDS) expect(isKind(k)).toBe(true);
    for (const r of RELATIONS) {
      expect(isRelation(r)).toBe(true);
      expect(typeof RELATION_COLORS[r]).toBe('string');
      expect(typeof RELATION_NAMES[r]).toBe('string');
    }
  });

  it.each(['constructor', 'toString', '__proto__', 'likes', ''])('viewer/theme: %j, from a file opened by hand, is no relation nor kind', (value) => {
    expect(isRelation(value)).toBe(false);
    expect(isKind(value)).toBe(false);
  });
});
