/**
 * Benchmark baseline: the model tree as it was before windowing (issue 18), kept verbatim so the
 * bench measures before and after in the same run. It drew up to 200 rows per band as buttons,
 * sorted every element and folded every element's text on each query. Not used by the app.
 */
import './treeBefore.css';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANDS, bandOf, ELEMENT_KINDS, type Band, type ElementKind, type LakarDocument } from '../../shared/model';
import { label, type Lang } from '../../shared/i18n';
import { useEditor } from '../../renderer/state/editor';
import { useCanvas } from '../../renderer/canvas/canvasStore';

interface TreeItem {
  id: string;
  name: string;
  kind: ElementKind;
  /** Shown on the active view. */
  onView: boolean;
}

interface TreeGroup {
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
function treeGroups(doc: LakarDocument, viewId: string | null, query: string, kind: ElementKind | '', lang: Lang): TreeGroup[] {
  const q = fold(query.trim());
  const nodes = viewId ? (doc.views[viewId]?.nodes ?? {}) : {};
  const groups = new Map<Band, TreeGroup>(BANDS.map((band, i) => [band, { band, no: i + 1, items: [], total: 0 }]));
  for (const e of doc.elements.values()) {
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

/** Rows shown per band before "show all" (keeps huge imported models responsive). */
const PAGE = 200;

function choose(item: TreeItem) {
  useEditor.getState().setSelection({ elements: [item.id], relations: [] });
  if (item.onView) useCanvas.getState().requestReveal(item.id);
}

const Row = memo(function Row({ item, selected, notOnView, kindLabel }: { item: TreeItem; selected: boolean; notOnView: string; kindLabel: string }) {
  return (
    <li>
      <button type="button" className={`tree-item k-${item.kind}`} aria-current={selected || undefined} onClick={() => choose(item)} title={kindLabel}>
        <span className={`kind-dot k-${item.kind}`} aria-hidden="true" />
        <span className="tree-name">{item.name}</span>
        {!item.onView && <span className="tree-off">{notOnView}</span>}
      </button>
    </li>
  );
});

/** The model tree panel (renders nothing without an open project). */
export function ModelTreeBefore() {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const doc = useEditor((s) => s.history?.doc ?? null);
  const viewId = useEditor((s) => s.activeViewId);
  const selected = useEditor((s) => s.selection.elements);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ElementKind | ''>('');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const deferredQuery = useDeferredValue(query);
  // the tree catches up after an edit has been drawn on the canvas (it lists every element)
  const deferredDoc = useDeferredValue(doc);
  const groups = useMemo(() => (deferredDoc ? treeGroups(deferredDoc, viewId, deferredQuery, kind, lang) : []), [deferredDoc, viewId, deferredQuery, kind, lang]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  if (!doc) return null;
  const total = groups.reduce((s, g) => s + g.total, 0);
  const found = groups.reduce((s, g) => s + g.items.length, 0);
  const notOnView = t('tree.notOnView');
  return (
    <section className="lmv-tree" aria-labelledby="tree-title">
      <div className="side-head">
        <h2 id="tree-title">{t('tree.title')}</h2>
        <input type="search" className="side-search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('tree.search')} aria-label={t('tree.search')} />
        <select className="side-filter" value={kind} onChange={(e) => setKind(e.target.value as ElementKind | '')} aria-label={t('tree.kindFilter')}>
          <option value="">{t('tree.allKinds')}</option>
          {ELEMENT_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(`domain:kind.${k.kind}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="side-hint" aria-live="polite">
        {query || kind ? t('tree.found', { found, total }) : t('tree.count', { total })}
      </p>
      {groups
        .filter((g) => g.items.length > 0 || (!query && !kind))
        .map((g) => {
          const all = expanded.has(g.band);
          const items = all ? g.items : g.items.slice(0, PAGE);
          return (
            <details key={g.band} className={`tree-group band-${g.band}`} open>
              <summary>
                <span className="palette-band-no">{g.no}</span> {t(`domain:band.${g.band}`)} <span className="muted">({g.items.length})</span>
              </summary>
              {g.items.length === 0 ? (
                <p className="side-empty">{t('tree.emptyBand')}</p>
              ) : (
                <ul className="tree-list" aria-label={t(`domain:band.${g.band}`)}>
                  {items.map((item) => (
                    <Row key={item.id} item={item} selected={selectedSet.has(item.id)} notOnView={notOnView} kindLabel={t(`domain:kind.${item.kind}`)} />
                  ))}
                </ul>
              )}
              {!all && g.items.length > PAGE && (
                <button type="button" className="btn btn-quiet btn-small" onClick={() => setExpanded(new Set([...expanded, g.band]))}>
                  {t('tree.showAll', { count: g.items.length })}
                </button>
              )}
            </details>
          );
        })}
    </section>
  );
}
