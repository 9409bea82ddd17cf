import { describe, expect, it } from 'vitest';
import { builtinCatalogueIndex } from '../../shared/catalogue';
import { domainChoices, targetGroupChoices } from './catalogueChoices';

const index = builtinCatalogueIndex();

describe('targetGroupChoices (001 §2.2.2, Jadual 2-1)', () => {
  it('offers the groups and subcategories of the project sector for the lifecycle', () => {
    const groups = targetGroupChoices(index, 'group', 'G2C', 'sosial1', 'ms');
    expect(groups.length).toBe(3);
    expect(groups.every((g) => g.group === 'Sosial 1 (Masyarakat)')).toBe(true);
    const subs = targetGroupChoices(index, 'subcategory', 'G2C', 'sosial1', 'ms');
    expect(subs).toHaveLength(12);
    // every choice is one the checker accepts for G2C
    for (const s of subs) expect(index.subcategorySectors('G2C', s.value)).toContain('sosial1');
    for (const g of groups) expect(index.hasGroup('G2C', g.value)).toBe(true);
  });

  it('falls back to every sector of the lifecycle when the project sector has no row for it, listing each value once', () => {
    const all = targetGroupChoices(index, 'subcategory', 'G2C', undefined, 'ms');
    expect(new Set(all.map((c) => c.value)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.group)).size).toBe(5);
    expect(targetGroupChoices(index, 'group', 'G2E', 'ekonomi', 'ms').every((c) => c.group === 'Pentadbiran Awam')).toBe(true);
  });

  it('offers the 17 personas of Jadual 2-2, stored by their Malay name', () => {
    const personas = targetGroupChoices(index, 'persona', 'G2C', undefined, 'en');
    expect(personas).toHaveLength(17);
    expect(personas[0]).toEqual({ value: 'Pelajar Sekolah Menengah', label: 'Secondary School Student (Pelajar Sekolah Menengah)' });
  });
});

describe('domainChoices (001 Jadual 2-3)', () => {
  it('groups the domains by sector and names the sector of a domain two sectors share', () => {
    const choices = domainChoices(index, 'ms');
    const health = choices.filter((c) => c.label.startsWith('Kesihatan'));
    expect(health).toHaveLength(2);
    expect(new Set(health.map((c) => c.label)).size).toBe(2);
    expect(health.every((c) => c.label === `Kesihatan (${c.group})`)).toBe(true);
    expect(choices.find((c) => c.value === 'sosial2.pekerjaan')).toMatchObject({ label: 'Pekerjaan', group: 'Sosial 2 (Bakat)' });
  });
});
