/**
 * Reading an agency's free-text answer to an A.1.a item (001 Jadual 4-1) for what it says of the
 * things the model holds: which terms it names, and whether it says each is so or is not.
 *
 * Why scoped: reading a whole clause as "not" whenever it holds "tidak", "tiada" or "not" turned
 * "MyDigital ID dan MyGDX digunakan, ePayment Gateway tidak digunakan" into "MyDigital ID is not
 * used", and "MyGDX digunakan kerana tiada saluran lain" into a denial. A negation here belongs to
 * the term it stands before ("tiada MyGDX", "tidak menggunakan ePayment Gateway") or to the term's
 * own predicate: the words after it up to the next term (less what opens that term's phrase), a
 * subordinate clause ("kerana", "untuk", "because") or the clause's end. Terms joined only by
 * "dan" or a comma share the predicate of the last of them ("MyDigital ID dan MyGDX tidak digunakan").
 */

/** The answer's clauses: sentences and semicolon parts, and a comma before a contrasting conjunction. */
export function clausesOf(answer: string): string[] {
  return answer
    .split(/[.;\n]|,\s*(?=manakala|tetapi|namun|but|while|whereas)/i)
    .map((text) => text.trim())
    .filter(Boolean);
}

const NEGATION = /(^|[^\p{L}])(tidak|tiada|bukan|belum|tanpa|tak|not|no|none|without|never)(?![\p{L}])/iu;
/** Words that open the next term's phrase: what follows them is that term's, not the previous one's. */
const CONJUNCTION = /(^|[^\p{L}])(dan|serta|atau|manakala|tetapi|namun|and|or|but|while)(?![\p{L}])|,/giu;
/** Words that open a subordinate clause: a negation past them is about something else. */
const SUBORDINATOR = /(^|[^\p{L}])(kerana|sebab|untuk|bagi|supaya|kecuali|because|since|for|except|as)(?![\p{L}])/iu;

export interface Term<K extends string> {
  key: K;
  /** Matches the term as a word; the longest terms should come first (they are matched first). */
  pattern: RegExp;
}

export interface Mention<K extends string> {
  key: K;
  /** The answer says the term is not so (not used, not present, not published). */
  negated: boolean;
  /** The negation stands before the term ("tiada MyGDX", "tanpa semakan RASA"), not in what is said of it. */
  deniedBefore: boolean;
  /** The clause the term was named in. */
  clause: string;
}

/** Where the text after a conjunction begins in `gap` (the next term's phrase), or -1. */
function lastConjunctionEnd(gap: string): number {
  let end = -1;
  for (const m of gap.matchAll(CONJUNCTION)) end = (m.index ?? 0) + m[0].length;
  return end;
}

/** Up to the last three words of `text`: a negation further back is not about the next term. */
const lastWords = (text: string) => text.trim().split(/\s+/).slice(-3).join(' ');

/** Every mention of `terms` in `answer`, in order, each read as said or denied. */
export function mentionsOf<K extends string>(answer: string, terms: readonly Term<K>[]): Mention<K>[] {
  const out: Mention<K>[] = [];
  for (const clause of clausesOf(answer)) {
    // find the terms, longest first, so "Web Map Service" is not also read as "Web Service"
    const found: { key: K; start: number; end: number }[] = [];
    for (const t of terms) {
      const re = new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`);
      for (const m of clause.matchAll(re)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (!found.some((f) => start < f.end && end > f.start)) found.push({ key: t.key, start, end });
      }
    }
    found.sort((a, b) => a.start - b.start);
    // the predicate of each term, from the last back: an empty one shares the next term's
    const negated: boolean[] = new Array(found.length).fill(false);
    const before: boolean[] = new Array(found.length).fill(false);
    let shared = false;
    for (let i = found.length - 1; i >= 0; i--) {
      const next = found[i + 1];
      const gap = clause.slice(found[i].end, next ? next.start : clause.length);
      // the term's own words stop at the first conjunction: what follows is another phrase
      const conjunction = gap.search(CONJUNCTION);
      const own = conjunction >= 0 ? gap.slice(0, conjunction) : gap;
      const sub = own.search(SUBORDINATOR);
      const predicate = sub >= 0 ? own.slice(0, sub) : own;
      const prevEnd = i > 0 ? found[i - 1].end : 0;
      const preceding = clause.slice(prevEnd, found[i].start);
      const cut = i > 0 ? lastConjunctionEnd(preceding) : -1;
      const opening = lastWords(cut >= 0 ? preceding.slice(cut) : preceding);
      const empty = !/[\p{L}\p{N}]/u.test(predicate);
      const predicateNegated: boolean = empty ? !!next && shared : NEGATION.test(predicate);
      shared = predicateNegated;
      before[i] = NEGATION.test(opening);
      negated[i] = before[i] || predicateNegated;
    }
    found.forEach((f, i) => out.push({ key: f.key, negated: negated[i], deniedBefore: before[i], clause }));
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching `text` as a whole word or words, any case, any spacing between words. */
export function wordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${text.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The answer with enumerations of short names spelt out: "Sistem A, B, C dan D" reads as "Sistem A,
 * Sistem B, Sistem C dan Sistem D" (the guide's own way of naming systems, 001 §3.3.4 f).
 */
export function spellOutEnumerations(answer: string): string {
  return answer.replace(/(\p{Lu}\p{Ll}+) ([A-Z0-9]{1,4})((?:\s*,\s*[A-Z0-9]{1,4}(?![\p{L}\p{N}]))*)(\s*,?\s+(?:dan|serta|atau|and|or)\s+)([A-Z0-9]{1,4})(?![\p{L}\p{N}])/gu, (_, word: string, first: string, middle: string, conj: string, last: string) => {
    const rest = middle
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => `${word} ${x}`);
    return [`${word} ${first}`, ...rest].join(', ') + conj + `${word} ${last}`;
  });
}

const NUMBER_WORDS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, sembilan: 9, sepuluh: 10, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The count the answer gives before `noun` ("empat proses", "4 processes"), or undefined. */
export function countBefore(answer: string, noun: RegExp): number | undefined {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:${noun.source})`, 'iu').exec(answer);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
}
