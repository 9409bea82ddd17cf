import { describe, expect, it } from 'vitest';
import { signatoryText } from './signatory';

describe('signatoryText', () => {
  it('takes a preparing unit or a post for what it is, not for a signatory’s name', () => {
    expect(signatoryText('Unit Perancangan Strategik ICT, Agensi PQRST')).toEqual({ kind: 'unit', text: 'Unit Perancangan Strategik ICT, Agensi PQRST' });
    expect(signatoryText('Bahagian Pengurusan Maklumat')).toMatchObject({ kind: 'unit' });
    expect(signatoryText('Pasukan EA')).toMatchObject({ kind: 'unit' });
    expect(signatoryText('Ketua Pegawai Digital (CDO) KESUMA')).toEqual({ kind: 'post', text: 'Ketua Pegawai Digital (CDO) KESUMA' });
    expect(signatoryText('CDO (CDO) KPWKM').kind).toBe('post');
    expect(signatoryText('Pengarah Bahagian Teknologi Maklumat').kind).toBe('post');
  });

  it('prints a person’s name as it is, honorifics included, and nothing for a blank', () => {
    for (const name of ['Puan Nurul Aini binti Ahmad', 'Encik Lim Wei Ming', 'Dr. Siti Hajar', 'Datuk Ir. Ahmad', 'Puan CDO']) expect(signatoryText(name)).toEqual({ kind: 'person', name });
    expect(signatoryText('  ')).toEqual({ kind: 'blank' });
    expect(signatoryText(undefined)).toEqual({ kind: 'blank' });
  });
});
