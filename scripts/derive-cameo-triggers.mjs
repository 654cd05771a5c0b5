#!/usr/bin/env node
/**
 * Derives src/gazetteer/cameo-triggers.ts, the recall-oriented meeting trigger lexicon, from the CAMEO verb dictionary
 * of PETRARCH2 (MIT, Open Event Data Alliance):
 *   - every verb form of the synsets coded 041-046 (visit, host, meet elsewhere, mediate, negotiate; not the everyday
 *     "call", "phone"), and of
 *     the verbs of MEET_PEOPLE (040) that a pattern coded 036 or 040-046 names ("MEET", "CONTACT"; not "FACE");
 *   - every verb form that carries a meeting code of its own inside a synset of other codes ("DISCUSS [040:040]" among
 *     the verbs of speech, "CONVENE [042]" among those of assembling, "ATTEND [042:043]" among those of going), but
 *     not "debate" (a legislature's proceeding, not a meeting of parties) nor "broker" (in news of markets, a firm);
 *   - every noun that two or more patterns coded 036 or 040-046 use ("TALKS", "SUMMIT", "&NEGOTIATION"), synset
 *     references expanded, with its plural, except correspondence and qualifiers that name no encounter.
 *   node scripts/derive-cameo-triggers.mjs ../shared/data/gazetteers/petrarch2/CAMEO.2.0.txt
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/gazetteers/petrarch2/CAMEO.2.0.txt');
const lines = fs.readFileSync(file, 'utf8').split('\n');
const MEETING_CODE = /\[0(36|4[0-6])[\]:]/;
const HEADER_CODE = /\[0(4[1-6])[\]:]/;
/** Pattern words that are grammar, or name no encounter (correspondence, a qualifier of talks, a stance, a device or
 * an everyday "call": the rule table has "phone call", "telephone conference"; "mission", in news, most often a post
 * or a task: "the U.S. mission in Benghazi", "our mission to cut costs", "the Apollo 11 mission"). */
const NOT_TRIGGERS = new Set(['FOR', 'IN', 'TO', 'WITH', 'ON', 'OFF', 'OVER', 'FROM', 'BETWEEN', 'OF', 'INTO', 'BY', 'BACK', 'AS', 'AT', 'UNDER', 'PART', 'STOP',
  'PEACE', 'LETTER', 'MESSAGE', 'DESIRE', 'INITIATIVE', 'WELCOME', 'INVITATION', 'WILLINGNESS', 'WILLING', 'WILL', 'TIME', 'TRADE',
  'CALL', 'TELEPHONE', 'MISSION']);

/** Verbs whose everyday sense is no contact ("called for", "so-called", a phone as a device): the telephone talks they
 * can name are in the rule table's phrases ("phone call", "spoke by telephone", "phoned"). "Debate" is a legislature's
 * proceeding (not annotated as a meeting); "broker" is, in news of markets, a firm. */
const NOT_TRIGGER_VERBS = new Set(['CALL', 'PHONE', 'TELEPHONE', 'DEBATE', 'BROKER']);

// Synset references: "&NEGOTIATION" followed by "+NEGOTIATION", "+DIALOGUE", ... up to a blank line.
const synsets = new Map();
for (let i = 0; i < lines.length; i++) {
  const m = /^(&[A-Z_]+)\s*$/.exec(lines[i]);
  if (!m) continue;
  const words = [];
  for (let j = i + 1; j < lines.length && lines[j].startsWith('+'); j++) words.push(lines[j].slice(1).trim().split(/\s+/)[0]);
  synsets.set(m[1], words);
}

