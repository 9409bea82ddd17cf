/**
 * "Ulasan JDN", the centre tab of an open review: who reviews and which version of the proposal,
 * what changed since that version (reviewer mode, revised model), the summary, the step-4a analysis,
 * the step-7 decision, the seven step-8 criteria with the recommended Pelaksana Projek, and the
 * step-9 Syor (001 §4.3, Jadual 4-1). The agency sees the same, read-only. Without a review it says how to start one.
 */
import './review.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_CONTINUED_REASONS, REVIEW_LABELS, REVIEWING_BODIES, SYOR, type NotContinuedReason, type ReviewingBody, type Syor } from '../../shared/review';
import { useEditor } from '../state/editor';
import { AnalysisForm, CriteriaForm, DecisionForm, ImplementerForm } from './AssessmentForms';
import { exportKertasUlasan, openReviewFile, reviewCurrentVersion, reviewProposal, saveReview, saveReviewCopy } from './actions';
import { useReview } from './reviewStore';
import { useLang } from './useLang';
import { useReviewChanges } from './useAnchorChanges';

const MAX_CHANGES_SHOWN = 200;

function ChangesSinceReviewed() {
  const { t } = useTranslation('review');
  const changes = useReviewChanges();
  const role = useReview((s) => s.role);
  const open = useReview((s) => s.showChanges);
  const project = useReview((s) => s.project);
  const reviewedGeneration = useReview((s) => s.history?.review.proposal.reviewed.generation);
  const headingId = useId();
  if (!changes?.modelChanged) return null;
  const moved = [...changes.anchors.values()].filter((c) => c === 'changed' || c === 'removed').length;
  return (
    <section className="review-section review-changes" aria-labelledby={headingId} data-testid="review-changes">
      <h3 id={headingId}>{t('changes.title')}</h3>
      <p>{t('changes.summary', { n: changes.described.length, comments: moved })}</p>
      {project && <p className="muted">{t('changes.versions', { from: reviewedGeneration ?? '—', to: project.generation })}</p>}
      <details open={open} onToggle={(e) => useReview.getState().setShowChanges((e.target as HTMLDetailsElement).open)}>
        <summary>{t('changes.list')}</summary>
        <ul className="review-change-list">
          {changes.described.slice(0, MAX_CHANGES_SHOWN).map((d) => (
            <li key={`${d.change.collection}:${d.change.id}`}>{d.text}</li>
          ))}
        </ul>
        {changes.described.length > MAX_CHANGES_SHOWN && <p className="muted">{t('changes.more', { n: changes.described.length - MAX_CHANGES_SHOWN })}</p>}
      </details>
      {role === 'reviewer' && (
        <button type="button" className="btn" onClick={reviewCurrentVersion}>
          {t('changes.takeVersion')}
        </button>
      )}
    </section>
  );
}

