/** Text normalisation for matching names against the catalogue (case, accents, punctuation, camelCase). */

/**
 * Lower-case words separated by single spaces: accents and punctuation removed, footnote stars
 * dropped; with `splitCamel`, camelCase is split too (`KodTarafKahwin` → `kod taraf kahwin`).
 */
export function normalizeText(text: string | undefined, splitCamel = false): string {
  if (!text) return '';
  return (splitCamel ? text.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * True when `phrase` (already normalised) occurs in `text` (already normalised) as whole words: as
 * ` ${text} `.includes(` ${phrase} `) would say. Why not so: the padded strings were made (and the
 * text copied flat to search it) on every call, ~1.7 MB per full check of the 100,000-element varied
 * model for channel.portalRai's test of each target group's name alone.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const end = i + phrase.length;
    if ((i === 0 || text.charCodeAt(i - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

const SPACE = 32;

/** Separator between independently normalised pieces, so a phrase never matches across two of them. */
export const PIECE_SEPARATOR = ' ~ ';

/** Normalised text of several pieces (names, field names), each also with camelCase split, for `containsPhrase`. */
export function searchableText(pieces: readonly (string | undefined)[]): string {
  const out: string[] = [];
  for (const p of pieces) {
    if (!p) continue;
    const plain = normalizeText(p);
    const split = normalizeText(p, true);
    out.push(plain);
    if (split !== plain) out.push(split);
  }
  return out.join(PIECE_SEPARATOR);
}
