/**
 * The catalogue as a tree of labelled nodes for the browser, and its search: a node is kept when
 * its own text matches (with everything below it) or when something below it matches.
 */
import type { TFunction } from 'i18next';
import { normalizeText, type Catalogue } from '../../shared/catalogue';
import { label } from '../../shared/i18n';
import type { ElementKind, Sector } from '../../shared/model';

/** "Guna ini": the fields an entry sets on a selected element of one of `kinds`. */
export interface CatalogueUse {
  kinds: readonly ElementKind[];
  patch: Record<string, unknown>;
}

export interface CatalogueNode {
  key: string;
  label: string;
  /** Secondary text: id, definition, owner, data kinds… */
  detail?: string;
  /** Seed section of the entry. */
  source?: string;
  badge?: string;
  children?: CatalogueNode[];
  /** What "use this" puts on the selected element, for entries a model field can hold. */
  use?: CatalogueUse;
}

type Lang = 'ms' | 'en';

const leaf = (key: string, text: string, extra: Partial<CatalogueNode> = {}): CatalogueNode => ({ key, label: text, ...extra });

/** The tree of `catalogue` in `lang`, with headings from the `checker` namespace. */
export function buildCatalogueTree(catalogue: Catalogue, lang: Lang, t: TFunction): CatalogueNode[] {
  const sectorName = (s: Sector) => label(lang, 'sector', s);
  const sectors: CatalogueNode = {
    key: 'sectors',
    label: t('catalogue.section.sectors', { count: catalogue.sectors.length }),
    children: catalogue.sectors.map((s) => ({
      key: `sector.${s.id}`,
      label: s.name[lang],
      detail: s.function[lang],
      source: s.source,
      children: [
        leaf(`sector.${s.id}.secretariat`, t('catalogue.secretariat', { head: s.secretariat.head, secretariat: s.secretariat.secretariat, email: s.secretariat.email }), { source: s.secretariat.source }),
        {
          key: `sector.${s.id}.clusters`,
          label: t('catalogue.clusters', { count: s.clusters.length }),
          children: s.clusters.map((c, i) => leaf(`sector.${s.id}.cluster.${i}`, c.name, { detail: c.subclusters?.join(', '), source: c.source })),
        },
        {
          key: `sector.${s.id}.domains`,
          label: t('catalogue.domains', { count: s.domains.length }),
          children: s.domains.map((d) =>
            leaf(d.id, d.name[lang], { detail: [d.id, d.detail].filter(Boolean).join(' · '), source: d.source, badge: d.industry ? t('catalogue.industry') : undefined, use: { kinds: ['service'], patch: { serviceDomain: d.id } } }),
          ),
        },
      ],
    })),
  };
  const lifecycles: CatalogueNode = {
    key: 'lifecycles',
    label: t('catalogue.section.lifecycles'),
    children: catalogue.lifecycles.map((lc) => ({
      key: `lc.${lc.id}`,
      label: `${lc.id} — ${lc.name[lang]}`,
      detail: t('catalogue.touchpoints', { count: lc.touchpointCount, first: lc.first, last: lc.last ?? '…' }),
      source: lc.source,
      children: [
        ...lc.rows.map((row) => ({
          key: `lc.${lc.id}.${row.sector}`,
          label: sectorName(row.sector),
          detail: t('catalogue.groups', { groups: row.groups.join(', ') }),
          source: row.source,
          children: [
            ...row.groups.map((g, i) => leaf(`lc.${lc.id}.${row.sector}.group.${i}`, g, { badge: t('catalogue.targetGroup'), use: { kinds: ['targetGroup'], patch: { lifecycle: lc.id, group: g } } })),
            ...row.subcategories.map((sub, i) =>
              leaf(`lc.${lc.id}.${row.sector}.${i}`, sub.name, { badge: sub.nonCitizen ? t('catalogue.nonCitizen') : undefined, use: { kinds: ['targetGroup'], patch: { lifecycle: lc.id, subcategory: sub.name } } }),
            ),
          ],
        })),
        {
          key: `lc.${lc.id}.named`,
          label: t('catalogue.namedTouchpoints', { count: lc.named.length }),
          children: lc.named.map((n, i) => leaf(`lc.${lc.id}.named.${i}`, n.name, { source: n.source })),
        },
      ],
    })),
  };
  const personas: CatalogueNode = {
    key: 'personas',
    label: t('catalogue.section.personas', { count: catalogue.personas.length }),
    children: catalogue.personas.map((p) => leaf(p.id, `${p.no}. ${p.name[lang]}`, { detail: lang === 'ms' ? p.name.en : p.name.ms, source: p.source, use: { kinds: ['targetGroup'], patch: { persona: p.name.ms } } })),
  };
  const data: CatalogueNode = {
    key: 'data',
    label: t('catalogue.section.data', { registries: catalogue.registries.length, repositories: catalogue.repositories.length }),
    children: catalogue.sectors.map((s) => ({
      key: `data.${s.id}`,
      label: s.name[lang],
      children: [
        ...catalogue.registries
          .filter((r) => r.sector === s.id)
          .map((r) =>
            leaf(r.id, t('catalogue.registry', { name: r.name[lang] }), {
              badge: t('catalogue.official'),
              detail: [r.id, r.owner && t('catalogue.owner', { owner: r.owner }), t('catalogue.dataKinds', { kinds: r.dataKinds.join(', ') })].filter(Boolean).join(' · '),
              source: r.source,
              use: { kinds: ['dataEntity'], patch: { registryRef: r.id } },
            }),
          ),
        ...catalogue.repositories
          .filter((r) => r.sector === s.id)
          .map((r) =>
            leaf(r.id, t('catalogue.repository', { name: r.name[lang] }), {
              detail: [r.id, r.refersTo?.length && t('catalogue.refersTo', { refs: r.refersTo.join(', ') })].filter(Boolean).join(' · '),
              source: r.source,
              use: { kinds: ['dataEntity'], patch: { repositoryRef: r.id } },
            }),
          ),
      ],
    })),
  };
  const processes: CatalogueNode = {
    key: 'processes',
    label: t('catalogue.section.processes', { count: catalogue.genericProcesses.length }),
    children: catalogue.genericProcesses.map((p) => leaf(`process.${p.no}`, `${p.no}. ${p.ms} (${p.en})`, { source: p.source, use: { kinds: ['process'], patch: { genericProcess: p.no } } })),
  };
  const platforms: CatalogueNode = {
    key: 'platforms',
    label: t('catalogue.section.platforms'),
    children: [
      ...catalogue.platforms.map((p) => leaf(`platform.${p.id}`, p.name, { badge: t(`catalogue.platformGroup.${p.group}`), detail: p.role[lang], source: p.source })),
      ...catalogue.channels.map((c) => leaf(`channel.${c.id}`, c.name, { badge: c.mainGateway ? t('catalogue.mainGateway') : t('catalogue.channel'), detail: [c.url, c.audience?.[lang]].filter(Boolean).join(' · '), source: c.source })),
    ],
  };
  const categories: CatalogueNode = {
    key: 'categories',
    label: t('catalogue.section.categories'),
    children: [
      {
        key: 'appcat',
        label: t('catalogue.applicationCategories'),
        children: catalogue.applicationCategories.map((c) => leaf(`appcat.${c.id}`, c.name[lang], { detail: c.definition, source: c.source, use: { kinds: ['application'], patch: { category: c.id } } })),
      },
      {
        key: 'e2e',
        label: t('catalogue.e2eCategories'),
        children: catalogue.e2eCategories.map((c) => leaf(`e2e.${c.id}`, c.name[lang], { detail: c.definition, source: c.source, use: { kinds: ['service'], patch: { e2eCategory: c.id } } })),
      },
      {
        key: 'classification',
        label: t('catalogue.classifications'),
        children: catalogue.classifications.map((c) =>
          leaf(`class.${c.id}`, c.name, { badge: c.officialSecret ? t('catalogue.officialSecret') : undefined, source: c.source, use: { kinds: ['dataEntity'], patch: { classification: c.id } } }),
        ),
      },
      {
        key: 'sharing',
        label: t('catalogue.sharingCategories'),
        children: catalogue.sharingCategories.map((c) => leaf(`sharing.${c.id}`, c.name, { detail: c.printedMethods.join('; '), source: c.source })),
      },
    ],
  };
  return [sectors, lifecycles, personas, data, processes, platforms, categories];
}

