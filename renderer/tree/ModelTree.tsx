/**
 * The model tree: every element of the project by LMV band, with search and a kind filter. Pressing
 * an element selects it and, when it is on the active view, centres the canvas on it.
 */
import './tree.css';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ELEMENT_KINDS, type ElementKind } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { treeGroups, type TreeItem } from './treeModel';

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
export function ModelTree() {
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
