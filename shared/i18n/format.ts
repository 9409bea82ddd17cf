/** Dates and ringgit amounts as government papers write them, in both languages (PDF, checklist, CLI). */
import type { Lang } from './index';

const MONTHS: Record<Lang, string[]> = {
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date as `formatDate` prints it, anywhere in a text ("20 Februari 2026"), either language. */
export const PRINTED_DATE = new RegExp(`\\b\\d{1,2} (?:${[...MONTHS.ms, ...MONTHS.en].join('|')}) \\d{4}\\b`, 'g');

/** A date as printed in a paper, e.g. "23 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return `${date.getDate()} ${MONTHS[lang][date.getMonth()]} ${date.getFullYear()}`;
}

/** A stored `YYYY-MM-DD` (or ISO timestamp) as printed, e.g. "2 Mac 2026"; text that is not a date comes back as it is. */
export function formatIsoDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return iso;
  return `${Number(m[3])} ${MONTHS[lang][month - 1]} ${m[1]}`;
}

/**
 * A relation named by its two ends, supplier (or source) first: "Sistem B – Sistem Pengambilan
 * Pekerja", as the Kertas Cadangan names a flow. The en dash, not an arrow: the papers' standard PDF
 * font has no arrow ("→" prints as "->", export/pdf/winansi.ts), and the same name is used in the
 * app, the checker's messages and every paper, so a reviewer meets one name for one flow.
 */
export function endsName(source: string, target: string): string {
  return `${source} – ${target}`;
}

/** A ringgit amount as government papers write it: "RM5,000,000.00". */
export function formatRm(amount: number): string {
  const [int, dec] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}RM${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}
