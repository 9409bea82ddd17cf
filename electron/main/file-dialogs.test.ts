import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from '../../shared/ipc/contract';
import { dialogTitle, openDialogFilters, safeSuggestedName, saveDialogFilters, withSuffix } from './file-dialogs';

describe('openDialogFilters', () => {
  it('offers one filter for a single kind, then all files', () => {
    expect(openDialogFilters(['lakar'], 'ms')).toEqual([
      { name: 'Projek Lakar (.lakar)', extensions: ['lakar'] },
      { name: 'Semua fail', extensions: ['*'] },
    ]);
  });

  it('puts all requested kinds together first when there are several', () => {
    const filters = openDialogFilters(['csv', 'zip', 'csv'], 'en');
    expect(filters[0]).toEqual({ name: 'All supported files', extensions: ['csv', 'zip'] });
    expect(filters.map((f) => f.name)).toEqual(['All supported files', 'Archi CSV (.csv)', 'ZIP archive (.zip)', 'All files']);
  });

  it('filters ArchiMate exchange files as .xml and Lakar JSON as .json', () => {
    expect(openDialogFilters(['oef'], 'en')[0].extensions).toEqual(['xml']);
    expect(openDialogFilters(['json'], 'en')[0]).toEqual({ name: 'Lakar JSON (.lakar.json)', extensions: ['json'] });
  });

  it('lists every extension of kinds that accept several', () => {
    expect(openDialogFilters(['applist'], 'en')[0]).toEqual({ name: 'Application list (.csv, .xlsx, .json)', extensions: ['csv', 'xlsx', 'json'] });
  });

  it('knows every file kind of the contract in both languages', () => {
    for (const kind of FILE_KINDS) {
      for (const lang of ['ms', 'en'] as const) {
        const [f] = saveDialogFilters(kind, lang);
        expect(f.name, `${kind} ${lang}`).toMatch(/\(\.[a-z.]+(, \.[a-z]+)*\)$/);
        expect(f.extensions.length, kind).toBeGreaterThan(0);
      }
    }
  });
});

describe('withSuffix', () => {
  it('adds the suffix when missing and keeps it when present in any case', () => {
    expect(withSuffix('Pengambilan Pekerja', 'lakar')).toBe('Pengambilan Pekerja.lakar');
    expect(withSuffix('plan.LAKAR', 'lakar')).toBe('plan.LAKAR');
    expect(withSuffix('lmv.pdf', 'pdf')).toBe('lmv.pdf');
  });

  it('turns plan.json into plan.lakar.json for the Lakar JSON kind', () => {
    expect(withSuffix('plan.json', 'json')).toBe('plan.lakar.json');
    expect(withSuffix('plan', 'json')).toBe('plan.lakar.json');
    expect(withSuffix('plan.lakar.json', 'json')).toBe('plan.lakar.json');
  });
});

describe('safeSuggestedName', () => {
  it('drops directories the page put in the name', () => {
    expect(safeSuggestedName('../../.bashrc', 'md')).toBe('bashrc.md');
    expect(safeSuggestedName('C:\\Windows\\System32\\evil', 'pdf')).toBe('evil.pdf');
  });

  it('replaces characters Windows forbids and removes control characters', () => {
    expect(safeSuggestedName('LMV: JPA <v2>?', 'svg')).toBe('LMV_ JPA _v2__.svg');
    expect(safeSuggestedName('a\u0000b\u001fc', 'png')).toBe('abc.png');
  });

  it('falls back to a default name and limits the length', () => {
    expect(safeSuggestedName('...', 'lakar')).toBe('lakar.lakar');
    expect(safeSuggestedName('x'.repeat(400), 'pdf')).toHaveLength(154);
  });
});

describe('dialogTitle', () => {
  it('names the kind when there is one', () => {
    expect(dialogTitle('open', ['lakar'], 'ms')).toBe('Buka — Projek Lakar');
    expect(dialogTitle('save', ['pdf'], 'en')).toBe('Save — PDF document');
    expect(dialogTitle('open', ['csv', 'zip'], 'en')).toBe('Open');
  });
});
