/**
 * The built-in catalogue ("Sehingga Disember 2025") assembled from the data modules, and an index
 * with the lookups the checker and the UI need (by id, by normalised name).
 */
import type { Lifecycle, Sector } from '../model/vocabulary';
import { GENERIC_PROCESSES } from './generic-processes';
import { APPLICATION_CATEGORY_ENTRIES, CHANNEL_ENTRIES, CLASSIFICATION_ENTRIES, E2E_CATEGORY_ENTRIES, PLATFORM_ENTRIES, SHARING_CATEGORY_ENTRIES } from './data/platforms';
import { LIFECYCLE_ENTRIES, PERSONAS } from './data/lifecycles';
import { REGISTRIES, REPOSITORIES } from './data/registries';
import { SECTOR_ENTRIES, SECTOR_SCENARIOS } from './data/sectors';
import type { Catalogue, Persona, Registry, Repository, SectorEntry, ServiceDomain } from './schema';
import { normalizeText } from './text';

/** Version of the built-in catalogue (001 §2.6.4: "Sehingga Disember 2025"). */
export const CATALOGUE_VERSION = 'Sehingga Disember 2025';

/** The built-in catalogue. Treat as read-only. */
export const BUILTIN_CATALOGUE: Catalogue = {
  version: CATALOGUE_VERSION,
  source: '001 Bab 2 (§2.1–2.7), §1.4.5, §3.3.3, §5.6.4–5.6.8, §6.4; 003 §1.6, Jadual 3',
  updates: [],
  sectors: [...SECTOR_ENTRIES],
  lifecycles: [...LIFECYCLE_ENTRIES],
  personas: [...PERSONAS],
  registries: [...REGISTRIES],
  repositories: [...REPOSITORIES],
  genericProcesses: [...GENERIC_PROCESSES],
  applicationCategories: [...APPLICATION_CATEGORY_ENTRIES],
  platforms: [...PLATFORM_ENTRIES],
  channels: [...CHANNEL_ENTRIES],
  e2eCategories: [...E2E_CATEGORY_ENTRIES],
  classifications: [...CLASSIFICATION_ENTRIES],
  sharingCategories: [...SHARING_CATEGORY_ENTRIES],
  sectorScenarios: [...SECTOR_SCENARIOS],
};

/** A registry or repository, as referenced by `dataEntity.registryRef` / `repositoryRef`. */
export type DataSourceEntry = (Registry & { kind: 'registry' }) | (Repository & { kind: 'repository' });

/** Where a subcategory of a lifecycle is listed. */
interface SubcategoryInfo {
  sectors: Sector[];
  name: string;
}

/** Lookups over a catalogue; build once per catalogue (the checker caches it). */
export class CatalogueIndex {
  readonly sectors = new Map<Sector, SectorEntry>();
  readonly domains = new Map<string, ServiceDomain>();
  readonly registries = new Map<string, Registry>();
  readonly repositories = new Map<string, Repository>();
  readonly personasByName = new Map<string, Persona>();
  private readonly groups = new Map<Lifecycle, Set<string>>();
  private readonly subcategories = new Map<Lifecycle, Map<string, SubcategoryInfo>>();
  private readonly openEnded = new Set<Lifecycle>();
  private readonly lifecycleSectors = new Map<Lifecycle, Set<Sector>>();
  /** Registry keyword phrases (normalised) by their first word, longest first. */
  private readonly registryPhrases = new Map<string, { phrase: string; registry: Registry }[]>();

