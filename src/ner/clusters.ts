/**
 * Word classes induced from unlabeled news by scripts/word-clusters.ts (models/word-clusters.tsv.gz): each word
 * seen often enough in 2012-2020 US news, BBC news and CoNLL-2003 train has a class path such as "3.12.5" in a
 * tree of classes. Words that share neighbours share a class, so a name the labeled data never saw ("Zelenskyy")
 * gets the features of those it did ("Yeltsin"). Prefixes of the path are features (Ratinov & Roth 2009).
 */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Where the shipped classes are: models/ at the package root (two levels above src/ner and dist/ner). */
export const CLUSTERS_URL = new URL('../../models/word-clusters.tsv.gz', import.meta.url);

/** Typographic variants that modern text uses and 1996 wire copy did not: curly quotes, dashes. */
const TYPOGRAPHIC: ReadonlyArray<[RegExp, string]> = [
  [/[‘’‛′`]/g, "'"],
  [/[“”„″]/g, '"'],
  [/—/g, '--'],
  [/[–‒−]/g, '-'],
];

/** A token as the recognizer reads it: typographic quotes and dashes as ASCII ones. */
export function plainForm(token: string): string {
  let raw = token;
  for (const [re, to] of TYPOGRAPHIC) raw = raw.replace(re, to);
  return raw;
}

/** The key a token's class is stored under: its plain form, case kept, digits as 0. */
export function clusterKey(token: string): string {
  return plainForm(token).replace(/[0-9]/g, '0');
}

/** Class paths by level: `paths[k]` is the path of length k + 1 ("3", "3.12", "3.12.5"). */
export type ClusterPaths = readonly string[];

let table: Map<string, ClusterPaths> | undefined;
let fingerprint = 0;

function load(): Map<string, ClusterPaths> {
  if (table) return table;
  table = new Map();
  let text: string;
  try {
    text = gunzipSync(fs.readFileSync(CLUSTERS_URL)).toString('utf8');
  } catch (e) {
    throw new Error(`word classes: cannot read ${CLUSTERS_URL.pathname}: ${(e as Error).message}`);
  }
  const interned = new Map<string, ClusterPaths>();
  let h = 0x811c9dc5;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 16777619);
    const full = line.slice(tab + 1);
    let paths = interned.get(full);
    if (!paths) {
      const parts = full.split('.');
      paths = parts.map((_, k) => parts.slice(0, k + 1).join('.'));
      interned.set(full, paths);
    }
    table.set(line.slice(0, tab), paths);
  }
  fingerprint = h >>> 0;
  return table;
}

/**
 * The class of a token: as written, else (a capitalized or all-caps word, as in headlines) in Title Case, else in
 * lower case. In a sentence written in capitals (`caps`), the Title Case form comes first: "XI" there is "Xi", not
 * a Roman numeral. Undefined for a word too rare in the news to have one.
 */
export function clusterOf(token: string, caps = false): ClusterPaths | undefined {
  const t = load();
  const key = clusterKey(token);
  const lower = key.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (caps && key.length > 1 && key === key.toUpperCase() && lower !== key) return t.get(title) ?? t.get(key) ?? t.get(lower);
  return t.get(key) ?? (lower !== key ? (t.get(title) ?? t.get(lower)) : undefined);
}

/** A 32-bit fingerprint of the classes' content (the model records the one it was trained with). */
export function clustersFingerprint(): number {
  load();
  return fingerprint;
}

/** Whether 2012-2020 news writes the word in lower case often enough for it to have a class ("cardinal", not "huawei"). */
export function writtenInLowerCase(token: string): boolean {
  return load().has(clusterKey(token).toLowerCase());
}
