import { describe, expect, it } from 'vitest';
import { listRules } from '../rules';
import { BUILTIN_CATALOGUE } from './catalogue';
import { citedDocuments, decodeReferences, formatSource, namedKeys, SOURCE_DOCUMENTS } from './sources';

const FILE_NUMBER = /\b00\d (?:§|Lampiran|para|Jadual|Rajah|Bab|Takrifan)/;

describe('formatSource', () => {
  it('names the document instead of its key, keeping the sections it cites', () => {
    expect(formatSource('001 §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii', 'ms')).toBe('Panduan WoG §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii');
    expect(formatSource('003 §1.6, §1.5 ii; 002 para 3(a), 3(c)', 'ms')).toBe('Polisi Data Raya TVET §1.6, §1.5 ii; Surat MAMPU 2009 (Media Jaringan Sosial) para 3(a), 3(c)');
    expect(formatSource('003 Lampiran A §2.1.1', 'en')).toBe('TVET Data Policy Lampiran A §2.1.1');
    expect(formatSource('000 para 12', 'ms')).toBe('PKPA Bil. 2/2021 para 12');
  });

  it('leaves a source that cites no known document as it is', () => {
    expect(formatSource('JDN, sesi libat urus Jun 2026', 'ms')).toBe('JDN, sesi libat urus Jun 2026');
    expect(formatSource('999 §1', 'ms')).toBe('999 §1');
  });

  it('leaves no file number in any rule source or catalogue source', () => {
    const sources = [...listRules().map((r) => r.source), ...JSON.stringify(BUILTIN_CATALOGUE).match(/"source":"[^"]*"/g)!.map((s) => s.slice(10, -1))];
    expect(sources.length).toBeGreaterThan(50);
    for (const lang of ['ms', 'en'] as const) for (const s of sources) expect(formatSource(s, lang), s).not.toMatch(FILE_NUMBER);
  });
});

describe('decodeReferences', () => {
  it('rewrites references inside running text such as fix hints', () => {
    expect(decodeReferences('isi Servis ID serta IDD (003 Lampiran A). Integrasi API juga diterima (003 §2.4.3).', 'ms')).toBe(
      'isi Servis ID serta IDD (Polisi Data Raya TVET Lampiran A). Integrasi API juga diterima (Polisi Data Raya TVET §2.4.3).',
    );
    expect(decodeReferences('RM 5,000,000 dan 2026 §', 'ms')).toBe('RM 5,000,000 dan 2026 §');
  });

  it('leaves no file number in any rule text', () => {
    for (const r of listRules()) for (const lang of ['ms', 'en'] as const) {
      for (const text of [r.title[lang], r.fixHint[lang], r.message?.[lang] ?? '']) expect(decodeReferences(text, lang)).not.toMatch(FILE_NUMBER);
    }
  });
});

describe('citedDocuments', () => {
  it('lists each cited document once, the Panduan WoG first', () => {
    const docs = citedDocuments(['003 Lampiran A', '001 §2.6; Jadual 4-1', '003 §1.6; 002 para 3(a)']);
    expect(docs.map((d) => d.key)).toEqual(['001', '003', '002']);
    expect(docs[0].title.ms).toContain('Panduan Keseluruhan Kerajaan (Whole-of-Government) Sektor Awam');
  });

  it('has a title and issuer in both languages for every document', () => {
    for (const d of SOURCE_DOCUMENTS) for (const lang of ['ms', 'en'] as const) expect(d.title[lang] && d.issuer[lang] && d.short[lang]).toBeTruthy();
  });
});

describe('namedKeys (a paper lists in Rujukan what its text names)', () => {
  it('finds a document by the name running text gives it, an acronym only as a word of its own in capitals', () => {
    expect(namedKeys('Pemantauan mengikut Garis Panduan PPrISA; data peribadi (Akta 709).')).toEqual(['pprisa', 'akta709']);
    expect(namedKeys('Semakan RASA tidak menemui pertindihan')).toEqual(['rasa']);
    // the Malay word "rasa" and a file name are no citation of RASA
    expect(namedKeys('pengguna merasa puas; fail rasa-fungsi-pekerjaan.csv')).toEqual([]);
  });

  it('adds what the text names to what the sources cite, in the order of the list', () => {
    expect(citedDocuments(['003 Lampiran A'], ['akta709', 'pprisa']).map((d) => d.key)).toEqual(['pprisa', 'akta709', '003']);
  });
});
