/**
 * Import helpers: split an ArchiMate concept's properties into ours (`lakar:`) and the user's, keep
 * other-language names and documentation, and clamp texts to what the LMV schema accepts — with a
 * warning each time, never silently.
 */
import type { ImportWarning } from './errors';
import { unescapeUserKey, LAKAR_PREFIX } from './fields';
import { K_DOC, K_DOC_LANG, K_DOC_PREFIX, K_LANG, K_NAME_PREFIX } from './keys';
import { pickText, type AmConcept, type AmProperty } from './model';

export const MAX_NAME = 300;
export const MAX_LABEL = 500;
export const MAX_TEXT = 20_000;
export const MAX_KEY = 300;

/** Properties of one concept: ours by full key, the user's as a record (duplicates numbered). */
export interface SplitProps {
  /** Read only: a concept without `lakar:` properties (most of a foreign file's) shares one empty map. */
  lakar: ReadonlyMap<string, string>;
  user: Record<string, string>;
}

const NO_LAKAR_PROPERTIES: ReadonlyMap<string, string> = new Map();

/** Split properties; `warnings` gets one entry per clamped or renamed key. */
export function splitProps(props: readonly AmProperty[], ownerId: string, warnings: ImportWarning[]): SplitProps {
  let lakar: Map<string, string> | undefined;
  const user: Record<string, string> = {};
  for (const p of props) {
    const userKey = unescapeUserKey(p.key);
    if (userKey === undefined) {
      if (p.key.startsWith(LAKAR_PREFIX)) {
        lakar ??= new Map<string, string>();
        if (!lakar.has(p.key)) lakar.set(p.key, p.value);
      }
      continue;
    }
    let key = clamp(userKey, MAX_KEY, ownerId, warnings);
    if (taken(user, key)) {
      // Archi allows the same key twice; a record cannot, so the second one is numbered.
      let n = 2;
      while (taken(user, `${key} (${n})`)) n++;
      const kept = `${key} (${n})`;
      if (key === '__proto__') warnings.push({ key: 'warning.reservedProperty', params: { id: ownerId, property: key, kept } });
      else warnings.push({ key: 'warning.duplicateProperty', params: { id: ownerId, property: key } });
      key = kept;
    }
    user[key] = clamp(p.value, MAX_TEXT, ownerId, warnings);
  }
  return { lakar: lakar ?? NO_LAKAR_PROPERTIES, user };
}

/**
 * True when `key` cannot be used as a new property name in `user`: already there (as its own key,
 * not an inherited name such as `toString`), or `__proto__`, which a plain object cannot hold.
 */
function taken(user: Record<string, string>, key: string): boolean {
  return key === '__proto__' || Object.hasOwn(user, key);
}

/** `text` cut to `max` characters, with a warning when it was longer. */
export function clamp(text: string, max: number, ownerId: string, warnings: ImportWarning[]): string {
  if (text.length <= max) return text;
  warnings.push({ key: 'warning.textTruncated', params: { id: ownerId, max } });
  return text.slice(0, max);
}

/**
 * The chosen name and documentation; the other language variants go into `user` properties, and the
 * chosen texts' languages into `archimate:lang` / `archimate:documentation.lang` when variants exist
 * (so an export writes the same xml:lang tags back).
 */
export function pickTexts(am: Pick<AmConcept, 'names' | 'docs'>, user: Record<string, string>): { name?: string; doc?: string } {
  const name = pickText(am.names);
  for (const n of am.names) if (n !== name && n.lang && !Object.hasOwn(user, `${K_NAME_PREFIX}${n.lang}`)) user[`${K_NAME_PREFIX}${n.lang}`] = n.text;
  const doc = pickText(am.docs, [name?.lang, 'ms', 'en']);
  for (const d of am.docs) if (d !== doc && d.lang && !Object.hasOwn(user, `${K_DOC_PREFIX}${d.lang}`)) user[`${K_DOC_PREFIX}${d.lang}`] = d.text;
  const nameLang = name?.lang && (am.names.length > 1 || am.docs.length > 1) ? name.lang : undefined;
  if (nameLang) user[K_LANG] = nameLang;
  if (doc && (doc.lang ?? '') !== (nameLang ?? '') && (am.docs.length > 1 || nameLang)) user[K_DOC_LANG] = doc.lang ?? '';
  return { name: name?.text, doc: doc?.text };
}

/** Relations have no description field: their documentation is kept as a property. */
export function keepRelationDoc(doc: string | undefined, user: Record<string, string>): void {
  if (doc !== undefined && doc !== '') user[K_DOC] = doc;
}

/** True when a relationship carries nothing but its type and ends (safe to fold into a field). */
export function isPlain(am: Pick<AmConcept, 'names' | 'docs' | 'properties' | 'specialization'>): boolean {
  return (
    am.names.every((n) => n.text.trim() === '') &&
    am.docs.every((d) => d.text.trim() === '') &&
    !am.specialization &&
    am.properties.every((p) => unescapeUserKey(p.key) === undefined)
  );
}

/** Best guess of a channel type from a foreign element's name. */
export function guessChannelType(name: string): string {
  const n = name.toLowerCase();
  if (/mygovernment|mygov portal/.test(n)) return 'portalMyGovernment';
  if (/\brai\b/.test(n)) return 'portalRai';
  if (/mygov app|aplikasi mygov/.test(n)) return 'myGovApp';
  if (/kaunter|counter/.test(n)) return 'counter';
  if (/kiosk/.test(n)) return 'kiosk';
  if (/call cent|pusat panggilan|hotline/.test(n)) return 'callCentre';
  if (/e-?mel|e-?mail/.test(n)) return 'email';
  if (/media sosial|social media|facebook|twitter|instagram/.test(n)) return 'socialMedia';
  if (/mobile|mudah alih|\bapp\b/.test(n)) return 'mobileApp';
  if (/portal|web/.test(n)) return 'agencyPortal';
  return 'other';
}

/** Best guess of a platform type from a foreign element's name. */
export function guessPlatformType(name: string): string {
  const n = name.toLowerCase().replace(/\s+/g, '');
  if (n.includes('mydigitalid')) return 'myDigitalId';
  if (n.includes('epayment') || n.includes('paymentgateway')) return 'ePaymentGateway';
  if (n.includes('mygdx')) return 'myGdx';
  if (n.includes('mygovcloud')) return 'myGovCloud';
  if (n.includes('mygovnet')) return 'myGovNet';
  if (n.includes('mygovuc')) return 'myGovUc';
  return 'other';
}
