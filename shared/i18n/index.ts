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
export { formatDate, formatIsoDate, formatRm } from './format';
