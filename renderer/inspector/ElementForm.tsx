/**
 * Inspector of one element: all its fields, its relations (select one, or connect to another
 * element from the keyboard), which views show it, and delete.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { BANDS, bandOf, relationsOf, sortedViews, type Element, type LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';
import { ModelEdits } from './ModelEdits';
import { connectElements } from '../canvas/actions';
import { deleteSelectionFromModel } from '../canvas/interact/editActions';
import { useInteract } from '../canvas/interact/interactStore';
import { useCanvas } from '../canvas/canvasStore';
import { ELEMENT_FIELDS } from './fields';
import { SpecFields } from './SpecFields';
import { ElementPicker } from './ElementPicker';
import { fieldErrors } from './validation';
import type { Commit } from './widgets';

/** Commit function of element field `key`: one undo step per burst of typing in that field. */
export function elementCommit(id: string, t: TFunction): (key: string) => Commit {
  return (key) => (value) => {
    const err = useEditor.getState().tryDispatch('element.update', { id, patch: { [key]: value } }, { mergeKey: `element:${id}:${key}` });
    return err ? fieldErrors(err, t) : null;
  };
}

function RelationsSection({ element, doc }: { element: Element; doc: LakarDocument }) {
  const { t } = useTranslation('canvas');
  const [chosen, setTarget] = useState('');
  // the chosen element gone (an Undo took away the element just added): forget it, rather than show
  // "… (tidak dikenali)" beside a Sambung button that could only fail
  const target = chosen && doc.elements.has(chosen) ? chosen : '';
  if (target !== chosen) setTarget('');
  const rels = relationsOf(doc, element.id);
  // every other element, band by band then by name, as the old <select> grouped them; the picker lists only matches
  const groupOf = useCallback((e: Element) => (e.id === element.id ? -1 : BANDS.indexOf(bandOf(e.kind))), [element.id]);
  const bandLabel = useCallback((band: number) => t(`domain:band.${BANDS[band]}`), [t]);
  return (
    <section className="inspector-section" aria-labelledby="insp-rel-title">
      <h3 id="insp-rel-title">{t('inspector.relations')}</h3>
      {rels.length === 0 ? (
        <p className="field-hint">{t('inspector.noRelations')}</p>
      ) : (
        <ul className="relation-list">
          {rels.map((r) => {
            const other = doc.elements.get(r.source === element.id ? r.target : r.source);
            const out = r.source === element.id;
            return (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => useEditor.getState().setSelection({ elements: [], relations: [r.id] })}>
                  {t(`domain:relation.${r.kind}`)} {out ? '→' : '←'} {other?.name}
                  {r.kind === 'dataFlow' && r.method ? ` (${t(`domain:flowMethod.${r.method}`)})` : ''}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ModelEdits>
        <div className="connect-row">
          <div className="field">
            <label htmlFor="insp-connect">{t('inspector.connectTo')}</label>
            <ElementPicker id="insp-connect" doc={doc} groupOf={groupOf} groupLabel={bandLabel} value={target || undefined} onChoose={(id) => setTarget(id ?? '')} />
          </div>
          <button
            type="button"
            className="btn btn-small"
            disabled={!target}
            onClick={() => {
              connectElements(element.id, target);
              setTarget('');
            }}
          >
            {t('inspector.connect')}
          </button>
        </div>
      </ModelEdits>
    </section>
  );
}

function ViewsSection({ element, doc }: { element: Element; doc: LakarDocument }) {
  const { t } = useTranslation('canvas');
  const activeViewId = useEditor((s) => s.activeViewId);
  const views = sortedViews(doc);
  const onActive = activeViewId ? !!doc.views[activeViewId]?.nodes[element.id] : false;
  return (
    <section className="inspector-section" aria-labelledby="insp-views-title">
      <h3 id="insp-views-title">{t('inspector.views')}</h3>
      <ul className="relation-list">
        {views
          .filter((v) => v.nodes[element.id])
          .map((v) => (
            <li key={v.id}>{v.name}</li>
          ))}
      </ul>
      <ModelEdits>
        {activeViewId &&
          (onActive ? (
            <button type="button" className="btn btn-small" onClick={() => useEditor.getState().dispatch('view.hideElements', { viewId: activeViewId, ids: [element.id] })}>
              {t('inspector.hideFromView')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                if (useEditor.getState().dispatch('view.placeElements', { viewId: activeViewId, ids: [element.id] })) useCanvas.getState().requestReveal(element.id);
              }}
            >
              {t('inspector.placeOnView')}
            </button>
          ))}
      </ModelEdits>
    </section>
  );
}

/** Everything about one element. */
export function ElementForm({ element, doc }: { element: Element; doc: LakarDocument }) {
  const { t } = useTranslation('canvas');
  const commitFor = useMemo(() => elementCommit(element.id, t), [element.id, t]);
  const band = bandOf(element.kind);
  // a new element's name takes focus (text selected), so the user types its name straight away
  const form = useRef<HTMLDivElement>(null);
  const focusName = useInteract((s) => s.focusName);
  useEffect(() => {
    if (focusName !== element.id) return;
    useInteract.getState().requestNameFocus(null);
    const input = form.current?.querySelector<HTMLInputElement>('input[type="text"]');
    input?.focus();
    input?.select();
  }, [focusName, element.id]);
  return (
    <div className="inspector-form" ref={form}>
      <header className="inspector-head">
        <p className="inspector-kind">
          <span className={`kind-dot k-${element.kind}`} aria-hidden="true" />
          {t(`domain:kind.${element.kind}`)} · {BANDS.indexOf(band) + 1} {t(`domain:band.${band}`)}
        </p>
        <h2 className="inspector-title">{element.name}</h2>
      </header>
      <ModelEdits>
        <SpecFields specs={ELEMENT_FIELDS[element.kind]} target={element as unknown as Record<string, unknown>} commitFor={commitFor} doc={doc} selfId={element.id} findingsOf="element" />
      </ModelEdits>
      <RelationsSection element={element} doc={doc} />
      <ViewsSection element={element} doc={doc} />
      <ModelEdits>
        <div className="inspector-actions">
          <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => void deleteSelectionFromModel()}>
            {t('inspector.deleteElement')}
          </button>
        </div>
      </ModelEdits>
    </div>
  );
}
