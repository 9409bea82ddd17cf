/** Name normalisation for cross-agency matching in Malay and English (issue 17; 001 §4.2.2 a). */
import { describe, expect, it } from 'vitest';
import { agencyKey, conceptOf, malayStem, nameTokens, nameWords } from './normalise';
import { nameSimilarity } from './matcher';

const tokens = (s: string) => [...nameTokens(s).tokens].sort();
const sim = (a: string, b: string) => nameSimilarity(nameTokens(a).tokens, nameTokens(b).tokens).similarity;

describe('nameWords', () => {
  it('drops e-/i-/My prefixes written as prefixes but keeps words that merely start with e or i', () => {
    expect(nameWords('Sistem e-Aduan')).toEqual(['Sistem', 'Aduan']);
    expect(nameWords('eLesen iBantuan MyAduan')).toEqual(['Lesen', 'Bantuan', 'Aduan']);
    expect(nameWords('Ekonomi Imigresen')).toEqual(['Ekonomi', 'Imigresen']);
  });

  it('splits camelCase and punctuation and removes accents', () => {
    expect(nameWords('KodTarafKahwin/Café')).toEqual(['Kod', 'Taraf', 'Kahwin', 'Cafe']);
  });
});

describe('malayStem', () => {
  it('reduces Malay affixed forms to one root', () => {
    expect(malayStem('pengurusan')).toBe('urus');
    expect(malayStem('permohonan')).toBe(malayStem('memohon'));
    expect(malayStem('pendaftaran')).toBe('daftar');
    expect(malayStem('pembayaran')).toBe(malayStem('bayaran'));
  });

  it('keeps the listed exceptions the stemmer would mangle', () => {
    expect(malayStem('kenderaan')).toBe('kenderaan');
    expect(malayStem('penilaian')).toBe(malayStem('nilai'));
  });
});

describe('nameTokens', () => {
  it('maps BM and EN words of one meaning to one concept (bilingual synonyms)', () => {
    expect(conceptOf('aduan')).toBe(conceptOf('complaints'));
    expect(conceptOf('lesen')).toBe(conceptOf('licence'));
    expect(conceptOf('permohonan')).toBe(conceptOf('apply'));
    expect(conceptOf('perniagaan')).toBe(conceptOf('business'));
  });

  it('drops stop words such as sistem/system and pengurusan/management', () => {
    expect(tokens('Sistem Pengurusan Aduan')).toEqual(tokens('Complaint Management System'));
    expect(tokens('Sistem Pengurusan Aset')).toEqual(['aset']);
  });

  it('reads agency acronyms in capitals as agencies, not words of the name', () => {
    expect(nameTokens('Sistem Aduan JKM')).toEqual({ tokens: ['adu'], agencies: ['JKM'] });
    // the same letters in lower case are an ordinary word
    expect(nameTokens('Sistem doa').agencies).toEqual([]);
  });
});

describe('name similarity on Malay/English pairs', () => {
  it.each([
    ['Sistem e-Aduan Awam', 'Public Complaints Management System'],
    ['Sistem eLesen Perniagaan', 'Business Licence Application System'],
    ['Sistem Permohonan Bantuan Kebajikan', 'Welfare Aid Application System'],
    ['Sistem Tempahan Fasiliti', 'Facility Booking System'],
    ['Maklumat Syarikat', 'Company Information'],
  ])('finds %s and %s alike', (a, b) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['Sistem Pengurusan Aset', 'Sistem Pengurusan Aduan'],
    ['Sistem Permohonan Lesen Memandu', 'Sistem Permohonan Lesen Perniagaan'],
    ['Sistem Permohonan Biasiswa', 'Sistem Permohonan Bantuan Kebajikan'],
    ['Portal Aduan Kerosakan Jalan', 'Sistem Aduan Awam'],
  ])('finds look-alikes %s and %s unlike (they share only generic words)', (a, b) => {
    expect(sim(a, b)).toBeLessThan(0.5);
  });
});

describe('agencyKey', () => {
  it('gives one key to an agency written by acronym, full name or both', () => {
    expect(agencyKey('JPN')?.key).toBe('JPN');
    expect(agencyKey('Jabatan Pendaftaran Negara')?.key).toBe('JPN');
    expect(agencyKey('Jabatan Pendaftaran Negara (JPN)')?.key).toBe('JPN');
    expect(agencyKey('EPF')?.key).toBe('KWSP');
  });

  it('keeps an unknown agency by its normalised name', () => {
    expect(agencyKey(' Agensi  PQRST ')).toEqual({ key: 'agensi pqrst', label: 'Agensi  PQRST' });
    expect(agencyKey('')).toBeUndefined();
  });
});
