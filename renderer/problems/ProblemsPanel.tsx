/**
 * The Problems panel: findings of the WoG checker for the open project, live as the user edits,
 * grouped by severity with counts. Each finding shows its message in the UI language, the seed
 * section it comes from and a fix hint; clicking it selects (and reveals) the elements involved.
 * Rules can be switched off per project (recorded in the file, undoable like any edit): the findings
 * of a rule just switched off stay in place as "switched off" rows with a button to switch it back
 * on, so the next row never slides under the pointer, and the switched-off rules are one toggle away
 * at the top of the panel.
 */
import './problems.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRules, ruleInfo, SEVERITIES, type CheckReport, type Problem, type RuleInfo, type Severity } from '../../shared/rules';
import { decodeReferences, formatSource, normalizeText } from '../../shared/catalogue';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { useCheckReport } from './useCheckReport';
import { problemElements, useProblemFocus } from './problemFocus';
import { catalogueVersionLabel } from '../catalogue/versionLabel';
import { extraFindingsFor, useExtraFindings } from './extraFindings';
import { ConcatList, filterChunk, matchesFilter, type FindingList } from './findingList';
import { Table, type LakarDocument } from '../../shared/model';

const NO_RELATIONS: LakarDocument['relations'] = Table.empty();

/** Findings rendered per severity before "show more" (a generated model can have thousands). */
const PAGE = 100;

type Lang = 'ms' | 'en';

const setRule = (ruleId: string, enabled: boolean) => useEditor.getState().dispatch('rules.setEnabled', { ruleId, enabled });

/** A rule of the checker or of another feature's findings (the portfolio check). */
const findRule = (ruleId: string, extraRules: readonly RuleInfo[]): RuleInfo | undefined => ruleInfo(ruleId) ?? extraRules.find((r) => r.id === ruleId);

/** What the panel shows of a report besides its findings (the live report's, with other features' findings counted in). */
type PanelReport = Pick<CheckReport, 'counts' | 'disabledRules' | 'catalogueVersion' | 'rulesChecked'>;

/** A finding of a rule switched off a moment ago, kept where it was. */
interface OffRow {
  problem: Problem;
  severity: Severity;
  /** Its place in its severity group when it was switched off. */
  index: number;
}

function ProblemRow({ problem, lang, extraRules, onDisable }: { problem: Problem; lang: Lang; extraRules: readonly RuleInfo[]; onDisable(): void }) {
  const { t } = useTranslation('checker');
  const relations = useEditor((s) => s.history?.doc.relations);
  const info = findRule(problem.ruleId, extraRules);
  const title = info ? decodeReferences(info.title[lang], lang) : problem.ruleId;
  const select = () => {
    useEditor.getState().setSelection({ elements: problem.elementIds, relations: problem.relationIds });
    const first = problem.elementIds[0];
    if (first) useCanvas.getState().requestReveal(first);
  };
  return (
    <li className={`problem problem-${problem.severity}`} data-elements={problemElements(problem, relations ?? NO_RELATIONS).join(' ')}>
      <button type="button" className="problem-main" onClick={select} title={t('problem.select')}>
        <span className="problem-message">{decodeReferences(problem.message[lang], lang)}</span>
        {info && (
          <span className="problem-meta">
            <span className="problem-source">{t('problem.source', { source: formatSource(info.source, lang) })}</span>
            <span className="problem-fix">{t('problem.fix', { fix: decodeReferences(info.fixHint[lang], lang) })}</span>
          </span>
        )}
      </button>
      {/* named after the rule, starting with the visible text (never the rule's internal id) */}
      <button type="button" className="btn btn-quiet problem-disable" onClick={onDisable} aria-label={`${t('rule.disable')}: ${title}`}>
        {t('rule.disable')}
      </button>
    </li>
  );
}

function SwitchedOffRow({ problem, lang, extraRules }: { problem: Problem; lang: Lang; extraRules: readonly RuleInfo[] }) {
  const { t } = useTranslation('checker');
  const info = findRule(problem.ruleId, extraRules);
  const title = info ? decodeReferences(info.title[lang], lang) : problem.ruleId;
  return (
    <li className="problem problem-off">
      <span className="problem-main">
        <span className="problem-message">{decodeReferences(problem.message[lang], lang)}</span>
        <span className="problem-meta">{t('rule.switchedOff', { rule: title })}</span>
      </span>
      <button type="button" className="btn btn-quiet problem-disable" onClick={() => setRule(problem.ruleId, true)} aria-label={`${t('rule.enable')}: ${title}`}>
        {t('rule.enable')}
      </button>
    </li>
  );
}

