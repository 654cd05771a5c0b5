/**
 * Sentences and tokens with character offsets into the original text.
 *
 * compromise's tokenizer splits sentences and terms (it knows abbreviations such as "Mr." and "U.S."); this module
 * adds what a tagger over news needs: paragraphs never share a sentence (headlines and bylines have no full stop), a
 * hard-wrapped line break inside a paragraph is a space (wire copy wraps at 65 columns), possessive "'s" is its own
 * token ("Putin's" → "Putin" + "'s"), and every offset is checked against the text so that
 * `text.slice(start, end) === token.text` always holds.
 */
import { nlp } from './nlp.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation just before / after the token, as compromise saw it. */
  pre: string;
  post: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Paragraph breaks: a blank line, or a line break followed by indentation (wire copy indents its paragraphs). */
const PARAGRAPH_BREAK = /\n[ \t\r\u00a0]*\n|\n(?=[ \t\u00a0]{2,}\S)/g;
/** A line with letters but none in lower case is a headline: it ends where the line ends. */
const HEADLINE_LINE = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/u;
/** Two words joined by a slash, the second capitalised ("IMF/World", "NBC/Wall", "NBC/WSJ/Marist"): a token each, the slash
 * the first one's punctuation, so that a name on either side stays a name of its own. Lowercase pairs ("and/or") and
 * numbers ("9/11", "24/7") stay one token. */
const SLASH_JOINED = /^(\p{L}[\p{L}\p{M}.&'’-]*)\/(?=\p{Lu})[\p{L}\p{M}.&'’/-]+$/u;
/** A dotted abbreviation hyphenated to a capitalised word ("U.S.-Japanese", "U.S.-China", "U.K.-EU"): a token each, the
 * hyphen the first one's punctuation, as compromise already does for two plain words ("Japan-U.S."), so that each side
 * is read as the name it is. A lowercase second part ("U.S.-based", "U.S.-made"), a dotted one ("A.F.L.-C.I.O.") and an
 * acronym after three dotted letters or more ("A.F.L.-CIO": one body's initials) stay one token. */
const DOTTED_HYPHENATED = /^((?:\p{Lu}\.){2}|(?:\p{Lu}\.){3,}(?=-\p{Lu}[\p{L}\p{M}.&'’-]*\p{Ll}))-(?=\p{Lu})(?!\p{Lu}\.)[\p{L}\p{M}.&'’-]+$/u;
const POSSESSIVE = /^(.+?)(['’‘][sS]|['’])$/u;

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
}

/** A token's text in lower case with curly apostrophes straightened ("Britain’s" → "britain's"), computed once per
 * token: the form every word table of the pipeline is keyed on. */
const lowerCache = new WeakMap<Token, string>();
export function lowerWord(t: Token | undefined): string {
  if (!t) return '';
  let l = lowerCache.get(t);
  if (l === undefined) lowerCache.set(t, (l = t.text.toLowerCase().replace(/[’‘]/g, "'")));
  return l;
}

/** Splits `text[from, to)` into sentences. */
export function tokenize(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let paraStart = from;
  const body = text.slice(from, to);
  PARAGRAPH_BREAK.lastIndex = 0;
  const breaks: Array<[number, number]> = [];
  for (let m = PARAGRAPH_BREAK.exec(body); m; m = PARAGRAPH_BREAK.exec(body)) breaks.push([from + m.index, from + m.index + m[0].length]);
  breaks.push([to, to]);
  for (const [bStart, bEnd] of breaks) {
    if (bStart > paraStart) tokenizeParagraph(text, paraStart, bStart, out);
    paraStart = bEnd;
  }
  return out;
}

function tokenizeParagraph(text: string, from: number, to: number, out: Sentence[]): void {
  const raw = text.slice(from, to);
  if (!raw.trim()) return;
  // A headline line on its own: its own sentence.
  const firstNl = raw.indexOf('\n');
  if (firstNl > 0 && HEADLINE_LINE.test(raw.slice(0, firstNl)) && /\p{L}/u.test(raw.slice(firstNl))) {
    tokenizeParagraph(text, from, from + firstNl, out);
    tokenizeParagraph(text, from + firstNl + 1, to, out);
    return;
  }
  // Line breaks inside a paragraph are wrapping: same length, so offsets are unchanged.
  const para = raw.replace(/[\r\n]/g, ' ');
  const doc = nlp.tokenize(para);
  let cursor = 0;
  for (const terms of doc.docs as CompromiseTerm[][]) {
    const tokens: Token[] = [];
    for (const term of terms) {
      if (!term.text) continue;
      const at = para.indexOf(term.text, cursor);
      if (at < 0) continue; // compromise normalised the term beyond recognition: skip it rather than misplace it
      cursor = at + term.text.length;
      pushToken(tokens, term.text, from + at, term.pre, term.post);
    }
    if (!tokens.length) continue;
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    // The sentence span includes the closing punctuation and quotes that compromise put in `post`.
    let end = last.end;
    const post = last.post.replace(/\s+$/u, '');
    if (post && text.startsWith(post, end)) end += post.length;
    let start = first.start;
    const pre = first.pre;
    if (pre && text.slice(start - pre.length, start) === pre) start -= pre.length;
    out.push({ start, end, tokens });
  }
}

function pushToken(tokens: Token[], surface: string, start: number, pre: string, post: string): void {
  const joined = SLASH_JOINED.exec(surface);
  if (joined) {
    const left = joined[1]!;
    pushToken(tokens, left, start, pre, '/');
    pushToken(tokens, surface.slice(left.length + 1), start + left.length + 1, '', post);
    return;
  }
  const dotted = DOTTED_HYPHENATED.exec(surface);
  if (dotted) {
    const left = dotted[1]!;
    pushToken(tokens, left, start, pre, '-');
    pushToken(tokens, surface.slice(left.length + 1), start + left.length + 1, '', post);
    return;
  }
  const m = POSSESSIVE.exec(surface);
  if (m && m[1] && /\p{L}/u.test(m[1]) && !/^(it|let|that|what|he|she|there|who)$/i.test(m[1])) {
    const stem = m[1];
    tokens.push({ text: stem, start, end: start + stem.length, pre, post: '' });
    tokens.push({ text: surface.slice(stem.length), start: start + stem.length, end: start + surface.length, pre: '', post });
    return;
  }
  tokens.push({ text: surface, start, end: start + surface.length, pre, post });
}
