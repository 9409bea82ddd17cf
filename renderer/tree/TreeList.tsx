/**
 * The model tree's rows as an ARIA tree (band headings at level 1, elements at level 2) that renders
 * only the rows in view: a 100,000-element project draws a few dozen rows. Every rendered row says
 * its level, position and set size, so a screen reader knows the whole tree's shape. Keyboard: arrows,
 * Home/End, Page Up/Down, Left/Right to fold a band or go to it, Enter/Space to select, and typing
 * jumps to the next name that starts with the letters typed; the focused row is scrolled into view.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Band, Element, LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { isOnView } from './treeModel';
import { typeAhead, type TreeRow, type TreeRows } from './treeRows';
import { ROW_HEIGHT, useRowWindow } from './useRowWindow';

/** Letters typed within this time make one type-ahead prefix. */
const TYPE_AHEAD_MS = 600;

/** Select the element and, when it is on the active view, centre the canvas on it. */
function choose(e: Element, onView: boolean) {
  useEditor.getState().setSelection({ elements: [e.id], relations: [] });
  if (onView) useCanvas.getState().requestReveal(e.id);
}

export interface TreeLabels {
  tree: string;
  notOnView: string;
  emptyBand: string;
  band(band: Band): string;
  kind(kind: Element['kind']): string;
}

interface TreeListProps {
  rows: TreeRows;
  doc: LakarDocument;
  viewId: string | null;
  selected: ReadonlySet<string>;
  labels: TreeLabels;
  onToggle(band: Band): void;
}

const ElementRow = memo(function ElementRow(p: { index: number; element: Element; setSize: number; pos: number; selected: boolean; onView: boolean; tabbable: boolean; notOnView: string; kindLabel: string }) {
  const e = p.element;
  return (
    <div
      role="treeitem"
      className={`tree-row tree-item k-${e.kind}`}
      style={{ top: p.index * ROW_HEIGHT }}
      data-row={p.index}
      aria-level={2}
      aria-setsize={p.setSize}
      aria-posinset={p.pos + 1}
      aria-selected={p.selected}
      tabIndex={p.tabbable ? 0 : -1}
      title={p.kindLabel}
      onClick={() => choose(e, p.onView)}
    >
      <span className={`kind-dot k-${e.kind}`} aria-hidden="true" />
      <span className="tree-name">{e.name}</span>
      {!p.onView && <span className="tree-off">{p.notOnView}</span>}
    </div>
  );
});

function BandRow({ index, row, tabbable, labels, onToggle }: { index: number; row: Extract<TreeRow, { type: 'band' }>; tabbable: boolean; labels: TreeLabels; onToggle(band: Band): void }) {
  const { group } = row;
  const empty = group.items.length === 0;
  return (
    <div
      role="treeitem"
      className={`tree-row tree-band band-${group.band}`}
      style={{ top: index * ROW_HEIGHT }}
      data-row={index}
      aria-level={1}
      aria-setsize={row.setSize}
      aria-posinset={row.pos + 1}
      aria-expanded={empty ? undefined : row.open}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => !empty && onToggle(group.band)}
    >
      <span className="tree-twisty" aria-hidden="true" />
      <span className="palette-band-no">{group.no}</span>
      <span className="tree-name">{labels.band(group.band)}</span>
      <span className="muted">({group.items.length})</span>
      {empty && <span className="tree-off">{labels.emptyBand}</span>}
    </div>
  );
}

/** The lower-cased text type-ahead matches: the element's name or the band's label. */
function typeAheadText(row: TreeRow, labels: TreeLabels): string {
  return (row.type === 'band' ? labels.band(row.group.band) : row.element.name).toLowerCase();
}

