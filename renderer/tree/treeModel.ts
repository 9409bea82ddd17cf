/**
 * The model tree's content: every element grouped by LMV band, sorted by name, filtered by text and
 * kind. Built for 100,000-element projects: the sort is done once per document and patched for the
 * few elements an edit changes; the text a query is matched against is folded once per element
 * (and kept while the element object is unchanged), so a keystroke costs one `includes` per element.
 */
import { BANDS, bandOf, changedIds, type Band, type Element, type ElementKind, type LakarDocument } from '../../shared/model';
import { label, type Lang } from '../../shared/i18n';

export interface TreeGroup {
  band: Band;
  /** The band's number on the LMV (1 = users). */
  no: number;
  /** The band's elements that match, sorted by name. */
  items: readonly Element[];
  /** Elements of the band before filtering. */
  total: number;
}

type Table = LakarDocument['elements'];

/** Every element of the document (the one place the tree reads the element table). */
function elementTable(doc: LakarDocument): Table {
  return doc.elements;
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};
/** A collator per language (much faster than `localeCompare` on thousands of names). */
function collator(lang: Lang): Intl.Collator {
  return (collators[lang] ??= new Intl.Collator(lang));
}

/** The tree's order of elements within a band: by name in `lang`, then by id. */
export function byName(lang: Lang): (a: Element, b: Element) => number {
  const c = collator(lang);
  return (a, b) => c.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/** Fold case and Malay/English accents away for matching (plain ASCII, most names, skips the Unicode work). */
export function fold(s: string): string {
  return NOT_PLAIN_ASCII.test(s) ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : s.toLowerCase();
}

type Sorted = ReadonlyMap<Band, readonly Element[]>;

/** Above this many changed elements a fresh sort is cheaper than patching the previous one. */
const PATCH_LIMIT = 2000;

function sortAll(table: Table, lang: Lang): Sorted {
  const byBand = new Map<Band, Element[]>(BANDS.map((b) => [b, []]));
  for (const e of table.values()) byBand.get(bandOf(e.kind))!.push(e);
  const cmp = byName(lang);
  for (const list of byBand.values()) list.sort(cmp);
  return byBand;
}

/** Index of the first element of `list` that sorts after `e`. */
function insertionPoint(list: readonly Element[], e: Element, cmp: (a: Element, b: Element) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What an edit did to the element table it produced: the table before, and the ids it touched (null: unknown). */
const edits = new WeakMap<Table, { from: Table; ids: ReadonlySet<string> | null }>();

/**
 * Note a document change (the store's patches: paths into the document) so the next sort is patched
 * for the touched ids alone instead of scanning 100,000 keys to find them.
 */
export function noteEdit(before: LakarDocument, after: LakarDocument, patches: readonly { path: readonly (string | number)[] }[]): void {
  const from = elementTable(before);
  const to = elementTable(after);
  if (from === to) return;
  let ids: Set<string> | null = new Set();
  for (const { path: p } of patches) {
    if (p.length === 0 || (p[0] === 'elements' && p.length < 2)) {
      ids = null;
      break;
    }
    if (p[0] === 'elements') ids.add(String(p[1]));
  }
  edits.set(to, { from, ids });
}

/** The ids touched between table `prev` and `table` from noted edits (a few in a row), or null when not known. */
function editedSince(prev: Table, table: Table): Set<string> | null {
  const ids = new Set<string>();
  let t = table;
  for (let step = 0; step < 64 && t !== prev; step++) {
    const edit = edits.get(t);
    if (!edit?.ids) return null;
    for (const id of edit.ids) ids.add(id);
    if (ids.size > PATCH_LIMIT) return null;
    t = edit.from;
  }
  return t === prev ? ids : null;
}

/** The ids that differ between `prev` and `table` by scanning both. */
function scanChanges(prev: Table, table: Table): Set<string> | null {
  const ids = changedIds(prev, table);
  return ids.length > PATCH_LIMIT ? null : new Set(ids);
}

/**
 * The previous sort with the elements an edit touched taken out and put back in their place, or null
 * when so many changed that sorting afresh is cheaper.
 */
function patchSorted(prev: { table: Table; sorted: Sorted }, table: Table, lang: Lang): Sorted | null {
  const touched = editedSince(prev.table, table) ?? scanChanges(prev.table, table);
  if (!touched) return null;
  const cmp = byName(lang);
  const byBand = new Map<Band, Element[]>();
  for (const [band, list] of prev.sorted) byBand.set(band, [...list]);
  for (const id of touched) {
    const old = prev.table.get(id);
    if (!old) continue;
    const list = byBand.get(bandOf(old.kind))!;
    // the old element sits just before where it would be inserted
    let at = insertionPoint(list, old, cmp) - 1;
    if (list[at] !== old) at = list.indexOf(old);
    if (at >= 0) list.splice(at, 1);
  }
  for (const id of touched) {
    const e = table.get(id);
    if (!e) continue;
    const list = byBand.get(bandOf(e.kind))!;
    list.splice(insertionPoint(list, e, cmp), 0, e);
  }
  return byBand;
}

/** The last sort per language: a document edit usually changes a handful of elements. */
const lastSort: Partial<Record<Lang, { table: Table; sorted: Sorted }>> = {};

/** The document's elements by band (top to bottom), each band sorted by name then id. */
export function sortedByBand(doc: LakarDocument, lang: Lang): Sorted {
  const table = elementTable(doc);
  const prev = lastSort[lang];
  if (prev?.table === table) return prev.sorted;
  const sorted = (prev && patchSorted(prev, table, lang)) ?? sortAll(table, lang);
  lastSort[lang] = { table, sorted };
  return sorted;
}

/** Folded search text per element object, per language (the kind label is part of it). */
const searchTexts: Partial<Record<Lang, WeakMap<Element, string>>> = {};

/** What a query is matched against: the name, the kind's label and every text field, folded. */
export function searchText(e: Element, lang: Lang): string {
  const cache = (searchTexts[lang] ??= new WeakMap());
  let text = cache.get(e);
  if (text === undefined) {
    text = [e.name, label(lang, 'kind', e.kind), ...Object.values(e).filter((v): v is string => typeof v === 'string')].map(fold).join('\n');
    cache.set(e, text);
  }
  return text;
}

/**
 * Elements of `doc` by band (top to bottom), sorted by name. `query` matches the name, kind label,
 * or any text field value, ignoring case and accents; `kind` keeps one kind only.
 */
export function treeGroups(doc: LakarDocument, query: string, kind: ElementKind | '', lang: Lang): TreeGroup[] {
  const q = fold(query.trim());
  const sorted = sortedByBand(doc, lang);
  return BANDS.map((band, i) => {
    const all = sorted.get(band)!;
    const items = q || kind ? all.filter((e) => (!kind || e.kind === kind) && (!q || searchText(e, lang).includes(q))) : all;
    return { band, no: i + 1, items, total: all.length };
  });
}

/** Whether element `id` is drawn on view `viewId`. */
export function isOnView(doc: LakarDocument, viewId: string | null, id: string): boolean {
  const nodes = viewId ? doc.views[viewId]?.nodes : undefined;
  return !!nodes && Object.hasOwn(nodes, id);
}

/** Elements folded per idle slice when warming the search text. */
const WARM_SLICE = 2000;

/**
 * Fold every element's search text in idle slices after the tree is drawn, so the first keystroke
 * of a search on a large model does not fold 100,000 texts at once. Returns the cancel function.
 */
export function warmSearchTexts(doc: LakarDocument, lang: Lang, later: (run: () => void) => () => void): () => void {
  const lists = [...sortedByBand(doc, lang).values()];
  let band = 0;
  let i = 0;
  let cancel = () => {};
  const slice = () => {
    for (let n = 0; n < WARM_SLICE && band < lists.length; n++) {
      if (i >= lists[band].length) {
        band++;
        i = 0;
        continue;
      }
      searchText(lists[band][i++], lang);
    }
    if (band < lists.length) cancel = later(slice);
  };
  cancel = later(slice);
  return () => cancel();
}
