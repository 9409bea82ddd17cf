/**
 * The catalogue's version as a phrase in the user's language. The built-in catalogue is versioned
 * in Malay ("Sehingga Disember 2025", 001 §2.6.4); the English interface says "as of December 2025".
 * Versions of other shapes (a catalogue update's own) are shown as they are.
 */
const MONTHS_MS = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `version` phrased for `lang`: "Sehingga Disember 2025" / "as of December 2025". */
export function catalogueVersionLabel(version: string | undefined, lang: 'ms' | 'en'): string {
  if (!version) return '';
  const m = /^sehingga\s+(\p{L}+)\s+(\d{4})$/iu.exec(version.trim());
  const month = m ? MONTHS_MS.findIndex((name) => name.toLowerCase() === m[1].toLowerCase()) : -1;
  if (!m || month < 0) return version;
  return lang === 'en' ? `as of ${MONTHS_EN[month]} ${m[2]}` : `Sehingga ${MONTHS_MS[month]} ${m[2]}`;
}