function ReviewerBlock({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const review = useReview((s) => s.history?.review);
  const ids = { name: useId(), position: useId(), body: useId(), summary: useId() };
  if (!review) return null;
  const update = (patch: Record<string, unknown>, mergeKey?: string) => useReview.getState().dispatch('review.reviewer.update', patch, mergeKey ? { mergeKey } : undefined);
  const seal = () => useReview.getState().seal();
  return (
    <section className="review-section" aria-label={t('form.reviewerTitle')}>
      <h3>{t('form.reviewerTitle')}</h3>
      <div className="review-grid">
        <div className="field">
          <label htmlFor={ids.name}>{t('reviewer.name')}</label>
          <input id={ids.name} readOnly={readOnly} value={review.reviewer.name} onChange={(e) => e.target.value.trim() && update({ name: e.target.value }, 'reviewer.name')} onBlur={seal} />
        </div>
        <div className="field">
          <label htmlFor={ids.position}>{t('reviewer.position')}</label>
          <input id={ids.position} readOnly={readOnly} value={review.reviewer.position ?? ''} onChange={(e) => update({ position: e.target.value }, 'reviewer.position')} onBlur={seal} />
        </div>
        <div className="field">
          <label htmlFor={ids.body}>{t('reviewer.body')}</label>
          <select id={ids.body} disabled={readOnly} value={review.reviewer.body} onChange={(e) => update({ body: e.target.value as ReviewingBody })}>
            {REVIEWING_BODIES.map((b) => (
              <option key={b} value={b}>
                {REVIEW_LABELS[lang].body[b]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.summary}>{t('form.summary')}</label>
        <textarea id={ids.summary} readOnly={readOnly} rows={3} value={review.summary ?? ''} onChange={(e) => useReview.getState().dispatch('review.summary.update', { summary: e.target.value }, { mergeKey: 'summary' })} onBlur={seal} />
      </div>
    </section>
  );
}

function SyorForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const syor = useReview((s) => s.history?.review.syor);
  const ids = { amendments: useId(), reason: useId(), related: useId(), note: useId(), group: useId() };
  if (!syor) return null;
  const set = (patch: Record<string, unknown>, mergeKey?: string) => useReview.getState().dispatch('review.syor.set', patch, mergeKey ? { mergeKey } : undefined);
  const seal = () => useReview.getState().seal();
  return (
    <section className="review-section" aria-label={t('form.syorTitle')}>
      <h3>{t('form.syorTitle')}</h3>
      <fieldset className="review-syor" aria-describedby={ids.group}>
        <legend>{t('form.syor')}</legend>
        <p id={ids.group} className="field-hint">
          {t('form.syorHint')}
        </p>
        {SYOR.map((v: Syor) => (
          <label key={v} className="review-syor-option">
            <input type="radio" name="syor" value={v} disabled={readOnly} checked={syor.value === v} onChange={() => set({ value: v })} />
            <span>
              <strong>{words.syor[v]}</strong>
              <span className="field-hint">{words.syorNote[v]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {syor.value === 'bersetujuDenganPindaan' && (
        <div className="field">
          <label htmlFor={ids.amendments}>{t('form.amendments')}</label>
          <textarea id={ids.amendments} readOnly={readOnly} rows={3} value={syor.amendments ?? ''} onChange={(e) => set({ amendments: e.target.value }, 'syor.amendments')} onBlur={seal} />
        </div>
      )}
      {syor.value === 'tidakDiteruskan' && (
        <div className="review-grid">
          <div className="field">
            <label htmlFor={ids.reason}>{t('form.reason')}</label>
            <select id={ids.reason} disabled={readOnly} value={syor.reason ?? ''} onChange={(e) => set({ reason: (e.target.value || null) as NotContinuedReason | null })}>
              <option value="">{t('form.notDecided')}</option>
              {NOT_CONTINUED_REASONS.map((r) => (
                <option key={r} value={r}>
                  {words.reason[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.related}>{t('form.related')}</label>
            <input id={ids.related} readOnly={readOnly} value={syor.relatedSolution ?? ''} onChange={(e) => set({ relatedSolution: e.target.value }, 'syor.related')} onBlur={seal} />
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.note}>{t('form.syorNote')}</label>
        <textarea id={ids.note} readOnly={readOnly} rows={2} value={syor.note ?? ''} onChange={(e) => set({ note: e.target.value }, 'syor.note')} onBlur={seal} />
      </div>
    </section>
  );
}

function NoReview() {
  const { t } = useTranslation('review');
  const canOpen = useEditor((s) => s.project !== null);
  return (
    <section className="review-panel review-empty">
      <h2>{t('panel.title')}</h2>
      <p>{t('panel.empty')}</p>
      <p className="review-actions">
        <button type="button" className="btn btn-primary" onClick={() => void reviewProposal()}>
          {t('menu.review')}
        </button>
        <button type="button" className="btn" disabled={!canOpen} onClick={() => void openReviewFile()}>
          {t('menu.open')}
        </button>
      </p>
    </section>
  );
}

/** The review's centre tab. */
export function ReviewPanel() {
  const { t } = useTranslation('review');
  const review = useReview((s) => s.history?.review ?? null);
  const role = useReview((s) => s.role);
  const fileName = useReview((s) => s.fileName);
  const dirty = useReview((s) => s.dirty);
  const exporting = useReview((s) => s.exporting);
  const headingId = useId();
  if (!review || !role) return <NoReview />;
  const readOnly = role !== 'reviewer';
  const v = review.proposal.reviewed;
  return (
    <section className="review-panel" aria-labelledby={headingId}>
      <header className="review-panel-head">
        <h2 id={headingId}>{t('panel.heading', { title: review.proposal.title || t('panel.untitled') })}</h2>
        <p className="muted">
          {t(`panel.mode.${role}`)} · {fileName ?? t('panel.unsavedFile')}
          {dirty ? ` · ${t('panel.unsaved')}` : ''}
        </p>
        <p className="muted">{t('panel.version', { generation: v.generation ?? '—', date: new Date(v.at).toLocaleString(), hash: v.contentHash.slice(7, 19) })}</p>
        <p className="review-actions">
          <button type="button" className="btn btn-primary" onClick={() => void saveReview()}>
            {t('menu.save')}
          </button>
          <button type="button" className="btn" onClick={() => void saveReviewCopy()}>
            {t('menu.copy')}
          </button>
          <button type="button" className="btn" disabled={exporting} onClick={() => void exportKertasUlasan()}>
            {exporting ? t('panel.exporting') : t('menu.export')}
          </button>
        </p>
      </header>
      <ChangesSinceReviewed />
      <ReviewerBlock readOnly={readOnly} />
      <AnalysisForm readOnly={readOnly} />
      <DecisionForm readOnly={readOnly} />
      <CriteriaForm readOnly={readOnly} />
      <ImplementerForm readOnly={readOnly} />
      <SyorForm readOnly={readOnly} />
    </section>
  );
}