  constructor(readonly catalogue: Catalogue) {
    for (const s of catalogue.sectors) {
      this.sectors.set(s.id, s);
      for (const d of s.domains) this.domains.set(d.id, d);
    }
    for (const r of catalogue.registries) this.registries.set(r.id, r);
    for (const r of catalogue.repositories) this.repositories.set(r.id, r);
    for (const p of catalogue.personas) {
      this.personasByName.set(normalizeText(p.name.ms), p);
      this.personasByName.set(normalizeText(p.name.en), p);
    }
    for (const lc of catalogue.lifecycles) {
      const groups = new Set<string>();
      const subs = new Map<string, SubcategoryInfo>();
      const sectors = new Set<Sector>();
      for (const row of lc.rows) {
        sectors.add(row.sector);
        for (const g of row.groups) groups.add(normalizeText(g));
        for (const sub of row.subcategories) {
          if (sub.openEnded) this.openEnded.add(lc.id);
          const key = normalizeText(sub.name);
          const info = subs.get(key) ?? { sectors: [], name: sub.name };
          if (!info.sectors.includes(row.sector)) info.sectors.push(row.sector);
          subs.set(key, info);
        }
      }
      this.groups.set(lc.id, groups);
      this.subcategories.set(lc.id, subs);
      this.lifecycleSectors.set(lc.id, sectors);
    }
    for (const r of catalogue.registries) {
      for (const k of r.dataKinds) {
        const phrase = normalizeText(k);
        const first = phrase.split(' ')[0];
        if (!first) continue;
        const list = this.registryPhrases.get(first) ?? [];
        list.push({ phrase, registry: r });
        this.registryPhrases.set(first, list);
      }
    }
    for (const list of this.registryPhrases.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The registry or repository with id `ref`. */
  dataSource(ref: string | undefined): DataSourceEntry | undefined {
    if (!ref) return undefined;
    const reg = this.registries.get(ref);
    if (reg) return { ...reg, kind: 'registry' };
    const repo = this.repositories.get(ref);
    return repo ? { ...repo, kind: 'repository' } : undefined;
  }

  /** BM name of a registry/repository/domain id, for reports ("Registri Penduduk"). */
  refName(ref: string, lang: 'ms' | 'en' = 'ms'): string | undefined {
    const reg = this.registries.get(ref);
    if (reg) return lang === 'ms' ? `Registri ${reg.name.ms}` : `${reg.name.en} Registry`;
    const repo = this.repositories.get(ref);
    if (repo) return lang === 'ms' ? `Repositori ${repo.name.ms}` : `${repo.name.en} Repository`;
    const domain = this.domains.get(ref);
    return domain ? domain.name[lang] : undefined;
  }

  /** True when `group` (Kumpulan Sasar) is listed for `lifecycle`. */
  hasGroup(lifecycle: Lifecycle, group: string): boolean {
    return this.groups.get(lifecycle)?.has(this.normalized(group)) ?? false;
  }

  /** Sectors listing `subcategory` under `lifecycle`; undefined when not listed. */
  subcategorySectors(lifecycle: Lifecycle, subcategory: string): Sector[] | undefined {
    return this.subcategories.get(lifecycle)?.get(this.normalized(subcategory))?.sectors;
  }

  /**
   * `normalizeText(text)`, remembered for the texts asked about (a model's target groups name a few
   * dozen groups and subcategories). Why: targetGroup.catalogue asks about every target group; on
   * the 100,000-element varied model normalising afresh each time was ~0.8 MB of strings per check.
   */
  private normalized(text: string): string {
    let n = this.normalizedTexts.get(text);
    if (n === undefined) {
      if (this.normalizedTexts.size >= 10_000) this.normalizedTexts.clear();
      this.normalizedTexts.set(text, (n = normalizeText(text)));
    }
    return n;
  }

  private readonly normalizedTexts = new Map<string, string>();

  /** True when the lifecycle has an open-ended subcategory family (G2B: the MSIC industries). */
  acceptsAnySubcategory(lifecycle: Lifecycle): boolean {
    return this.openEnded.has(lifecycle);
  }

  /** Sectors with a row for `lifecycle` in Jadual 2-1. */
  sectorsOf(lifecycle: Lifecycle): ReadonlySet<Sector> {
    return this.lifecycleSectors.get(lifecycle) ?? new Set();
  }

  /** Subcategories of `lifecycle` listed for `sector` (names as printed). */
  subcategoriesFor(lifecycle: Lifecycle, sector: Sector): string[] {
    const lc = this.catalogue.lifecycles.find((l) => l.id === lifecycle);
    return lc?.rows.filter((r) => r.sector === sector).flatMap((r) => r.subcategories.map((s) => s.name)) ?? [];
  }

  /** Persona named `name` (BM or EN). */
  persona(name: string): Persona | undefined {
    return this.personasByName.get(normalizeText(name));
  }

  /**
   * The registry whose data kinds occur in `text` (normalised, e.g. with `searchableText`): the
   * longest phrase at the earliest word wins. Looks up each word once, so cost is linear in the text.
   */
  registryMatching(text: string): Registry | undefined {
    if (!text) return undefined;
    // word by word without splitting the text or padding it and each phrase with spaces: asked about
    // every data entity, those copies were ~1 MB per full check of the varied 100,000-element model
    for (let at = 0; ; ) {
      const space = text.indexOf(' ', at);
      const end = space < 0 ? text.length : space;
      const candidates = this.registryPhrases.get(text.slice(at, end));
      if (candidates) {
        for (const { phrase, registry } of candidates) if (wordsAt(text, phrase, at)) return registry;
      }
      if (space < 0) return undefined;
      at = space + 1;
    }
  }
}

/** True when `phrase` is in `text` at `at` and ends there a word (`at` starts one): `${text} ` starts with `${phrase} ` at `at`. */
function wordsAt(text: string, phrase: string, at: number): boolean {
  const end = at + phrase.length;
  return text.startsWith(phrase, at) && (end === text.length || text.charCodeAt(end) === 32);
}

let builtinIndex: CatalogueIndex | undefined;

/** Index of the built-in catalogue (built once). */
export function builtinCatalogueIndex(): CatalogueIndex {
  builtinIndex ??= new CatalogueIndex(BUILTIN_CATALOGUE);
  return builtinIndex;
}

/** Name of a registry/repository/domain id in the built-in catalogue, e.g. for the PDF's RefNamer. */
export function catalogueRefName(ref: string, lang: 'ms' | 'en' = 'ms'): string | undefined {
  return builtinCatalogueIndex().refName(ref, lang);
}
