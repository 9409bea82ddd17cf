/**
 * The views of the project as tabs above the canvas: switch, add, rename (double-click or F2) and
 * remove. Each view has its own node positions; the model behind them is shared.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, sortedViews } from '../../shared/model';
import { useEditor } from '../state/editor';

function nextViewName(existing: string[], base: string): string {
  let n = existing.length + 1;
  while (existing.includes(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/** Add an empty view after the others and switch to it. */
export function addView(baseName: string): void {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc) return;
  const views = sortedViews(doc);
  const id = newId('view');
  const order = Math.max(-1, ...views.map((v) => v.order)) + 1;
  if (s.dispatch('view.add', { view: { id, name: nextViewName(views.map((v) => v.name), baseName), order, nodes: {} } })) s.setActiveView(id);
}

/** Remove a view (never the last one) and show a neighbour. */
export function removeView(viewId: string): void {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc) return;
  const views = sortedViews(doc);
  const i = views.findIndex((v) => v.id === viewId);
  if (!s.dispatch('view.remove', { id: viewId })) return;
  const next = views[i + 1] ?? views[i - 1];
  if (next && s.activeViewId === viewId) s.setActiveView(next.id);
}

/** Move a view one place left (-1) or right (+1) among the tabs. */
export function moveView(viewId: string, step: -1 | 1): void {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc) return;
  const ids = sortedViews(doc).map((v) => v.id);
  const i = ids.indexOf(viewId);
  const j = i + step;
  if (i < 0 || j < 0 || j >= ids.length) return;
  [ids[i], ids[j]] = [ids[j], ids[i]];
  s.dispatch('view.reorder', { ids });
}

/** The view tab strip. */
export function ViewTabs() {
  const { t } = useTranslation('canvas');
  const views = useEditor((s) => (s.history ? s.history.doc.views : null));
  const active = useEditor((s) => s.activeViewId);
  const setActive = useEditor((s) => s.setActiveView);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  if (!views) return null;
  const list = Object.values(views).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

  const startRename = (id: string) => {
    setEditing(id);
    setDraft(views[id].name);
    setError(false);
  };
  const commit = () => {
    if (!editing) return;
    if (draft.trim() === views[editing]?.name) return setEditing(null);
    const err = useEditor.getState().tryDispatch('view.rename', { id: editing, name: draft });
    if (err) return setError(true);
    setEditing(null);
  };
  const onTabKey = (e: KeyboardEvent, id: string, i: number) => {
    if (e.key === 'F2') return startRename(id);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const v = list[(next + list.length) % list.length];
    setActive(v.id);
    document.getElementById(`view-tab-${v.id}`)?.focus();
  };

  return (
    <div className="view-tabs">
      <div role="tablist" aria-label={t('views.label')} className="view-tablist">
        {list.map((v, i) =>
          editing === v.id ? (
            <span key={v.id} className="view-rename">
              <input
                autoFocus
                value={draft}
                aria-label={t('views.rename')}
                aria-invalid={error}
                aria-describedby={error ? 'view-rename-error' : undefined}
                onChange={(e) => setDraft(e.target.value)}
                onBlur={commit}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commit();
                  if (e.key === 'Escape') setEditing(null);
                }}
              />
              {error && (
                <span id="view-rename-error" className="field-error">
                  {t('validation.nameRequired')}
                </span>
              )}
            </span>
          ) : (
            <button
              key={v.id}
              id={`view-tab-${v.id}`}
              type="button"
              role="tab"
              aria-selected={v.id === active}
              tabIndex={v.id === active ? 0 : -1}
              className="view-tab"
              onClick={() => setActive(v.id)}
              onDoubleClick={() => startRename(v.id)}
              onKeyDown={(e) => onTabKey(e, v.id, i)}
              title={t('views.renameHint')}
            >
              {v.name}
            </button>
          ),
        )}
      </div>
      <button type="button" className="btn btn-quiet btn-small" onClick={() => addView(t('views.defaultName'))}>
        + {t('views.add')}
      </button>
      {active && (
        <>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => startRename(active)}>
            {t('views.renameAction')}
          </button>
          <button type="button" className="btn btn-quiet btn-small" disabled={list.length < 2} onClick={() => removeView(active)}>
            {t('views.remove')}
          </button>
        </>
      )}
    </div>
  );
}
