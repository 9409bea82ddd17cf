/**
 * The Problems panel: findings of the WoG checker for the open project, live as the user edits,
 * grouped by severity with counts. Each finding shows its message in the UI language, the seed
 * section it comes from and a fix hint; clicking it selects (and reveals) the elements involved.
 * Rules can be switched off per project (recorded in the file) and switched back on.
 */
import './problems.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRules, ruleInfo, SEVERITIES, type CheckReport, type Problem, type RuleInfo, type Severity } from '../../shared/rules';
import { decodeReferences, formatSource, normalizeText } from '../../shared/catalogue';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { useCheckReport } from './useCheckReport';
import { extraFindingsFor, useExtraFindings } from './extraFindings';

/** Findings rendered per severity before "show more" (a generated model can have thousands). */
const PAGE = 100;

type Lang = 'ms' | 'en';

function ProblemRow({ problem, lang, extraRules }: { problem: Problem; lang: Lang; extraRules: readonly RuleInfo[] }) {
  const { t } = useTranslation('checker');
  const info = ruleInfo(problem.ruleId) ?? extraRules.find((r) => r.id === problem.ruleId);
  const select = () => {
    useEditor.getState().setSelection({ elements: problem.elementIds, relations: problem.relationIds });
    const first = problem.elementIds[0];
    if (first) useCanvas.getState().requestReveal(first);
  };
  const disable = () => useEditor.getState().dispatch('rules.setEnabled', { ruleId: problem.ruleId, enabled: false });
  return (
    <li className={`problem problem-${problem.severity}`}>
      <button type="button" className="problem-main" onClick={select} title={t('problem.select')}>
        <span className="problem-message">{decodeReferences(problem.message[lang], lang)}</span>
        {info && (
          <span className="problem-meta">
            <span className="problem-source">{t('problem.source', { source: formatSource(info.source, lang) })}</span>
            <span className="problem-fix">{t('problem.fix', { fix: decodeReferences(info.fixHint[lang], lang) })}</span>
          </span>
        )}
      </button>
      <button type="button" className="btn btn-quiet problem-disable" onClick={disable} aria-label={t('rule.disableNamed', { rule: problem.ruleId })}>
        {t('rule.disable')}
      </button>
    </li>
  );
}

function SeverityGroup({ severity, problems, lang, extraRules }: { severity: Severity; problems: Problem[]; lang: Lang; extraRules: readonly RuleInfo[] }) {
  const { t } = useTranslation('checker');
  const [shown, setShown] = useState(PAGE);
  return (
    <details className={`problem-group problem-group-${severity}`} open={severity !== 'advice' || problems.length <= PAGE}>
      <summary>
        <span className={`severity-dot severity-${severity}`} aria-hidden="true" />
        {t(`severity.${severity}`)} <span className="problem-count">({problems.length})</span>
      </summary>
      <ul className="problem-list">
        {problems.slice(0, shown).map((p, i) => (
          <ProblemRow key={`${p.ruleId}:${p.elementIds.join(',')}:${p.relationIds.join(',')}:${i}`} problem={p} lang={lang} extraRules={extraRules} />
        ))}
      </ul>
      {problems.length > shown && (
        <button type="button" className="btn btn-quiet" onClick={() => setShown(shown + PAGE * 5)}>
          {t('panel.showMore', { count: problems.length - shown })}
        </button>
      )}
    </details>
  );
}

function DisabledRules({ ids, lang, extraRules }: { ids: string[]; lang: Lang; extraRules: readonly RuleInfo[] }) {
  const { t } = useTranslation('checker');
  if (!ids.length) return null;
  return (
    <details className="problem-group disabled-rules">
      <summary>{t('disabled.title', { count: ids.length })}</summary>
      <ul className="problem-list">
        {ids.map((id) => (
          <li key={id} className="disabled-rule">
            <span>
              <code>{id}</code> {decodeReferences((ruleInfo(id) ?? extraRules.find((r) => r.id === id))?.title[lang] ?? t('disabled.unknown'), lang)}
            </span>
            <button type="button" className="btn btn-quiet" onClick={() => useEditor.getState().dispatch('rules.setEnabled', { ruleId: id, enabled: true })} aria-label={t('rule.enableNamed', { rule: id })}>
              {t('rule.enable')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The Problems panel (renders nothing without an open project). */
export function ProblemsPanel() {
  const { t, i18n } = useTranslation('checker');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ms';
  const hasProject = useEditor((s) => s.history !== null);
  const { report: live, pending } = useCheckReport();
  const [filter, setFilter] = useState('');
  const handle = useEditor((s) => s.project?.handle ?? null);
  const bySource = useExtraFindings((s) => s.bySource);
  // findings of other features (the portfolio check) join the live report for this project
  const { report, extraRules } = useMemo((): { report: CheckReport | null; extraRules: RuleInfo[] } => {
    if (!live) return { report: null, extraRules: [] };
    const extra = extraFindingsFor(bySource, handle, live.disabledRules);
    if (!extra.problems.length) return { report: live, extraRules: extra.rules };
    const counts = { ...live.counts };
    for (const p of extra.problems) counts[p.severity]++;
    return { report: { ...live, problems: [...live.problems, ...extra.problems], counts }, extraRules: extra.rules };
  }, [live, bySource, handle]);

  const grouped = useMemo(() => {
    const out: Record<Severity, Problem[]> = { error: [], warning: [], advice: [] };
    if (!report) return out;
    const needle = normalizeText(filter);
    for (const p of report.problems) {
      if (needle && !normalizeText(`${p.ruleId} ${p.message[lang]}`).includes(needle)) continue;
      out[p.severity].push(p);
    }
    return out;
  }, [report, filter, lang]);

  if (!hasProject) return null;
  return (
    // the shell's bottom region is already the "Masalah" landmark; this section adds no second one
    <section className="problems-panel" aria-busy={pending}>
      <header className="problems-head">
        <h2 className="problems-title">{t('panel.title')}</h2>
        {report ? (
          <p className="problems-summary" role="status">
            {SEVERITIES.map((s) => (
              <span key={s} className={`problems-badge severity-${s}${report.counts[s] === 0 ? ' problems-badge-zero' : ''}`}>
                {t(`count.${s}`, { count: report.counts[s] })}
              </span>
            ))}
            <span className="problems-catalogue">{t('panel.catalogue', { version: report.catalogueVersion, rules: report.rulesChecked ?? listRules().length })}</span>
            {pending && <span className="problems-pending">{t('panel.checking')}</span>}
          </p>
        ) : (
          <p className="problems-summary" role="status">
            {t('panel.checking')}
          </p>
        )}
        <input className="problems-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('panel.filter')} aria-label={t('panel.filter')} />
      </header>
      {report && report.problems.length === 0 && <p className="problems-none">{t('panel.none')}</p>}
      {report && SEVERITIES.map((s) => (grouped[s].length ? <SeverityGroup key={s} severity={s} problems={grouped[s]} lang={lang} extraRules={extraRules} /> : null))}
      {report && <DisabledRules ids={report.disabledRules} lang={lang} extraRules={extraRules} />}
    </section>
  );
}