const texts = new WeakMap<CatalogueNode, { name: string; detail: string }>();

function textOf(node: CatalogueNode): { name: string; detail: string } {
  let s = texts.get(node);
  if (s === undefined) texts.set(node, (s = { name: normalizeText(`${node.key} ${node.label} ${node.badge ?? ''}`), detail: normalizeText(node.detail) }));
  return s;
}

/**
 * `nodes` reduced to what matches `query` (all of it for an empty query), with the number of
 * matching entries. A node whose name matches keeps everything below it; one that matches only by
 * its detail (e.g. a lifecycle row listing "Penduduk Tetap") is kept without unrelated children.
 */
export function filterTree(nodes: CatalogueNode[], query: string): { nodes: CatalogueNode[]; matches: number } {
  const needle = normalizeText(query);
  if (!needle) return { nodes, matches: -1 };
  let matches = 0;
  const walk = (list: CatalogueNode[]): CatalogueNode[] => {
    const out: CatalogueNode[] = [];
    for (const n of list) {
      const text = textOf(n);
      if (text.name.includes(needle)) {
        matches++;
        out.push(n);
        continue;
      }
      const kids = n.children ? walk(n.children) : [];
      if (text.detail.includes(needle)) {
        matches++;
        out.push({ ...n, children: kids.length ? kids : undefined });
      } else if (kids.length) out.push({ ...n, children: kids });
    }
    return out;
  };
  const kept = walk(nodes);
  return { nodes: kept, matches };
}
