/**
 * The bottom panel of File › Compare with… and File › Merge from…. Comparing: every difference from
 * the other copy to the open project in planner's words, each a button that selects and centres it
 * on the canvas (where the overlay marks it). Merging: pick their copy and the common ancestor, then
 * the conflict screen: each conflict with both sides' values side by side, answered mine / theirs /
 * an edited value, one by one or all at once, then one Merge button (one undo step). Renders nothing
 * when neither is under way.
 */
import './compare.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityChange } from '../../shared/diff';
import type { DescribedConflict } from '../../shared/merge';
import { errorMessage } from '../shell/Toasts';
import { useEditor } from '../state/editor';
import { answer, answerAll, applyMerge, canEdit, cancelPick, closeCompare, pickForMerge, placeOf, showOnCanvas } from './actions';
import { useCompare, type Answer } from './compareStore';
import { useComparison, useMergePreview, type Comparison } from './useComparison';
import { CompareLegend, markCounts } from './Legend';

const SIGN = { added: '+', removed: '−', changed: '~' } as const;

function ErrorNote() {
  const { t, i18n } = useTranslation('compare');
  const error = useCompare((s) => s.error);
  if (!error) return null;
  return (
    <div className="compare-error" role="alert">
      <p>{errorMessage(i18n, error)}</p>
      <button type="button" className="btn btn-quiet" onClick={() => useCompare.getState().set({ error: null })}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}

/** What to select for a change: an element, a relation's ends, a moved node; nothing for what is gone. */
function changePlace(c: EntityChange): { elements: string[]; relations: string[] } {
  if (c.type === 'removed') return { elements: [], relations: [] };
  if (c.collection === 'elements') return { elements: [c.id], relations: [] };
  if (c.collection === 'relations') {
    const r = c.after as { source: string; target: string };
    return { elements: [r.source, r.target], relations: [c.id] };
  }
  if (c.collection === 'views') return { elements: c.fields.filter((f) => f.path[0] === 'nodes' && f.after !== undefined).map((f) => f.path[1]), relations: [] };
  return { elements: [], relations: [] };
}

function CompareView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const titleId = useId();
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const c of comparison.diff.changes) totals[c.type]++;
  return (
    <section className="compare-panel" aria-labelledby={titleId}>
      <header className="compare-head">
        <h2 id={titleId}>{t('compare.title', { name: comparison.name })}</h2>
        <p className="compare-summary" role="status">
          {comparison.diff.changes.length === 0 ? t('compare.same') : t('compare.summary', { total: comparison.diff.changes.length, ...totals })}
        </p>
        <CompareLegend counts={markCounts(comparison)} />
        <button type="button" className="btn btn-quiet" onClick={closeCompare}>
          {t('action.close')}
        </button>
      </header>
      <p className="compare-hint">{t('compare.hint')}</p>
      <ul className="compare-list">
        {comparison.described.map((d) => {
          const c = d.change;
          const place = changePlace(c);
          return (
            <li key={`${c.collection}/${c.id}`} className={`compare-change change-${c.type}`}>
              <button type="button" onClick={() => showOnCanvas(place.elements, place.relations)} disabled={place.elements.length === 0}>
                <span className="compare-sign" aria-hidden="true">
                  {SIGN[c.type]}
                </span>
                <span>{d.text}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AnswerControls({ conflict, value }: { conflict: DescribedConflict; value: Answer | undefined }) {
  const { t } = useTranslation('compare');
  const name = useId();
  const c = conflict.conflict;
  const editable = canEdit(c);
  const editing = typeof value === 'object';
  const initial = String(c.mine ?? c.theirs ?? '');
  return (
    <fieldset className="merge-answer">
      <legend className="visually-hidden">{t('merge.answerFor', { subject: conflict.subject })}</legend>
      <label>
        <input type="radio" name={name} checked={value === 'mine'} onChange={() => answer(c.id, 'mine')} />
        {t('merge.mine')}
      </label>
      <label>
        <input type="radio" name={name} checked={value === 'theirs'} onChange={() => answer(c.id, 'theirs')} />
        {t('merge.theirs')}
      </label>
      {editable && (
        <label>
          <input type="radio" name={name} checked={editing} onChange={() => answer(c.id, { edit: initial })} />
          {t('merge.edit')}
        </label>
      )}
      {editing && (
        <input
          type={typeof (c.mine ?? c.theirs) === 'number' ? 'number' : 'text'}
          className="merge-edit"
          aria-label={t('merge.editValue', { subject: conflict.subject })}
          value={(value as { edit: string }).edit}
          onChange={(e) => answer(c.id, { edit: e.target.value })}
        />
      )}
    </fieldset>
  );
}

/**
 * The copy being picked: read (the file dialog and the main process's read, how long unknown) then
 * checked beside the open project (a 100,000-element copy: seconds), with Cancel. Then, after a
 * cancel, that the project is untouched.
 */
function PickProgress() {
  const { t } = useTranslation('compare');
  const picking = useCompare((s) => s.picking);
  const cancelled = useCompare((s) => s.pickCancelled);
  if (!picking) {
    return cancelled ? (
      <p className="compare-hint" role="status">
        {t('merge.pickCancelled', { copy: t(`merge.copy.${cancelled}`) })}
      </p>
    ) : null;
  }
  const copy = t(`merge.copy.${picking.which}`);
  const percent = Math.round(picking.fraction * 100);
  return (
    <div className="merge-progress" role="status">
      <span>{picking.phase === 'read' ? t('merge.reading', { copy }) : t('merge.checking', { copy, percent })}</span>
      {picking.phase === 'read' ? <progress aria-label={t('merge.progressLabel')} /> : <progress max={100} value={percent} aria-label={t('merge.progressLabel')} />}
      <button type="button" className="btn" onClick={cancelPick}>
        {t('merge.cancelPick')}
      </button>
    </div>
  );
}

function MergeView() {
  const { t } = useTranslation('compare');
  const titleId = useId();
  const { theirs, base, answers, merged, picking } = useCompare();
  const doc = useEditor((s) => s.history?.doc ?? null);
  const preview = useMergePreview();
  if (merged) {
    return (
      <section className="compare-panel" aria-labelledby={titleId}>
        <header className="compare-head">
          <h2 id={titleId}>{t('merge.title')}</h2>
          <button type="button" className="btn btn-quiet" onClick={closeCompare}>
            {t('action.close')}
          </button>
        </header>
        <p className="compare-summary" role="status">
          {t('merge.done', { from: merged.from, changes: merged.changes, conflicts: merged.conflicts })}
        </p>
      </section>
    );
  }
  const conflicts = preview?.conflicts ?? [];
  const answered = conflicts.filter((c) => answers[c.conflict.id] !== undefined).length;
  return (
    <section className="compare-panel" aria-labelledby={titleId}>
      <header className="compare-head">
        <h2 id={titleId}>{t('merge.title')}</h2>
        <button type="button" className="btn btn-quiet" onClick={closeCompare}>
          {t('action.cancel')}
        </button>
      </header>
      <div className="merge-pick">
        <p>
          <span className="merge-pick-label">{t('merge.theirsCopy')}</span> <strong>{theirs?.name ?? t('merge.notPicked')}</strong>{' '}
          <button type="button" className="btn" disabled={picking !== null} onClick={() => void pickForMerge('theirs')}>
            {t('merge.pickTheirs')}
          </button>
        </p>
        <p>
          <span className="merge-pick-label">{t('merge.baseCopy')}</span> <strong>{base?.name ?? t('merge.notPicked')}</strong>{' '}
          <button type="button" className="btn" disabled={picking !== null} onClick={() => void pickForMerge('base')}>
            {t('merge.pickBase')}
          </button>
        </p>
        <p className="compare-hint">{t('merge.baseHint')}</p>
        <PickProgress />
      </div>
      <ErrorNote />
      {preview && doc && (
        <>
          <p className="compare-summary" role="status">
            {t('merge.summary', { incoming: preview.incoming, conflicts: conflicts.length })}
          </p>
          {conflicts.length > 0 && (
            <>
              <div className="merge-all">
                <button type="button" className="btn" onClick={() => answerAll(preview.result.conflicts, 'mine')}>
                  {t('merge.allMine')}
                </button>
                <button type="button" className="btn" onClick={() => answerAll(preview.result.conflicts, 'theirs')}>
                  {t('merge.allTheirs')}
                </button>
              </div>
              <table className="merge-conflicts">
                <caption className="visually-hidden">{t('merge.conflictsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('merge.what')}</th>
                    <th scope="col">{t('merge.mineValue')}</th>
                    <th scope="col">{t('merge.theirsValue')}</th>
                    <th scope="col">{t('merge.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((d) => {
                    const place = placeOf(d.conflict, { mine: doc, theirs: theirs!.doc, base: base!.doc });
                    return (
                      <tr key={d.conflict.id} data-conflict={d.conflict.kind}>
                        <th scope="row">
                          <span className="merge-subject">{d.subject}</span>
                          {d.field && <span className="merge-field">{d.field}</span>}
                          <span className="merge-why">{d.why}</span>
                          {d.dependents.length > 0 && <span className="merge-dependents">{t('merge.dependents', { list: d.dependents.join('; ') })}</span>}
                          {place.elements.length > 0 && (
                            <button type="button" className="btn btn-quiet merge-show" onClick={() => showOnCanvas(place.elements, place.relations)}>
                              {t('merge.showOnCanvas')}
                            </button>
                          )}
                        </th>
                        <td className="merge-value">{d.mine}</td>
                        <td className="merge-value">{d.theirs}</td>
                        <td>
                          <AnswerControls conflict={d} value={answers[d.conflict.id]} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
          <div className="merge-apply">
            <button type="button" className="btn btn-primary" disabled={answered < conflicts.length} onClick={() => applyMerge(preview.result.conflicts)}>
              {t('merge.apply')}
            </button>
            <span className="compare-hint">{conflicts.length > 0 ? t('merge.answered', { answered, total: conflicts.length }) : t('merge.noConflicts')}</span>
          </div>
        </>
      )}
    </section>
  );
}

/** The panel: the comparison, the merge, or nothing. */
export function ComparePanel() {
  const mode = useCompare((s) => s.mode);
  const error = useCompare((s) => s.error);
  const comparison = useComparison();
  if (mode === 'compare' && comparison) return <CompareView comparison={comparison} />;
  if (mode === 'merge') return <MergeView />;
  // a copy that could not be read for a comparison: say why here
  if (error) return <ErrorNote />;
  return null;
}
