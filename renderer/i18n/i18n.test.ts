import { describe, expect, it } from 'vitest';
import { buildResources, initI18n, LANGUAGES, namespaces } from './index';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf keys of a nested message object, with plural suffixes folded (ms has only `_other`). */
function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj !== 'object' || obj === null) return out;
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key.replace(PLURAL, ''), v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

function variables(s: string): string[] {
  return [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
}

describe('i18n resources', () => {
  const resources = buildResources();

  it('loads the shell, common and domain namespaces in both languages', () => {
    for (const lang of LANGUAGES) expect(Object.keys(resources[lang])).toEqual(expect.arrayContaining(['common', 'shell', 'domain']));
  });

  it('has the same namespaces in ms and en', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.ms).sort());
  });

  for (const ns of namespaces(resources)) {
    it(`has the same keys in ms and en in namespace ${ns}`, () => {
      const ms = leaves(resources.ms[ns]);
      const en = leaves(resources.en[ns]);
      expect([...en.keys()].sort()).toEqual([...ms.keys()].sort());
    });

    it(`uses the same interpolation variables and no empty text in namespace ${ns}`, () => {
      const ms = leaves(resources.ms[ns]);
      const en = leaves(resources.en[ns]);
      for (const [key, text] of ms) {
        expect(text.trim(), `ms ${ns}:${key}`).not.toBe('');
        if (en.has(key)) expect(variables(en.get(key)!), `${ns}:${key}`).toEqual(variables(text));
      }
    });
  }

  it('translates to Malay by default and to English after a switch', async () => {
    const i18n = await initI18n();
    expect(i18n.t('shell:menu.save')).toBe('Simpan');
    expect(i18n.t('domain:sector.sosial2')).toBe('Sosial 2 (Bakat)');
    expect(i18n.t('shell:recovery.title', { count: 3 })).toBe('Pulihkan 3 suntingan yang belum disimpan?');
    await i18n.changeLanguage('en');
    expect(i18n.t('shell:menu.save')).toBe('Save');
    expect(i18n.t('shell:recovery.title', { count: 1 })).toBe('Restore 1 unsaved edit?');
    await i18n.changeLanguage('ms');
  });
});
