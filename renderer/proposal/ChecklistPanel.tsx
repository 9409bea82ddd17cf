/**
 * The Senarai Semak (Panduan WoG Jadual 4-1, Proses A.1.a) of the open project: for each item i–ix
 * the agency's own answer (stored in the project, printed in the paper), what the model shows, and
 * the status computed honestly from the live WoG check (shared/checklist). Item ix asks for the
 * advanced technologies used; item iii points to the RASA list import when there is none.
 */
import './proposal.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVANCED_TECHNOLOGIES, type AdvancedTechnology, type ChecklistNo } from '../../shared/model';
import { CHECKLIST_STATUSES, evaluateChecklist, type ChecklistItem } from '../../shared/checklist';
import { listRules } from '../../shared/rules';
import { decodeReferences } from '../../shared/catalogue';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { useCheckReport } from '../problems/useCheckReport';
import { useShell } from '../shell/shellStore';
import { MetaText } from '../shell/meta/MetaText';
import { useMeta, type MetaEditing } from '../shell/meta/useMeta';

type Lang = 'ms' | 'en';
const FINDINGS_SHOWN = 5;

function AdvancedTechnologies({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const chosen = m.meta.advancedTechnologies;
  const set = (next: AdvancedTechnology[] | undefined) => m.update({ advancedTechnologies: next });
  // a read-only model (reviewer mode): the agency's answers are shown, not changeable
  const readOnly = useEditor((s) => s.readOnly !== null);
  return (
    <fieldset className="field checklist-tech" disabled={readOnly}>
      <legend>{t('checklist.advanced')}</legend>
      {ADVANCED_TECHNOLOGIES.map((a) => (
        <label key={a} className="choice">
          <input type="checkbox" checked={chosen?.includes(a) ?? false} onChange={(e) => set(e.target.checked ? [...(chosen ?? []), a] : (chosen ?? []).filter((x) => x !== a))} />
          <span>{t(`domain:advancedTechnology.${a}`)}</span>
        </label>
      ))}
      <label className="choice">
        <input type="checkbox" checked={chosen !== undefined && chosen.length === 0} onChange={(e) => set(e.target.checked ? [] : undefined)} />
        <span>{t('checklist.noAdvanced')}</span>
      </label>
    </fieldset>
  );
}

function Item({ item, m, lang }: { item: ChecklistItem; m: MetaEditing; lang: Lang }) {
  const { t } = useTranslation('proposal');
  const showCentre = useShell((s) => s.showCentre);
  const readOnly = useEditor((s) => s.readOnly !== null);
  const setAnswer = (v: string | undefined) => {
    const next = { ...m.meta.checklistAnswers, [item.no]: v };
    if (v === undefined) delete next[item.no as ChecklistNo];
    m.update({ checklistAnswers: Object.keys(next).length ? next : undefined }, `meta.checklist.${item.no}`);
  };
  const select = (elements: string[], relations: string[]) => {
    useEditor.getState().setSelection({ elements, relations });
    if (elements[0]) useCanvas.getState().requestReveal(elements[0]);
  };
  const open = item.findings.filter((p) => p.severity !== 'advice');
  const headingId = `checklist-${item.no}`;
  return (
    <li className={`checklist-item status-${item.status}`} aria-labelledby={headingId}>
      <div className="checklist-head">
        <h3 id={headingId}>
          <span className="checklist-no">{item.no}.</span> {item.topic}
        </h3>
        <span className={`checklist-status status-${item.status}`} data-status={item.status}>
          {t(`checklist.status.${item.status}`)}
        </span>
      </div>
      <fieldset className="meta-fieldset" disabled={readOnly}>
        <MetaText name={`answer-${item.no}`} label={t('checklist.answer', { no: item.no })} multiline value={m.meta.checklistAnswers?.[item.no]} apply={setAnswer} onCommit={m.seal} />
      </fieldset>
      {item.no === 'ix' && <AdvancedTechnologies m={m} />}
      {item.reasons.length > 0 && (
        <ul className="checklist-reasons">
          {item.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {item.no === 'iii' && !m.meta.agencyApplications && (
        <button type="button" className="btn btn-small" onClick={() => showCentre('catalogue')}>
          {t('checklist.importRasa')}
        </button>
      )}
      {item.agreement.confirms.length > 0 && (
        <details className="checklist-evidence">
          <summary>{t('checklist.confirmed', { count: item.agreement.confirms.length })}</summary>
          <ul>
            {item.agreement.confirms.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {item.evidence.length > 0 && (
        <details className="checklist-evidence">
          <summary>{t('checklist.evidence', { count: item.evidence.length })}</summary>
          <ul>
            {item.evidence.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {open.length > 0 && (
        <details className="checklist-findings" open>
          <summary>{t('checklist.findings', { count: open.length })}</summary>
          <ul>
            {open.slice(0, FINDINGS_SHOWN).map((p, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => select(p.elementIds, p.relationIds)}>
                  {decodeReferences(p.message[lang], lang)}
                </button>
              </li>
            ))}
          </ul>
          {open.length > FINDINGS_SHOWN && <p className="field-hint">{t('checklist.moreFindings', { count: open.length - FINDINGS_SHOWN })}</p>}
        </details>
      )}
    </li>
  );
}

/** The checklist panel (a centre tab). */
export function ChecklistPanel() {
  const { t, i18n } = useTranslation('proposal');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const m = useMeta();
  const doc = useEditor((s) => s.history?.doc ?? null);
  const { report } = useCheckReport();
  const rules = useMemo(() => listRules(), []);
  const items = useMemo(() => (doc && report ? evaluateChecklist(doc, lang, { report, rules }) : null), [doc, report, lang, rules]);
  if (!m || !doc) return null;
  return (
    <section className="checklist-panel" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('checklist.heading')}</h2>
      <p className="muted">{t('checklist.intro')}</p>
      {!items ? (
        <p className="field-hint">{t('checklist.checking')}</p>
      ) : (
        <>
          <p className="checklist-summary" aria-live="polite">
            {CHECKLIST_STATUSES.map((s) => t(`checklist.count.${s}`, { count: items.filter((i) => i.status === s).length })).join(' · ')}
          </p>
          <ol className="checklist-items">
            {items.map((item) => (
              <Item key={item.no} item={item} m={m} lang={lang} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
