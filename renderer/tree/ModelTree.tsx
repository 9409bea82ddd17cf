/**
 * The model tree: every element of the project by LMV band, with search and a kind filter. Pressing
 * an element selects it and, when it is on the active view, centres the canvas on it. Only the rows
 * in view are drawn (TreeList), so a 100,000-element project stays responsive.
 */
import './tree.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ELEMENT_KINDS, type Band, type ElementKind } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import { onDocChange, useEditor } from '../state/editor';
import { noteEdit, treeGroups, warmSearchTexts } from './treeModel';
import { treeRows } from './treeRows';
import { TreeList, type TreeLabels } from './TreeList';

/** Run `fn` when the browser is idle (or soon, where it has no idle callback); returns the cancel function. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

/** The model tree panel (renders nothing without an open project). */
export function ModelTree() {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const doc = useEditor((s) => s.history?.doc ?? null);
  const viewId = useEditor((s) => s.activeViewId);
  const selected = useEditor((s) => s.selection.elements);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<ElementKind | ''>('');
  const [closed, setClosed] = useState<ReadonlySet<Band>>(new Set());
  // typing stays immediate while the tree filters behind it
  const deferredQuery = useDeferredValue(query);
  // the tree catches up after an edit has been drawn on the canvas (it lists every element)
  const deferredDoc = useDeferredValue(doc);
  const groups = useMemo(() => (deferredDoc ? treeGroups(deferredDoc, deferredQuery, kind, lang) : []), [deferredDoc, deferredQuery, kind, lang]);
  const filtering = !!deferredQuery.trim() || !!kind;
  const shown = useMemo(() => (filtering ? groups.filter((g) => g.items.length > 0) : groups), [groups, filtering]);
  const rows = useMemo(() => treeRows(shown, closed), [shown, closed]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  // an edit's patches name the elements it touched: the tree re-sorts those only
  useEffect(() => onDocChange((c) => noteEdit(c.before, c.after, c.patches)), []);
  // the first search keystroke on a large model should not fold every element's text at once
  useEffect(() => (deferredDoc ? warmSearchTexts(deferredDoc, lang, whenIdle) : undefined), [deferredDoc, lang]);
  const onToggle = useCallback((band: Band) => setClosed((c) => (c.has(band) ? new Set([...c].filter((b) => b !== band)) : new Set([...c, band]))), []);
  const labels = useMemo<TreeLabels>(
    () => ({
      tree: t('tree.rows'),
      notOnView: t('tree.notOnView'),
      emptyBand: t('tree.emptyBand'),
      band: (b) => t(`domain:band.${b}`),
      kind: (k) => t(`domain:kind.${k}`),
    }),
    [t],
  );
  if (!doc || !deferredDoc) return null;
  const total = groups.reduce((s, g) => s + g.total, 0);
  const found = groups.reduce((s, g) => s + g.items.length, 0);
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
        {filtering ? t('tree.found', { found, total }) : t('tree.count', { total })}
      </p>
      <TreeList rows={rows} doc={deferredDoc} viewId={viewId} selected={selectedSet} labels={labels} onToggle={onToggle} />
    </section>
  );
}
