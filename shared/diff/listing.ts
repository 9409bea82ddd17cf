/**
 * A whole document as a stable, readable listing, one entity per block, for `lakar diff --textconv`:
 * git diffs two listings line by line, so `git diff` and `git log -p` of a `.lakar` project read like
 * the model ("Kaedah integrasi: MyGDX") instead of binary or JSON. Stable: blocks sorted by band and
 * id (a rename changes one line, it does not move the block), every field printed whole, unknown
 * fields under their own names.
 */
import type { Lang } from '../i18n';
import { ELEMENT_KINDS } from '../model/kinds';
import { formatValue, subjectOf, type DescribeContext } from './describe';
import { fieldLabel, fieldRank } from './labels';
import { collectionsOf, entityLookup, forEachLeaf, PROJECT_ENTITY, projectEntity } from './structure';

const TITLES: Record<Lang, Record<string, string>> = {
  ms: { project: 'Maklumat projek', elements: 'Unsur', relations: 'Hubungan', views: 'Paparan' },
  en: { project: 'Project information', elements: 'Elements', relations: 'Relations', views: 'Views' },
};

/** Members shown in a block's heading rather than as fields. */
const IN_HEADING: Record<string, readonly string[]> = {
  elements: ['id', 'kind', 'name'],
  relations: ['id', 'kind', 'source', 'target'],
  views: ['id', 'name'],
};

const KIND_ORDER = new Map(ELEMENT_KINDS.map((k, i) => [k.kind as string, i]));

function sortKey(collection: string, id: string, e: Record<string, unknown>): string {
  if (collection === 'elements') return `${String(KIND_ORDER.get(String(e.kind)) ?? 99).padStart(2, '0')} ${id}`;
  if (collection === 'relations') return `${String(e.kind)} ${id}`;
  if (collection === 'views') return `${String(e.order ?? 0).padStart(6, '0')} ${id}`;
  return id;
}

/** Field lines of entities, with labels and element names looked up once per document. */
class FieldLines {
  private readonly labels = new Map<string, string>();
  private readonly nodeNames = new Map<string, string>();

  constructor(private readonly ctx: DescribeContext) {}

  private label(collection: string, path: readonly string[]): string {
    // most fields are one level deep: key them without building a string per field
    const key = path.length === 1 ? `${collection}\u0000${path[0]}` : `${collection}\u0000${path.join('\u0000')}`;
    let text = this.labels.get(key);
    if (text === undefined) this.labels.set(key, (text = fieldLabel(collection, path, this.ctx.lang)));
    return text;
  }

  private nodeName(id: string): string {
    let text = this.nodeNames.get(id);
    if (text === undefined) this.nodeNames.set(id, (text = subjectOf(this.ctx, 'elements', id)));
    return text;
  }

  /** The field lines of one entity, indented, appended to `out`. */
  add(out: string[], collection: string, entity: unknown, skip: readonly string[]): void {
    const kind = (entity as { kind?: string }).kind;
    const leaves: { path: string[]; value: unknown; rank: [number, string] }[] = [];
    forEachLeaf(collection, entity, (path, value) => {
      if (path.length === 1 && skip.includes(path[0])) return;
      leaves.push({ path: [...path], value, rank: fieldRank(collection, path) });
    });
    // stable sort: members of one field (a view's nodes, already in id order) keep their order
    leaves.sort((a, b) => a.rank[0] - b.rank[0] || (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0));
    for (const { path, value } of leaves) {
      const what = collection === 'views' && path[0] === 'nodes' && path.length === 2 ? this.nodeName(path[1]) : this.label(collection, path);
      out.push(`  ${what}: ${formatValue(this.ctx, collection, kind, path, value)}`);
    }
  }
}

/** `doc` as a listing in `lang` (text ending with a newline). */
export function documentListing(doc: object, lang: Lang): string {
  const ctx: DescribeContext = { lang, before: doc, after: doc, full: true };
  const titles = TITLES[lang];
  const collections = collectionsOf(doc);
  const project = projectEntity(doc, collections);
  const lines: string[] = [`# Lakar: ${String((project.meta as { title?: string } | undefined)?.title ?? '')}`, '', `## ${titles.project}`];
  const fields = new FieldLines(ctx);
  fields.add(lines, PROJECT_ENTITY, project, []);
  for (const c of collections) {
    // read where they are: a table turned into a record cost ~15 ms of a 10,000-element listing
    const entities = entityLookup(doc, c);
    const ids = [...entities.keys()]
      .map((id) => [sortKey(c, id, entities.get(id)!), id] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, id]) => id);
    lines.push('', `## ${titles[c] ?? c} (${ids.length})`);
    for (const id of ids) {
      const e = entities.get(id)!;
      lines.push(`${subjectOf(ctx, c, id)} [${id}]`);
      // nodes in id order: how a file happens to store them must not show as a change
      const nodes = c === 'views' && e.nodes && typeof e.nodes === 'object' ? (e.nodes as Record<string, unknown>) : null;
      const shown = nodes ? { ...e, nodes: Object.fromEntries(Object.keys(nodes).sort().map((k) => [k, nodes[k]])) } : e;
      fields.add(lines, c, shown, IN_HEADING[c] ?? ['id']);
    }
  }
  return `${lines.join('\n')}\n`;
}
