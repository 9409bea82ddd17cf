/**
 * What the inspector's pick-lists offer from the sector-ecosystem catalogue: the target groups and
 * subcategories of Jadual 2-1 for an element's lifecycle, those of the project's sector first, the
 * 17 personas of Jadual 2-2, and the service domains of Jadual 2-3 grouped by sector (Kesihatan,
 * Pendidikan and Pengangkutan are domains of two sectors: each is named with its sector).
 */
import type { CatalogueIndex } from '../../shared/catalogue';
import { label, type Lang } from '../../shared/i18n';
import type { Lifecycle, Sector } from '../../shared/model';

/** One entry of a pick-list: the value stored, its label, and the heading it is listed under. */
export interface Choice {
  value: string;
  label: string;
  group?: string;
}

export type TargetGroupList = 'group' | 'subcategory' | 'persona';

/**
 * Choices of a target group's `list` field for `lifecycle`: the entries of the project's `sector`
 * when Jadual 2-1 has a row for it, else those of every sector with a row for the lifecycle, each
 * listed once under its first sector.
 */
export function targetGroupChoices(index: CatalogueIndex, list: TargetGroupList, lifecycle: Lifecycle, sector: Sector | undefined, lang: Lang): Choice[] {
  if (list === 'persona') return index.catalogue.personas.map((p) => ({ value: p.name.ms, label: lang === 'ms' ? p.name.ms : `${p.name.en} (${p.name.ms})` }));
  const rows = index.catalogue.lifecycles.find((l) => l.id === lifecycle)?.rows ?? [];
  const own = rows.filter((r) => r.sector === sector);
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const row of own.length ? own : rows) {
    const names = list === 'group' ? row.groups : row.subcategories.map((s) => s.name);
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ value: name, label: name, group: label(lang, 'sector', row.sector) });
    }
  }
  return out;
}

/** Service domains by sector; a name that two sectors share says its sector. */
export function domainChoices(index: CatalogueIndex, lang: Lang): Choice[] {
  const count = new Map<string, number>();
  for (const d of index.domains.values()) count.set(d.name[lang], (count.get(d.name[lang]) ?? 0) + 1);
  const out: Choice[] = [];
  for (const s of index.catalogue.sectors) {
    const sector = label(lang, 'sector', s.id);
    for (const d of s.domains) out.push({ value: d.id, label: (count.get(d.name[lang]) ?? 0) > 1 ? `${d.name[lang]} (${sector})` : d.name[lang], group: sector });
  }
  return out;
}