// Verbs that some meeting-coded pattern names after its '#'.
const patternVerbs = new Set();
for (const line of lines) if (line.startsWith('-') && MEETING_CODE.test(line)) for (const v of (line.split('#')[1] ?? '').split(/[\s,]+/)) if (v) patternVerbs.add(v);
const verbs = new Map(); // form -> code
let header = null;
let meetPeople = false;
let section = null;
for (const line of lines) {
  const h = /^---\s+(\S+)\s+\[([^\]]+)\]\s+---/.exec(line);
  if (h) {
    section = h[2].split(':')[0];
    meetPeople = h[1] === 'MEET_PEOPLE';
    header = meetPeople || HEADER_CODE.test(`[${h[2]}]`) ? section : null;
    continue;
  }
  if (!section || !line.trim() || line.startsWith('-') || line.startsWith('#')) continue;
  const m = /^\+?([A-Z_-]+)\s*(\{([^}]*)\})?\s*(\[([^\]]+)\])?/.exec(line.trim());
  if (!m || m[1].includes('_')) continue; // multi-word forms: their head verb is listed on its own
  // A verb coded on its own line ("DISCUSS [040:040]" in a synset of statements) carries that code.
  const own = m[5] && MEETING_CODE.test(`[${m[5]}]`) ? m[5].split(':')[0] : null;
  if (!header && !own) continue;
  if ((!own && meetPeople && !patternVerbs.has(m[1])) || NOT_TRIGGER_VERBS.has(m[1])) continue;
  const code = own ?? header;
  const base = m[1].toLowerCase();
  const forms = m[3] ? m[3].trim().split(/\s+/).map((f) => f.replace(/^\+/, '').toLowerCase()) : regular(base);
  for (const f of [base, ...forms]) if (!f.includes('_') && !verbs.has(f)) verbs.set(f, code);
}

const nounCount = new Map();
for (const line of lines) {
  if (!line.startsWith('-') || !MEETING_CODE.test(line)) continue;
  const code = MEETING_CODE.exec(line)[0].slice(1, 4);
  const pattern = line.replace(/\[.*$/, '').replace(/^-\s*\$?/, '');
  for (const raw of pattern.split(/[\s{}()*^+$]+/)) {
    if (!raw || !/^[A-Z&]/.test(raw)) continue;
    for (const w of raw.startsWith('&') ? synsets.get(raw) ?? [] : [raw]) {
      if (NOT_TRIGGERS.has(w) || w.includes('_')) continue;
      const e = nounCount.get(w) ?? { n: 0, code };
      e.n++;
      nounCount.set(w, e);
    }
  }
}
const nouns = new Map();
for (const [w, { n, code }] of nounCount) {
  if (n < 2) continue;
  const s = w.toLowerCase();
  for (const f of [s, s.endsWith('s') ? s : s.endsWith('ry') ? `${s.slice(0, -1)}ies` : `${s}s`]) if (!nouns.has(f)) nouns.set(f, code);
}

function regular(v) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  return [v.endsWith('s') ? `${v}es` : `${v}s`, `${stem}ed`, `${stem}ing`];
}

const entries = [...new Map([...verbs].map(([w, c]) => [w, { w, c, pos: 'verb' }])).values()];
for (const [w, c] of nouns) if (!verbs.has(w)) entries.push({ w, c, pos: 'noun' });
entries.sort((a, b) => (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
const out = `/**
 * Meeting trigger words derived from the CAMEO verb dictionary of PETRARCH2 (scripts/derive-cameo-triggers.mjs; do
 * not edit by hand): verb forms of the synsets coded 040 (MEET_PEOPLE) and 041-046 and of the verbs coded 040-046 on
 * their own ("discuss", "consult", "attend"), and nouns used by two or more patterns coded 036 or 040-046. Each word
 * carries its CAMEO code, a feature of the meeting decision.
 *
 * Source: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt.
 * The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
 * WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 * COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

export interface CameoTrigger {
  word: string;
  /** CAMEO event code: 036 intent to meet, 040 consult, 041 telephone, 042 visit, 043 host, 044 meet elsewhere, 045 mediate, 046 negotiate. */
  code: string;
  pos: 'verb' | 'noun';
}

export const CAMEO_TRIGGERS: CameoTrigger[] = [
${entries.map((e) => `  { word: ${JSON.stringify(e.w)}, code: '${e.c}', pos: '${e.pos}' },`).join('\n')}
];
`;
const dest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/gazetteer/cameo-triggers.ts');
fs.writeFileSync(dest, out);
console.log(`${entries.length} trigger words -> ${path.relative(process.cwd(), dest)}`);
