/** The model tree's content: every element grouped by LMV band, filtered by text and kind. */
import { BANDS, bandOf, type Band, type ElementKind, type LakarDocument } from '../../shared/model';
import { label, type Lang } from '../../shared/i18n';

export interface TreeItem {
  id: string;
  name: string;
  kind: ElementKind;
  /** Shown on the active view. */
  onView: boolean;
}

export interface TreeGroup {
  band: Band;
  no: number;
  items: TreeItem[];
  /** Elements of the band before filtering. */
  total: number;
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};
/** A collator per language (much faster than `localeCompare` on thousands of names). */
function collator(lang: Lang): Intl.Collator {
  return (collators[lang] ??= new Intl.Collator(lang));
}

/** Fold case and Malay/English accents away for matching. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Elements of `doc` by band (top to bottom), sorted by name. `query` matches the name, kind label,
 * or any text field value; `kind` keeps one kind only.
 */
export function treeGroups(doc: LakarDocument, viewId: string | null, query: string, kind: ElementKind | '', lang: Lang): TreeGroup[] {
  const q = fold(query.trim());
  const nodes = viewId ? (doc.views[viewId]?.nodes ?? {}) : {};
  const groups = new Map<Band, TreeGroup>(BANDS.map((band, i) => [band, { band, no: i + 1, items: [], total: 0 }]));
  for (const e of Object.values(doc.elements)) {
    const g = groups.get(bandOf(e.kind))!;
    g.total++;
    if (kind && e.kind !== kind) continue;
    if (q) {
      const text = [e.name, label(lang, 'kind', e.kind), ...Object.values(e).filter((v): v is string => typeof v === 'string')].join(' ');
      if (!fold(text).includes(q)) continue;
    }
    g.items.push({ id: e.id, name: e.name, kind: e.kind, onView: !!nodes[e.id] });
  }
  const c = collator(lang);
  for (const g of groups.values()) g.items.sort((a, b) => c.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  return [...groups.values()];
}
