/**
 * Lines of an article that are not news text: bylines, image credits, editor lines, reprint notices. Names in them
 * are authors and photographers, never people who took part in events, so these sentences produce no entities.
 * Each pattern is matched against a sentence's text (trimmed), with its reason.
 */
export const BOILERPLATE: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /^by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*[•|,–—-]|\s*$)/iu, reason: 'byline' },
  { pattern: /^(image|photo|photograph|picture|pictured|credit|illustration|video|graphic)s?\s*(credit)?\s*[:：]/iu, reason: 'image or video credit' },
  { pattern: /(getty images|shutterstock|reuters\/|ap photo|afp\/|epa\/|\/reuters)/iu, reason: 'photo agency credit' },
  { pattern: /^(responsible )?editors?\s*[:：]/iu, reason: 'editor line' },
  { pattern: /^(reporting|writing|additional reporting|edited|editing|compiled|translated) by\b/iu, reason: 'wire service credit line' },
  { pattern: /^(copyright|©|\(c\)|all rights reserved)/iu, reason: 'copyright notice' },
  { pattern: /\b(please indicate|when reprinting|reprinted with permission|is edited and produced by)\b/iu, reason: 'reprint notice' },
  { pattern: /^(read more|related|see also|follow us|subscribe|sign up)\b/iu, reason: 'navigation or promotion' },
  { pattern: /\bhide caption\b|^photos?\s*:|\b\d+ of \d+ photos?\b/iu, reason: 'photo gallery caption' },
  { pattern: /\b(replay more videos|just watched|must watch)\b/iu, reason: 'video player text' },
  { pattern: /^(advertisement|ad|sponsored( content)?|story continues below( advertisement)?)\s*$/iu, reason: 'advertisement slot' },
  { pattern: /^(share|share this( article| story)?|click to share|share on (facebook|twitter)|tweet|email|print|comments?)\s*[:|]?\s*$/iu, reason: 'share buttons' },
  { pattern: /^\(?(photo|image|picture|video) (by|courtesy( of)?|credit)\b/iu, reason: 'image or video credit' },
];

/** Picture agencies and credit words that a caption's credit gives before a headline or a name ("| Getty Trump
 * accuses...", "Reuters Jane Doe"): lowercase word → reason. */
export const PHOTO_CREDIT_WORDS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  getty: 'Getty Images', shutterstock: 'Shutterstock', ap: 'Associated Press photo', afp: 'Agence France-Presse photo',
  reuters: 'Reuters photo', epa: 'European Pressphoto Agency', pool: 'pool photographer', corbis: 'Corbis',
  alamy: 'Alamy', bloomberg: 'Bloomberg photo',
});

export function boilerplateReason(sentence: string): string | undefined {
  const s = sentence.trim();
  for (const { pattern, reason } of BOILERPLATE) if (pattern.test(s)) return reason;
  return undefined;
}

/**
 * Text a web page puts inside a sentence that is not part of it. A news site's name card: where a politician is first
 * named, the page inserts the linked name again, glued to the headlines of recent stories about that person and a
 * "MORE" link ("Speaker Ada Quill Ada QuillSenate passes farm bill | Quill: talks will go on MORE (D-Ore.) said ...").
 * The card starts with the name repeated right after the name itself, its surname runs into the first headline with no
 * space, and it ends at the "MORE" link on the same line. Names and triggers in the headlines are no part of the article.
 */
const NAME_CARD_END = / MORE\b/g;
/** How far before its "MORE" link a name card may start, and how many words before the glued surname the name it
 * repeats may start. */
const NAME_CARD_LENGTH = 1200;
const NAME_CARD_REACH = 6;
/** How far before its "MORE" link a card whose name stands apart from its headlines may start: such cards run to a
 * few headlines (about 250 characters). */
const NAME_CARD_APART_LENGTH = 400;

/** Where a word runs into the next with no space, a lowercase letter then a capital or a digit ("QuillSenate",
 * "Quill2020"): the offsets in the word after the run-in part. */
