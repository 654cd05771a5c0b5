/**
 * The colour of each node kind, shared by the viewer and the GEXF export, so a graph looks the same in the viewer
 * and in Gephi. Chosen to stay apart for the common colour-vision deficiencies (after Okabe & Ito) on a light
 * background.
 */
import type { NodeKind } from './types.js';

export const KIND_COLORS: Record<NodeKind, string> = {
  person: '#2f6fb3',
  state: '#d1495b',
  organization: '#1b9e77',
  place: '#8e6bbf',
  meeting: '#e69f00',
};

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
