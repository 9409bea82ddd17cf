/**
 * The IDD's response example (003 Lampiran A §2.1.5.1 "Contoh Response Mesej") gives each field a
 * value of its type: a value listed in the field's description only when the description lists
 * several, and never in place of a date, time or number.
 */
import { describe, expect, it } from 'vitest';
import { sampleValue } from './sample-values';

describe('sample values of the IDD response example (003 Lampiran A §2.1.5.1)', () => {
  it('takes the first of the values a description lists', () => {
    expect(sampleValue({ name: 'status', type: 'string', description: 'Status permohonan: BARU, DISEMAK, DILULUSKAN atau DITOLAK' })).toBe('BARU');
    expect(sampleValue({ name: 'jantina', type: 'string', description: 'Jantina: L bagi lelaki, P bagi perempuan' })).toBe('L');
  });

  it('reads one word in capitals after a colon as no list ("format: ISO 8601", "rujukan: JPN")', () => {
    expect(sampleValue({ name: 'masaKeputusan', type: 'datetime', description: 'Masa keputusan dibuat (format: ISO 8601)' })).toBe('2026-03-01T09:30:00+08:00');
    expect(sampleValue({ name: 'noKadPengenalan', type: 'string', description: 'Nombor MyKad pemohon, 12 digit (rujukan: JPN)' })).toBe('123456789012');
    expect(sampleValue({ name: 'catatan', type: 'string', description: 'Nota: sebab keputusan' })).toBe('Contoh catatan');
  });

  it('keeps a date, number or flag field its type’s sample even when its description lists codes', () => {
    expect(sampleValue({ name: 'tarikhKeputusan', type: 'date', description: 'Tarikh keputusan: BARU atau LAMA' })).toBe('2026-03-01');
    expect(sampleValue({ name: 'bilangan', type: 'integer', description: 'Bilangan: A, B' })).toBe(1);
  });
});
