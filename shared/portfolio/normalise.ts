/**
 * Name normalisation for matching across agencies in Malay and English: "e-"/"i-"/"My" prefixes,
 * case, punctuation and camelCase, agency acronyms, stop words, Malay affixes (the Snowball
 * Indonesian stemmer of @orama/stemmers, which strips the meN-/peN-/ber-/ter-/di-/ke- prefixes and
 * -kan/-an/-i suffixes Malay shares with Indonesian), and a bilingual synonym table, so "Sistem
 * e-Aduan Awam" and "Public Complaints Management System" both become {adu, awam}.
 */
import { stemmer as indonesianStemmer } from '@orama/stemmers/indonesian';
import { AGENCIES, NAME_PREFIXES, STEM_EXCEPTIONS, STOP_WORDS, SYNONYMS, WEAK_WORDS } from './data/lexicon';

const STOP = new Set(STOP_WORDS);
const WEAK = new Set(WEAK_WORDS);

/** The Malay stem of a lower-case word (exceptions first). */
export function malayStem(word: string): string {
  const fixed = STEM_EXCEPTIONS[word];
  if (fixed !== undefined) return fixed;
  if (word.length <= 3) return word;
  return indonesianStemmer(word);
}

interface SynonymIndex {
  bySurface: Map<string, string>;
  byStem: Map<string, string>;
}

let synonymIndex: SynonymIndex | undefined;

/** Surface words and Malay stems of every synonym, mapped to their concept (first entry wins). */
function synonyms(): SynonymIndex {
  if (synonymIndex) return synonymIndex;
  const bySurface = new Map<string, string>();
  const byStem = new Map<string, string>();
  for (const [concept, words] of Object.entries(SYNONYMS)) {
    for (const w of words) {
      if (!bySurface.has(w)) bySurface.set(w, concept);
      const s = malayStem(w);
      if (!byStem.has(s)) byStem.set(s, concept);
    }
  }
  synonymIndex = { bySurface, byStem };
  return synonymIndex;
}

const conceptCache = new Map<string, string | null>();
/** The first word seen for each token, to show people "penerima" rather than the stem "erima". */
const surfaceOfToken = new Map<string, string>();

/** A word that produced `token` (the first one seen), or the token itself. */
export function surfaceOf(token: string): string {
  return surfaceOfToken.get(token) ?? token;
}

/**
 * The token a lower-case word stands for in matching: a synonym concept, else its Malay stem;
 * null for stop words.
 */
export function conceptOf(word: string): string | null {
  const cached = conceptCache.get(word);
  if (cached !== undefined) return cached;
  let out: string | null;
  if (STOP.has(word)) out = null;
  else {
    const { bySurface, byStem } = synonyms();
    const direct = bySurface.get(word) ?? (word.endsWith('s') && word.length > 3 ? bySurface.get(word.slice(0, -1)) : undefined);
    if (direct) out = direct;
    else {
      const stem = malayStem(word);
      out = STOP.has(stem) ? null : (byStem.get(stem) ?? stem);
    }
  }
  if (conceptCache.size > 200_000) conceptCache.clear();
  conceptCache.set(word, out);
  if (out !== null && !surfaceOfToken.has(out) && surfaceOfToken.size < 200_000) surfaceOfToken.set(out, word);
  return out;
}

/** True for a concept that many unrelated names share (counts less). */
export function isWeakWord(concept: string): boolean {
  return WEAK.has(concept);
}

/** Either case of each letter: the pattern has no `i` flag, which would make \p{Lu} match lower case too. */
const anyCase = (p: string) => [...p].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
const PREFIX = new RegExp(`(^|[^\\p{L}\\p{N}])(?:${[...NAME_PREFIXES].sort((a, b) => b.length - a.length).map(anyCase).join('|')})(?:[-\u2010\u2011\u2013]\\s*|(?=\\p{Lu}\\p{Ll}))`, 'gu');

/** Words of a name with their original case: prefixes dropped, camelCase split, accents removed. */
export function nameWords(text: string): string[] {
  const unprefixed = text.replace(PREFIX, '$1');
  return unprefixed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

interface AgencyIndex {
  byAcronym: Map<string, string>;
  byName: Map<string, string>;
}

let agencyIndex: AgencyIndex | undefined;

function normalisedKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function agencies(): AgencyIndex {
  if (agencyIndex) return agencyIndex;
  const byAcronym = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const a of AGENCIES) {
    byAcronym.set(a.acronym, a.acronym);
    for (const n of a.names) {
      byName.set(normalisedKey(n), a.acronym);
      if (/^[A-Za-z]{2,10}$/.test(n)) byAcronym.set(n.toUpperCase(), a.acronym);
    }
  }
  agencyIndex = { byAcronym, byName };
  return agencyIndex;
}

/** The known agency acronym `word` spells (written in capitals), or undefined. */
export function agencyAcronym(word: string): string | undefined {
  if (word.length < 2 || word !== word.toUpperCase() || !/[A-Z]/.test(word)) return undefined;
  return agencies().byAcronym.get(word);
}

/** Tokens of a name for matching, and agencies named in it by acronym. */
export interface NameTokens {
  tokens: string[];
  agencies: string[];
}

const tokenCache = new Map<string, NameTokens>();

/**
 * Normalise a name into concept tokens (unique, in order) and the agency acronyms it contains.
 * Cached by name: portfolios repeat names ("Modul Pengguna", "Maklumat Syarikat") across projects.
 * The result is shared: treat it as read-only.
 */
export function nameTokens(name: string | undefined): NameTokens {
  if (!name) return { tokens: [], agencies: [] };
  const cached = tokenCache.get(name);
  if (cached) return cached;
  const computed = computeNameTokens(name);
  const result = { tokens: Object.freeze(computed.tokens) as string[], agencies: Object.freeze(computed.agencies) as string[] };
  if (tokenCache.size > 100_000) tokenCache.clear();
  tokenCache.set(name, result);
  return result;
}

function computeNameTokens(name: string): NameTokens {
  const tokens: string[] = [];
  const found: string[] = [];
  for (const word of nameWords(name)) {
    const acronym = agencyAcronym(word);
    if (acronym) {
      if (!found.includes(acronym)) found.push(acronym);
      continue;
    }
    const lower = word.toLowerCase();
    if (/^\d+$/.test(lower) || lower.length < 2) continue;
    const concept = conceptOf(lower);
    if (concept && !tokens.includes(concept)) tokens.push(concept);
  }
  return { tokens, agencies: found };
}

/** An agency as one key (its acronym when known, "JPN" for "Jabatan Pendaftaran Negara (JPN)") and a label to show. */
export function agencyKey(name: string | undefined): { key: string; label: string } | undefined {
  const text = name?.trim();
  if (!text) return undefined;
  const { byAcronym, byName } = agencies();
  const inBrackets = /\(([A-Za-z]{2,10})\)/.exec(text)?.[1];
  const acronym =
    (inBrackets && byAcronym.get(inBrackets.toUpperCase())) ??
    byName.get(normalisedKey(text.replace(/\([^)]*\)/g, ' '))) ??
    byAcronym.get(text.toUpperCase()) ??
    (inBrackets && inBrackets === inBrackets.toUpperCase() ? inBrackets : undefined);
  if (acronym) return { key: acronym, label: acronym };
  return { key: normalisedKey(text), label: text };
}
