/**
 * Sample values for the response examples of the IDD (003 Lampiran A §2.1.5.1 "Contoh Response
 * Mesej"), made from what the model knows of each field: its type, format, length and the values
 * its description lists. A reviewer reads the example as a message the service could send, so a
 * value the model cannot tell is a sample of the field's type ("Contoh nama penuh", 0), never "?".
 */
import type { DataField } from '../../model/schema';

/** The date every sample date uses: one fixed day, so the example reads the same in every export. */
const SAMPLE_DATE = '2026-03-01';
/** A date of birth ("tarikh lahir"): an adult's, not the sample day. */
const SAMPLE_BIRTH_DATE = '1990-06-15';
const SAMPLE_TIME = '09:30:00';

/** Digits used for "N digit" fields: the first N. */
const DIGITS = '1234567890'.repeat(4);

/** A code in capitals as a word of its own ("BARU", "L"), not the start of a word ("Bagi"). */
const CODE = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9_]{0,19}(?![\p{L}\p{N}])/gu;

/**
 * The first value a description enumerates after its colon: "Status permohonan: BARU, DISEMAK,
 * DILULUSKAN atau DITOLAK" gives BARU, "Jantina: L bagi lelaki, P bagi perempuan" gives L. Only a
 * list of two codes in capitals or more counts: "Nota: sebab keputusan", "format: ISO 8601" and
 * "rujukan: JPN" enumerate nothing (a reviewer found "ISO" as a sample date and "JPN" as a MyKad
 * number).
 */
function enumeratedValue(description: string): string | null {
  const colon = description.indexOf(':');
  if (colon < 0) return null;
  const after = description.slice(colon + 1);
  if ((after.match(CODE) ?? []).length < 2) return null;
  const m = /^\s*([A-Z][A-Z0-9_]{0,19})(?=[\s,.;)]|$)/.exec(after);
  return m ? m[1] : null;
}

/** The words of a camelCase or snake_case field name, in lower case: "namaPenuh" → "nama penuh". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A sample of field `f`'s value: a string, or a number or boolean for a field of such a type (a JSON number, an XML text). */
export function sampleValue(f: DataField): string | number | boolean {
  const type = (f.type ?? '').trim().toLowerCase();
  const description = f.description ?? '';
  const length = Number.parseInt(f.length ?? '', 10);
  if (/datetime|timestamp/.test(type) || /yyyy-MM-dd'?T/.test(description)) return `${SAMPLE_DATE}T${SAMPLE_TIME}+08:00`;
  if (/^date$|tarikh/.test(type) || /yyyy-MM-dd|dd\/MM\/yyyy/i.test(description)) {
    const date = /lahir|birth/i.test(`${f.name} ${description}`) ? SAMPLE_BIRTH_DATE : SAMPLE_DATE;
    return /dd\/MM\/yyyy/i.test(description) ? date.split('-').reverse().join('/') : date;
  }
  if (/^time$|masa/.test(type)) return SAMPLE_TIME;
  if (/bool/.test(type)) return true;
  if (/decimal|double|float|number|numeric|perpuluhan|wang|amount/.test(type)) return 100.5;
  if (/int|long|short|nombor|integer/.test(type)) return 1;
  // a listed value only for a field of text: a date, time, number or flag keeps its type's sample
  const listed = enumeratedValue(description);
  if (listed && (!length || listed.length <= length)) return listed;
  // "12 digit" in the description: a number of that many digits, written as text (a MyKad number keeps its leading zeros)
  const digits = /(\d+)\s*digit/i.exec(description);
  if (digits && Number(digits[1]) > 0 && Number(digits[1]) <= DIGITS.length) return DIGITS.slice(0, Number(digits[1]));
  const text = `Contoh ${words(f.name) || 'teks'}`;
  if (!length || text.length <= length) return text;
  return 'X'.repeat(Math.min(length, 20));
}
