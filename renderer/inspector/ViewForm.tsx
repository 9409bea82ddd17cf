/**
 * Inspector when no single element or relation is selected: the active view (name, what it shows,
 * elements of the model not yet on it) or a summary of a multiple selection.
 */
import { boxIds } from '../../shared/model/boxes-record';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bandLayout, sortedViews, type LakarDocument, type View } from '../../shared/model';
import { ALIGN_MODES } from '../../shared/commands';
import { useEditor } from '../state/editor';
import { alignSelection, distributeSelection } from '../canvas/actions';
import { deleteSelectionFromModel } from '../canvas/interact/editActions';
import { moveView } from '../canvas/ViewTabs';
import { FieldNotes, NumberInput, TextInput } from './widgets';
import { fieldErrors } from './validation';
import { MultiEditFields } from './MultiEdit';
import { countNotOnView, notOnView } from './notOnView';

/** Elements not on the view listed at first, and more at each "show more": at 100,000 elements listing them all at once drew tens of thousands of rows. */
const SHOW_MISSING = 50;

/** As-Is/To-Be state of the view and, for a view imported from another tool, the choice to treat it as an LMV. */
function ViewMarks({ view }: { view: View }) {
  const { t } = useTranslation('canvas');
  const dispatch = useEditor((s) => s.dispatch);
  return (
    <>
      <div className="field">
        <label htmlFor={`view-state-${view.id}`}>{t('inspector.viewState')}</label>
        <select id={`view-state-${view.id}`} value={view.state ?? 'toBe'} aria-describedby={`view-state-${view.id}-hint`} onChange={(e) => dispatch('view.setState', { id: view.id, state: e.target.value })}>
          <option value="toBe">{t('domain:viewState.toBe')}</option>
          <option value="asIs">{t('domain:viewState.asIs')}</option>
        </select>
        <FieldNotes id={`view-state-${view.id}`} hint={t('inspector.viewStateHint')} />
      </div>
      {view.imported && (
        <div className="field">
          <p className="field-hint">{t('inspector.importedView', { viewpoint: view.imported.viewpoint || t('inspector.noViewpoint') })}</p>
          <button type="button" className="btn btn-small" onClick={() => dispatch('view.acceptAsLmv', { id: view.id })}>
            {t('inspector.acceptAsLmv')}
          </button>
        </div>
      )}
    </>
  );
}

