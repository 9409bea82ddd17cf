/**
 * The evaluation form's parts: the step-4a analysis (i–v) and the seven step-8 criteria (a–g), each
 * with a verdict, a justification and the evidence Lakar found in the model — offered with "Use
 * this evidence", never applied by itself — the step-8 recommendation of the Pelaksana Projek and
 * the step-7 decision of the Sector Digital Team.
 * Every change is a review command; typing into one field is one undo step.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_ITEMS,
  ANALYSIS_NUMERALS,
  CRITERIA,
  CRITERION_LETTERS,
  DECISIONS,
  evidenceText,
  REVIEW_LABELS,
  reviewEvidence,
  VERDICTS,
  type AnalysisItem,
  type Assessment,
  type Criterion,
  type Evidence,
  type Verdict,
} from '../../shared/review';
import { useEditor } from '../state/editor';
import { useCheckReport } from '../problems/useCheckReport';
import { useReview } from './reviewStore';
import { useLang } from './useLang';

type Target = { kind: 'analysis'; item: AnalysisItem } | { kind: 'criterion'; criterion: Criterion };

function setAssessment(target: Target, patch: Record<string, unknown>, mergeKey?: string): void {
  const store = useReview.getState();
  if (target.kind === 'analysis') store.dispatch('review.analysis.set', { item: target.item, ...patch }, mergeKey ? { mergeKey } : undefined);
  else store.dispatch('review.evaluation.set', { criterion: target.criterion, ...patch }, mergeKey ? { mergeKey } : undefined);
}

function AssessmentFields({ target, title, value, evidence, comments, readOnly }: { target: Target; title: string; value: Assessment | undefined; evidence: Evidence; comments: number; readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const key = target.kind === 'analysis' ? target.item : target.criterion;
  const ids = { verdict: useId(), justification: useId(), evidence: useId(), suggested: useId(), legend: useId() };
  const suggested = evidenceText(evidence, lang);
  const seal = () => useReview.getState().seal();
  return (
    <fieldset className="review-assessment" data-assessment={key}>
      <legend id={ids.legend}>{title}</legend>
      {comments > 0 && <p className="field-hint">{t('form.commentsUnder', { n: comments })}</p>}
      <div className="field">
        <label htmlFor={ids.verdict}>{t('form.verdict')}</label>
        <select id={ids.verdict} disabled={readOnly} value={value?.verdict ?? ''} onChange={(e) => setAssessment(target, { verdict: (e.target.value || null) as Verdict | null })}>
          <option value="">{t('form.notAssessed')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {words.verdict[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.justification}>{t('form.justification')}</label>
        <textarea id={ids.justification} readOnly={readOnly} rows={3} value={value?.justification ?? ''} onChange={(e) => setAssessment(target, { justification: e.target.value }, `just:${key}`)} onBlur={seal} />
      </div>
      {value?.evidence !== undefined ? (
        <div className="field">
          <label htmlFor={ids.evidence}>{t('form.evidence')}</label>
          <textarea id={ids.evidence} readOnly={readOnly} rows={4} value={value.evidence} onChange={(e) => setAssessment(target, { evidence: e.target.value }, `evid:${key}`)} onBlur={seal} />
        </div>
      ) : (
        <div className="field">
          <p className="review-evidence-title" id={ids.suggested}>
            {t('form.suggested')}
          </p>
          {/* a long suggestion scrolls inside its box: a region named after its item that the keyboard can reach (axe scrollable-region-focusable, landmark-unique) */}
          <pre className="review-evidence" role="region" aria-labelledby={`${ids.suggested} ${ids.legend}`} tabIndex={0}>
            {suggested}
          </pre>
          {!readOnly && (
            <button type="button" className="btn" onClick={() => setAssessment(target, { evidence: suggested })}>
              {t('form.useEvidence')}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** Evidence for every item, from the open model and its live check. */
function useEvidence() {
  const doc = useEditor((s) => s.history?.doc ?? null);
  const { report } = useCheckReport();
  const lang = useLang();
  return useMemo(() => (doc ? reviewEvidence(doc, lang, report ?? undefined) : null), [doc, lang, report]);
}

/** Step 4a i–v. */
export function AnalysisForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const review = useReview((s) => s.history?.review);
  const evidence = useEvidence();
  if (!review || !evidence) return null;
  const under = review.comments.filter((c) => c.heading === 'analisis').length;
  return (
    <section className="review-section" aria-label={t('form.analysisTitle')}>
      <h3>{t('form.analysisTitle')}</h3>
      <p className="muted">{t('form.analysisIntro')}</p>
      {under > 0 && <p className="field-hint">{t('form.commentsUnder', { n: under })}</p>}
      {ANALYSIS_ITEMS.map((item) => (
        <AssessmentFields
          key={item}
          target={{ kind: 'analysis', item }}
          title={`${ANALYSIS_NUMERALS[item]}. ${REVIEW_LABELS[lang].analysis[item]}`}
          value={review.analysis[item]}
          evidence={evidence[item]}
          comments={0}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}

/** Step 8 a–g. */
export function CriteriaForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const review = useReview((s) => s.history?.review);
  const evidence = useEvidence();
  if (!review || !evidence) return null;
  return (
    <section className="review-section" aria-label={t('form.criteriaTitle')}>
      <h3>{t('form.criteriaTitle')}</h3>
      <p className="muted">{t('form.criteriaIntro')}</p>
      {CRITERIA.map((c) => (
        <AssessmentFields
          key={c}
          target={{ kind: 'criterion', criterion: c }}
          title={`${CRITERION_LETTERS[c]}. ${REVIEW_LABELS[lang].criterion[c]}`}
          value={review.evaluations[c]}
          evidence={evidence[c]}
          comments={review.comments.filter((x) => x.heading === c).length}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}

/** Step 7: the Kertas Keputusan of the Sector Digital Team meeting. */
export function DecisionForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const decision = useReview((s) => s.history?.review.decision);
  const ids = { status: useId(), date: useId(), reference: useId(), note: useId() };
  if (!decision) return null;
  const set = (patch: Record<string, unknown>, mergeKey?: string) => useReview.getState().dispatch('review.decision.set', patch, mergeKey ? { mergeKey } : undefined);
  const seal = () => useReview.getState().seal();
  return (
    <section className="review-section" aria-label={t('form.decisionTitle')}>
      <h3>{t('form.decisionTitle')}</h3>
      <div className="review-grid">
        <div className="field">
          <label htmlFor={ids.status}>{t('form.decisionStatus')}</label>
          <select id={ids.status} disabled={readOnly} value={decision.status ?? ''} onChange={(e) => set({ status: e.target.value || null })}>
            <option value="">{t('form.notDecided')}</option>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {REVIEW_LABELS[lang].decision[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('form.decisionDate')}</label>
          <input id={ids.date} readOnly={readOnly} value={decision.date ?? ''} onChange={(e) => set({ date: e.target.value }, 'decision.date')} onBlur={seal} />
        </div>
        <div className="field">
          <label htmlFor={ids.reference}>{t('form.decisionReference')}</label>
          <input id={ids.reference} readOnly={readOnly} value={decision.reference ?? ''} onChange={(e) => set({ reference: e.target.value }, 'decision.reference')} onBlur={seal} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t('form.decisionNote')}</label>
        <textarea id={ids.note} readOnly={readOnly} rows={2} value={decision.note ?? ''} onChange={(e) => set({ note: e.target.value }, 'decision.note')} onBlur={seal} />
      </div>
    </section>
  );
}

/** Step 8: the Pelaksana Projek JDN recommends, beside the one the agency proposed (Jadual 4-1 langkah 8). */
export function ImplementerForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('review');
  const implementer = useReview((s) => s.history?.review.implementer);
  const proposed = useReview((s) => s.history?.review.proposal.snapshot.meta.pelaksanaProjek?.trim());
  const ids = { agency: useId(), justification: useId() };
  if (!implementer) return null;
  const set = (patch: Record<string, unknown>, mergeKey: string) => useReview.getState().dispatch('review.implementer.set', patch, { mergeKey });
  const seal = () => useReview.getState().seal();
  return (
    <section className="review-section" aria-label={t('form.implementerTitle')}>
      <h3>{t('form.implementerTitle')}</h3>
      <p className="muted">{t('form.implementerIntro')}</p>
      <p className="field-hint">{proposed ? t('form.implementerProposed', { agency: proposed }) : t('form.implementerNotProposed')}</p>
      <div className="field">
        <label htmlFor={ids.agency}>{t('form.implementerAgency')}</label>
        <input id={ids.agency} readOnly={readOnly} value={implementer.agency ?? ''} onChange={(e) => set({ agency: e.target.value }, 'implementer.agency')} onBlur={seal} />
      </div>
      <div className="field">
        <label htmlFor={ids.justification}>{t('form.implementerJustification')}</label>
        <textarea id={ids.justification} readOnly={readOnly} rows={3} value={implementer.justification ?? ''} onChange={(e) => set({ justification: e.target.value }, 'implementer.justification')} onBlur={seal} />
      </div>
    </section>
  );
}