function runIns(word: string): number[] {
  const out: number[] = [];
  if (!/^\p{Lu}/u.test(word)) return out;
  for (let cut = 2; cut < word.length; cut++) if (/\p{Ll}/u.test(word[cut - 1]!) && /[\p{Lu}\d]/u.test(word[cut]!)) out.push(cut);
  return out;
}

/** Words that end a person's name. */
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

const NAME_CARD_REASON = 'name card of a web page: the name again with linked headlines';

/** Spans [start, end) of `text` that are inline page furniture, each with its reason. */
export function inlineBoilerplate(text: string): Array<{ start: number; end: number; reason: string }> {
  const out: Array<{ start: number; end: number; reason: string }> = [];
  for (const more of text.matchAll(NAME_CARD_END)) {
    const end = more.index! + more[0].length;
    const lineStart = text.lastIndexOf('\n', more.index!) + 1;
    const from = Math.max(lineStart, more.index! - NAME_CARD_LENGTH, out.length ? out[out.length - 1]!.end : 0);
    const words = [...text.slice(from, more.index!).matchAll(/\S+/g)].map((w) => ({ text: w[0], at: from + w.index! }));
    let start = -1;
    // The card's name repeats the name just before it, and its surname runs into the first headline: the earliest word
    // whose run-in part is one of the few words before it starts the card after that word ("Ada Quill Ada QuillSenate").
    for (let i = 0; i < words.length && start < 0; i++) {
      for (const cut of runIns(words[i]!.text)) {
        const surname = words[i]!.text.slice(0, cut);
        const k = words.slice(Math.max(0, i - NAME_CARD_REACH), i).map((x) => x.text.replace(/[’']s$|[,.;:]$/, '')).lastIndexOf(surname);
        if (k < 0) continue;
        // A suffix after the name is the name's own ("Ada Quill Jr. Ada (Addie) QuillSenate ...").
        let j = Math.max(0, i - NAME_CARD_REACH) + k;
        while (j + 1 < i && NAME_SUFFIXES.has(words[j + 1]!.text.replace(/[,.]$/, ''))) j++;
        start = words[j]!.at + words[j]!.text.length;
        break;
      }
    }
    // Else the card runs into the name itself: of two words whose same surname (four letters or more) runs into the next
    // word ("Ada QuillAda Quill QuillSenate"), the first starts the card where its surname ends.
    const seen = new Map<string, number>();
    for (let i = 0; i < words.length && start < 0; i++) {
      for (const cut of runIns(words[i]!.text)) {
        if (cut < 4) continue;
        const surname = words[i]!.text.slice(0, cut);
        if (seen.has(surname)) {
          start = seen.get(surname)!;
          break;
        }
        seen.set(surname, words[i]!.at + cut);
      }
    }
    // Else the card's name stands apart from its first headline ("Joe Biden Joe Biden Parnas: ... MORE"): a name of two
    // to four capitalised words (not in capitals: "USA USA" is a chant) written twice in a row, within
    // NAME_CARD_APART_LENGTH of the "MORE" link, starts the card after its first copy.
    for (let i = 0; i < words.length && start < 0; i++) {
      if (more.index! - words[i]!.at > NAME_CARD_APART_LENGTH) continue;
      for (let n = 2; n <= 4 && i + 2 * n <= words.length; n++) {
        const first = words.slice(i, i + n).map((w) => w.text);
        if (!first.every((w) => /^\p{Lu}[\p{Ll}.'’-][\p{L}.'’-]*$/u.test(w))) break;
        if (first.every((w, k) => w === words[i + n + k]!.text)) {
          start = words[i + n - 1]!.at + first[n - 1]!.length;
          break;
        }
      }
    }
    if (start >= 0) out.push({ start, end, reason: NAME_CARD_REASON });
  }
  return out;
}

/** The text with its inline page furniture blanked to spaces: every offset stays valid. */
export function blankInlineBoilerplate(text: string): string {
  const spans = inlineBoilerplate(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