/** The active view. */
export function ViewForm({ view, doc }: { view: View; doc: LakarDocument }) {
  const { t, i18n } = useTranslation('canvas');
  const lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  // how many of the elements not on the view are listed, for the view it was set on (another view starts again at SHOW_MISSING)
  const [paging, setPaging] = useState({ viewId: view.id, count: SHOW_MISSING });
  const limit = paging.viewId === view.id ? paging.count : SHOW_MISSING;
  const number = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'ms-MY');
  // counted from the view's boxes, and the first few read off the tree's sort (notOnView.ts): showing a
  // view no longer walks and sorts the whole model
  const missingCount = useMemo(() => countNotOnView(doc.elements, view.nodes), [doc.elements, view.nodes]);
  const shown = useMemo(() => notOnView(doc, view.nodes, lang, limit), [doc, view.nodes, lang, limit]);
  const place = (ids: string[]) => useEditor.getState().dispatch('view.placeElements', { viewId: view.id, ids });
  // the button pressed leaves the list (placed, or 'Show more' done with the last page): the focus goes to the place button
  // at `focusAt` (the one that followed, the first newly shown, or the last), or to the heading once
  // none is left, rather than to the page, where the next Tab started again from the top
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>(':scope > li > button');
    (buttons?.length ? buttons[Math.min(at, buttons.length - 1)] : headingRef.current)?.focus();
  });
  const placeAndFocus = (ids: string[], at: number) => {
    if (place(ids)) focusAt.current = at;
  };
  return (
    <div className="inspector-form">
      <header className="inspector-head">
        <p className="inspector-kind">{t('inspector.view')}</p>
        <h2 className="inspector-title">{view.name}</h2>
      </header>
      <TextInput
        key={view.id}
        label={t('field.viewName')}
        path="name"
        required
        value={view.name}
        commit={(value) => {
          const err = useEditor.getState().tryDispatch('view.rename', { id: view.id, name: value ?? '' }, { mergeKey: `view:${view.id}:name` });
          return err ? fieldErrors(err, t) : null;
        }}
      />
      <p className="field-hint">{t('inspector.viewCounts', { elements: boxIds(view.nodes).length, total: doc.elements.size })}</p>
      <ViewMarks view={view} />
      {Object.keys(doc.views).length > 1 && (
        <div className="button-row">
          <button type="button" className="btn btn-small" disabled={sortedViews(doc)[0].id === view.id} onClick={() => moveView(view.id, -1)}>
            {t('inspector.viewLeft')}
          </button>
          <button type="button" className="btn btn-small" disabled={sortedViews(doc).at(-1)!.id === view.id} onClick={() => moveView(view.id, 1)}>
            {t('inspector.viewRight')}
          </button>
        </div>
      )}
      <details className="inspector-section band-heights">
        <summary>{t('inspector.bandHeights')}</summary>
        {bandLayout(view).map((b) => (
          <NumberInput
            key={b.band}
            label={`${b.index + 1} ${t(`domain:band.${b.band}`)}`}
            unit="px"
            path="height"
            value={b.height}
            commit={(value) => {
              const err = useEditor.getState().tryDispatch('view.resizeBand', { viewId: view.id, band: b.index, height: value }, { mergeKey: `view:${view.id}:band:${b.index}` });
              return err ? fieldErrors(err, t) : null;
            }}
          />
        ))}
      </details>
      <section className="inspector-section" aria-labelledby="insp-missing-title">
        <h3 id="insp-missing-title" ref={headingRef} tabIndex={-1}>
          {t('inspector.notOnView')}
        </h3>
        {missingCount === 0 ? (
          <p className="field-hint">{t('inspector.allOnView')}</p>
        ) : (
          <>
            <button type="button" className="btn btn-small" onClick={() => placeAndFocus(notOnView(doc, view.nodes, lang).map((e) => e.id), 0)}>
              {t('inspector.placeAll', { count: missingCount })}
            </button>
            <ul className="relation-list" ref={listRef}>
              {shown.map((e, i) => (
                <li key={e.id} className="missing-row">
                  <span>
                    {e.name} <span className="muted">({t(`domain:kind.${e.kind}`)})</span>
                  </span>
                  <button type="button" className="btn btn-quiet btn-small" onClick={() => placeAndFocus([e.id], i)} aria-label={t('inspector.placeOne', { name: e.name })}>
                    {t('inspector.place')}
                  </button>
                </li>
              ))}
            </ul>
            {shown.length < missingCount && (
              <div className="missing-more">
                <p id="insp-missing-shown" className="field-hint">
                  {t('inspector.shownOf', { shown: number(shown.length), total: number(missingCount) })}
                </p>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-describedby="insp-missing-shown"
                  onClick={() => {
                    // the focus goes on to the first of those newly listed
                    focusAt.current = shown.length;
                    setPaging({ viewId: view.id, count: limit + SHOW_MISSING });
                  }}
                >
                  {t('inspector.showMore', { count: Math.min(SHOW_MISSING, missingCount - shown.length) })}
                </button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}

/** Several elements and/or relations selected: their shared fields, arranging, delete. */
export function MultiForm({ doc, elementIds, relationIds }: { doc: LakarDocument; elementIds: string[]; relationIds: string[] }) {
  const { t } = useTranslation('canvas');
  const elements = elementIds.length;
  const relations = relationIds.length;
  return (
    <div className="inspector-form">
      <header className="inspector-head">
        <h2 className="inspector-title">{t('inspector.multi', { elements, relations })}</h2>
      </header>
      <MultiEditFields doc={doc} elements={elementIds} relations={relationIds} />
      {elements >= 2 && (
        <section className="inspector-section" aria-labelledby="insp-align-title">
          <h3 id="insp-align-title">{t('toolbar.arrange')}</h3>
          <div className="button-grid">
            {ALIGN_MODES.map((m) => (
              <button key={m} type="button" className="btn btn-small" onClick={() => alignSelection(m)}>
                {t(`toolbar.align.${m}`)}
              </button>
            ))}
            <button type="button" className="btn btn-small" disabled={elements < 3} onClick={() => distributeSelection('horizontal')}>
              {t('toolbar.distribute.horizontal')}
            </button>
            <button type="button" className="btn btn-small" disabled={elements < 3} onClick={() => distributeSelection('vertical')}>
              {t('toolbar.distribute.vertical')}
            </button>
          </div>
        </section>
      )}
      <div className="inspector-actions">
        <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void deleteSelectionFromModel()}>
          {t('inspector.deleteSelection')}
        </button>
      </div>
    </div>
  );
}
