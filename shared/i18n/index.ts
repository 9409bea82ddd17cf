/** Domain labels in both languages, and a tiny lookup usable outside React (CLI, PDF exporter). */
import { en } from './en';
import { ms, type DomainMessages } from './ms';

export type Lang = 'ms' | 'en';
export const LANGS: readonly Lang[] = ['ms', 'en'];
export const DOMAIN_MESSAGES: Record<Lang, DomainMessages> = { ms, en };

/** Label of vocabulary value `value` in group `group`, falling back to the raw value. */
export function label<G extends keyof DomainMessages>(lang: Lang, group: G, value: string | undefined): string {
  if (value === undefined) return '';
  const table = DOMAIN_MESSAGES[lang][group] as Record<string, string>;
  return table[value] ?? value;
}

export { ms, en };
export type { DomainMessages };
export { endsName, formatDate, formatIsoDate, formatRm } from './format';

/**
 * The name of an element's kind: an external system the model marks internal is a "Sistem Dalaman"
 * (001 §3.3.4 f: "sistem dalaman dan luaran"), as the LMV captions it, never a "Sistem Luaran".
 */
export function elementKindLabel(lang: Lang, e: { kind: string; internal?: boolean }): string {
  return e.kind === 'externalSystem' ? label(lang, 'systemScope', e.internal ? 'internal' : 'external') : label(lang, 'kind', e.kind);
}