function SeverityGroup({ severity, problems, off, lang, extraRules, onDisable }: { severity: Severity; problems: FindingList; off: OffRow[]; lang: Lang; extraRules: readonly RuleInfo[]; onDisable(p: Problem): void }) {
  const { t } = useTranslation('checker');
  const [shown, setShown] = useState(PAGE);
  // the switched-off rows go back where their findings were
  const rows: ({ off: false; problem: Problem } | { off: true; problem: Problem })[] = problems.slice(0, shown).map((problem) => ({ off: false, problem }));
  for (const o of [...off].sort((a, b) => a.index - b.index)) rows.splice(Math.min(o.index, rows.length), 0, { off: true, problem: o.problem });
  return (
    <details className={`problem-group problem-group-${severity}`} open={severity !== 'advice' || problems.length <= PAGE}>
      <summary>
        <span className={`severity-dot severity-${severity}`} aria-hidden="true" />
        {t(`severity.${severity}`)} <span className="problem-count">({problems.length})</span>
      </summary>
      <ul className="problem-list">
        {rows.map((r, i) =>
          r.off ? (
            <SwitchedOffRow key={`off:${r.problem.ruleId}:${i}`} problem={r.problem} lang={lang} extraRules={extraRules} />
          ) : (
            <ProblemRow key={`${r.problem.ruleId}:${r.problem.elementIds.join(',')}:${r.problem.relationIds.join(',')}:${i}`} problem={r.problem} lang={lang} extraRules={extraRules} onDisable={() => onDisable(r.problem)} />
          ),
        )}
      </ul>
      {problems.length > shown && (
        <button type="button" className="btn btn-quiet" onClick={() => setShown(shown + PAGE * 5)}>
          {t('panel.showMore', { count: problems.length - shown })}
        </button>
      )}
    </details>
  );
}

