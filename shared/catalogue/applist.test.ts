import { describe, expect, it } from 'vitest';
import { decodeTextFile, parseAgencyApplicationsCsv, parseSectorName } from './applist';
import { projectMetaSchema } from '../model/schema';

const AT = '2026-01-01T00:00:00.000Z';

describe('parseAgencyApplicationsCsv', () => {
  it('reads a RASA-style export with ; separators, a BOM and Malay headers', () => {
    const csv = '\uFEFFNama Sistem;Agensi;Fungsi Perkhidmatan;Sektor\r\nSistem Cuti;JPA;Permohonan cuti;Pentadbiran Awam\r\nMyPesara;KWAP;Pengurusan pencen;Sosial 2 (Bakat)\r\n';
    const r = parseAgencyApplicationsCsv('rasa.csv', csv, AT);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.list).toEqual({
      importedFrom: 'rasa.csv',
      importedAt: AT,
      entries: [
        { name: 'Sistem Cuti', agency: 'JPA', function: 'Permohonan cuti', sector: 'pentadbiranAwam', line: 2 },
        { name: 'MyPesara', agency: 'KWAP', function: 'Pengurusan pencen', sector: 'sosial2', line: 3 },
      ],
    });
    expect(r.rejected).toEqual([]);
    expect(projectMetaSchema.safeParse({ title: 'x', agencyApplications: r.list }).success).toBe(true);
  });

  it('accepts English headers in another order with , separators, skipping a title line', () => {
    const csv = 'Senarai Aplikasi Agensi X\nSector,Application Name,Agency,Function\nEconomy,eLesen,PBT,Pelesenan perniagaan\n';
    const r = parseAgencyApplicationsCsv('apps.csv', csv, AT);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.list.entries).toEqual([{ name: 'eLesen', agency: 'PBT', function: 'Pelesenan perniagaan', sector: 'ekonomi', line: 3 }]);
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const csv = 'name,agency,sector\nSistem A,Agensi A,Ekonomi\n,Agensi B,Ekonomi\nSistem C,Agensi C,Sukan\n"Sistem ""D""\nbaris dua",Agensi D,\n';
    const r = parseAgencyApplicationsCsv('a.csv', csv, AT);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.list.entries.map((e) => [e.name, e.line])).toEqual([
      ['Sistem A', 2],
      ['Sistem C', 4],
      ['Sistem "D"\nbaris dua', 5],
    ]);
    expect(r.rejected).toEqual([{ line: 3, message: { ms: 'Nama aplikasi kosong; baris diabaikan.', en: 'Application name is empty; row skipped.' } }]);
    expect(r.warnings.map((w) => [w.line, w.message.en])).toEqual([[4, 'Sector "Sukan" not recognised; application imported without a sector.']]);
  });

  it('rejects a file without an application name column, quoting what it found', () => {
    const r = parseAgencyApplicationsCsv('x.csv', 'Tarikh,Jumlah\n2025,3\n', AT);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.ms).toMatch(/tiada lajur nama aplikasi/);
      expect(r.error.en).toMatch(/Header found: Tarikh \| Jumlah/);
    }
  });

  it('rejects an empty file and a file with no valid rows', () => {
    expect(parseAgencyApplicationsCsv('e.csv', '  \n', AT).ok).toBe(false);
    const r = parseAgencyApplicationsCsv('n.csv', 'Nama Aplikasi,Agensi\n,JPA\n', AT);
    expect(!r.ok && r.error.en).toMatch(/no valid application rows \(1 rows rejected\)/);
  });

  it('decodes Windows-1252 exports from Excel', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Nama Aplikasi,Agensi\nSistem Caf'), 0xe9, ...new TextEncoder().encode(',JPA\n')]);
    expect(decodeTextFile(bytes)).toContain('Sistem Café');
    const r = parseAgencyApplicationsCsv('w.csv', bytes, AT);
    expect(r.ok && r.list.entries[0].name).toBe('Sistem Café');
  });
});

describe('parseSectorName', () => {
  it('knows sector ids, printed names and English names', () => {
    expect(['sosial1', 'Sektor Sosial 1 (Masyarakat)', 'Masyarakat', 'PUBLIC ADMINISTRATION', 'Infrastructure'].map(parseSectorName)).toEqual(['sosial1', 'sosial1', 'sosial1', 'pentadbiranAwam', 'infrastruktur']);
    expect(parseSectorName('Sukan')).toBeUndefined();
  });
});