/** The windowed ARIA tree of the model's rows. */
export function TreeList({ rows, doc, viewId, selected, labels, onToggle }: TreeListProps) {
  const treeRef = useRef<HTMLDivElement>(null);
  const { scroller, first, end, perPage, reveal } = useRowWindow(rows.count);
  // the focused row by key (it survives filtering and edits) and where it was last (found fast)
  const [focus, setFocus] = useState<{ key: string; hint: number } | null>(null);
  const focusAfterRender = useRef(false);
  const typed = useRef({ text: '', at: 0 });

  const focusIndex = useMemo(() => (focus ? rows.indexOf(focus.key, focus.hint) : -1), [rows, focus]);
  // the row Tab lands on: the focused one, else the first
  const active = focusIndex >= 0 ? focusIndex : 0;

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-row="${active}"]`)?.focus({ preventScroll: true });
  });

  // an element selected elsewhere (on the canvas) is scrolled into view, without taking focus; tried
  // once per selection and tree contents, so scrolling does not search 100,000 rows on every frame
  const selectedOne = selected.size === 1 ? selected.values().next().value! : null;
  const revealed = useRef<{ id: string | null; rows: TreeRows | null; found: boolean }>({ id: null, rows: null, found: false });
  useEffect(() => {
    const last = revealed.current;
    if (last.id === selectedOne && (last.found || last.rows === rows)) return;
    const i = selectedOne === null ? -1 : rows.indexOf(selectedOne);
    revealed.current = { id: selectedOne, rows, found: i >= 0 };
    if (i >= 0) reveal(i);
  });

  const moveTo = (index: number) => {
    if (rows.count === 0) return;
    const i = Math.max(0, Math.min(rows.count - 1, index));
    focusAfterRender.current = true;
    setFocus({ key: rows.keyAt(i), hint: i });
    reveal(i);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (rows.count === 0 || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const row = rows.at(active);
    let handled = true;
    switch (ev.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.count - 1);
        break;
      case 'PageDown':
        moveTo(active + perPage);
        break;
      case 'PageUp':
        moveTo(active - perPage);
        break;
      case 'ArrowRight':
        if (row.type === 'band' && row.group.items.length > 0) {
          if (row.open) moveTo(active + 1);
          else onToggle(row.group.band);
        }
        break;
      case 'ArrowLeft':
        if (row.type === 'element') moveTo(rows.headingOf(active));
        else if (row.open && row.group.items.length > 0) onToggle(row.group.band);
        break;
      case 'Enter':
      case ' ':
        if (row.type === 'element') choose(row.element, isOnView(doc, viewId, row.element.id));
        else if (row.group.items.length > 0) onToggle(row.group.band);
        break;
      default:
        handled = ev.key.length === 1 && ev.key !== ' ';
        if (handled) {
          const now = Date.now();
          const text = (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + ev.key.toLowerCase();
          typed.current = { text, at: now };
          // the first letter searches from the next row; letters typed quickly after it extend the prefix, matched from this row
          const from = text.length > 1 ? active - 1 : active;
          const found = typeAhead(rows, from, text, (r) => typeAheadText(r, labels));
          if (found >= 0) moveTo(found);
        }
    }
    if (handled) ev.preventDefault();
  };

  // a row focused by a click (or by Tab) is where the keyboard goes on from
  const onFocus = (ev: FocusEvent<HTMLDivElement>) => {
    const i = Number((ev.target as HTMLElement).dataset.row);
    if (!Number.isInteger(i) || i >= rows.count) return;
    setFocus((f) => (f?.hint === i ? f : { key: rows.keyAt(i), hint: i }));
  };

  const indices: number[] = [];
  for (let i = first; i < end; i++) indices.push(i);
  // the focused row stays in the DOM when scrolled away, so keyboard focus is never dropped
  if (rows.count > 0 && (active < first || active >= end)) indices.push(active);

  return (
    <div className="tree-scroll" ref={scroller}>
      <div ref={treeRef} role="tree" aria-label={labels.tree} aria-multiselectable="true" className="tree-rows" style={{ height: rows.count * ROW_HEIGHT }} onKeyDown={onKeyDown} onFocus={onFocus}>
        {indices.map((i) => {
          const row = rows.at(i);
          if (row.type === 'band') return <BandRow key={`band:${row.group.band}`} index={i} row={row} tabbable={i === active} labels={labels} onToggle={onToggle} />;
          const e = row.element;
          return (
            <ElementRow
              key={e.id}
              index={i}
              element={e}
              setSize={row.group.items.length}
              pos={row.pos}
              selected={selected.has(e.id)}
              onView={isOnView(doc, viewId, e.id)}
              tabbable={i === active}
              notOnView={labels.notOnView}
              kindLabel={labels.kind(e.kind)}
            />
          );
        })}
      </div>
    </div>
  );
}