function DisabledRules({ ids, lang, id, extraRules }: { ids: string[]; lang: Lang; id: string; extraRules: readonly RuleInfo[] }) {
  const { t } = useTranslation('checker');
  return (
    <ul id={id} className="problem-list disabled-rules">
      {ids.map((rule) => {
        const info = findRule(rule, extraRules);
        const title = info ? decodeReferences(info.title[lang], lang) : t('disabled.unknown');
        return (
          <li key={rule} className="disabled-rule">
            <span>{title}</span>
            <button type="button" className="btn btn-quiet" onClick={() => setRule(rule, true)} aria-label={`${t('rule.enable')}: ${title}`}>
              {t('rule.enable')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The Problems panel (renders nothing without an open project). */
export function ProblemsPanel() {
  const { t, i18n } = useTranslation('checker');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ms';
  const hasProject = useEditor((s) => s.history !== null);
  const elements = useEditor((s) => s.history?.doc.elements);
  const { report: live, pending } = useCheckReport();
  const handle = useEditor((s) => s.project?.handle ?? null);
  const bySource = useExtraFindings((s) => s.bySource);
  // findings of other features (the portfolio check) join the live report for this project
  const { report, extra, extraRules } = useMemo((): { report: PanelReport | null; extra: Problem[]; extraRules: RuleInfo[] } => {
    if (!live) return { report: null, extra: [], extraRules: [] };
    const found = extraFindingsFor(bySource, handle, live.disabledRules);
    if (!found.problems.length) return { report: live, extra: found.problems, extraRules: found.rules };
    const counts = { ...live.counts };
    for (const p of found.problems) counts[p.severity]++;
    const { disabledRules, catalogueVersion, rulesChecked } = live;
    return { report: { counts, disabledRules, catalogueVersion, rulesChecked }, extra: found.problems, extraRules: found.rules };
  }, [live, bySource, handle]);
  const [filter, setFilter] = useState('');
  // rows of a rule switched off stay until the rule is back on or the model changes
  const [off, setOff] = useState<{ rows: OffRow[]; elements: unknown }>({ rows: [], elements: null });
  const [showDisabled, setShowDisabled] = useState(false);
  const disabledId = useId();
  const panel = useRef<HTMLElement>(null);

  const grouped = useMemo((): Record<Severity, FindingList> => {
    const needle = normalizeText(filter);
    if (live && live.byRule) {
      // the rules' own chunks, one after the other (filtered chunk by chunk, remembered per chunk):
      // a recheck on a large model neither copies nor filters again what it did not change
      const lists: Record<Severity, (readonly Problem[])[]> = { error: [], warning: [], advice: [] };
      for (const chunks of live.byRule.values()) {
        for (const c of chunks) {
          const rows = needle ? filterChunk(c, needle, lang) : c;
          if (rows.length) lists[c[0].severity].push(rows); // a rule's findings share its severity
        }
      }
      for (const s of SEVERITIES) {
        const mine = extra.filter((p) => p.severity === s && (!needle || matchesFilter(p, needle, lang)));
        if (mine.length) lists[s].push(mine);
      }
      return { error: new ConcatList(lists.error), warning: new ConcatList(lists.warning), advice: new ConcatList(lists.advice) };
    }
    const out: Record<Severity, Problem[]> = { error: [], warning: [], advice: [] };
    if (!live) return out;
    for (const problems of [live.problems, extra]) {
      for (const p of problems) {
        if (needle && !matchesFilter(p, needle, lang)) continue;
        out[p.severity].push(p);
      }
    }
    return out;
  }, [live, extra, filter, lang]);

  const disabled = report?.disabledRules;
  const visibleOff = useMemo(() => (off.elements === elements ? off.rows.filter((o) => disabled?.includes(o.problem.ruleId)) : []), [off, disabled, elements]);

  const disable = (problem: Problem) => {
    const rows: OffRow[] = [];
    for (const severity of SEVERITIES) grouped[severity].forEach((p, index) => p.ruleId === problem.ruleId && rows.push({ problem: p, severity, index }));
    const kept = off.elements === elements ? off.rows.filter((o) => o.problem.ruleId !== problem.ruleId) : [];
    if (setRule(problem.ruleId, false)) setOff({ rows: [...kept, ...rows], elements });
  };

  // a node's marker asked for its first finding: bring it into view and focus it
  const focusRequest = useProblemFocus((s) => s.request);
  useEffect(() => {
    if (!focusRequest || !report) return;
    const row = panel.current?.querySelector<HTMLElement>(`li[data-elements~="${CSS.escape(focusRequest.elementId)}"]`);
    const group = row?.closest('details');
    if (group && !group.open) group.open = true;
    const button = row?.querySelector<HTMLElement>('.problem-main');
    button?.scrollIntoView({ block: 'nearest' });
    button?.focus({ preventScroll: true });
  }, [focusRequest, report]);

  if (!hasProject) return null;
  const disabledCount = report?.disabledRules.length ?? 0;
  return (
    // the shell's bottom region is already the "Masalah" landmark; this section adds no second one
    <section className="problems-panel" aria-busy={pending} ref={panel}>
      <header className="problems-head">
        <h2 className="problems-title">{t('panel.title')}</h2>
        {report ? (
          <p className="problems-summary" role="status">
            {SEVERITIES.map((s) => (
              <span key={s} className={`problems-badge severity-${s}${report.counts[s] === 0 ? ' problems-badge-zero' : ''}`}>
                {t(`count.${s}`, { count: report.counts[s] })}
              </span>
            ))}
            <span className="problems-catalogue">{t('panel.catalogue', { version: catalogueVersionLabel(report.catalogueVersion, lang), rules: report.rulesChecked ?? listRules().length })}</span>
            {pending && <span className="problems-pending">{t('panel.checking')}</span>}
          </p>
        ) : (
          <p className="problems-summary" role="status">
            {t('panel.checking')}
          </p>
        )}
        {disabledCount > 0 && (
          <button type="button" className="btn btn-quiet btn-small problems-disabled-toggle" aria-expanded={showDisabled} aria-controls={disabledId} onClick={() => setShowDisabled(!showDisabled)}>
            {t('disabled.toggle', { count: disabledCount })}
          </button>
        )}
        <input className="problems-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('panel.filter')} aria-label={t('panel.filter')} />
      </header>
      {report && showDisabled && disabledCount > 0 && <DisabledRules id={disabledId} ids={report.disabledRules} lang={lang} extraRules={extraRules} />}
      {report && SEVERITIES.every((s) => report.counts[s] === 0) && visibleOff.length === 0 && <p className="problems-none">{t('panel.none')}</p>}
      {report &&
        SEVERITIES.map((s) => {
          const offHere = visibleOff.filter((o) => o.severity === s);
          return grouped[s].length || offHere.length ? <SeverityGroup key={s} severity={s} problems={grouped[s]} off={offHere} lang={lang} extraRules={extraRules} onDisable={disable} /> : null;
        })}
    </section>
  );
}
