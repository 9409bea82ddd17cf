/** Locale-aware formatting of times for the current UI language (ringgit amounts: shared/i18n formatRm). */

const LOCALES: Record<string, string> = { ms: 'ms-MY', en: 'en-MY' };

/** `iso` as a short date and time, e.g. "23 Nov 2026, 10:42". */
export function formatDateTime(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** `iso` as a time of day when it is today, else as date and time. */
export function formatWhen(iso: string, language: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (d.toDateString() === now.toDateString()) return new Intl.DateTimeFormat(LOCALES[language] ?? language, { timeStyle: 'short' }).format(d);
  return formatDateTime(iso, language);
}
