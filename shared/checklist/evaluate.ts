/**
 * The Senarai Semak (001 Jadual 4-1, Proses A.1.a) of a project: for each item i–ix the agency's
 * own answer, the evidence Lakar derives from the model, the WoG findings that bear on it, and one
 * of four statuses, decided honestly:
 *  - Tidak berkaitan: the item does not apply (e.g. no other agency in an Agensi Spesifik project);
 *  - Belum disemak: Lakar cannot judge it (no check run, no RASA list imported, the model has
 *    nothing for it, or every rule for it is switched off);
 *  - Perlu jawapan agensi: no answer yet, something the agency must state is missing, an error or
 *    warning on it is still open, or the answer says what the model contradicts (agreement.ts);
 *  - Dijawab: answered, nothing missing, no open error or warning (advice may remain).
 * The same result feeds the app's panel, the paper and the CLI.
 */
import type { Lang } from '../i18n';
import { builtinCatalogueIndex, type CatalogueIndex } from '../catalogue/catalogue';
import { resolveCatalogueIndex } from '../catalogue/update';
import type { LakarDocument } from '../model/schema';
import type { CheckReport, Problem, RuleInfo } from '../rules/types';
import { answerAgreement, type AnswerAgreement } from './agreement';
import { checklistEvidence } from './evidence';
import { CHECKLIST_ITEMS, CHECKLIST_RULES, CHECKLIST_TOPICS, checklistItemsOfRule, type ChecklistNo } from './items';
import { CHECKLIST_STRINGS, fill } from './strings';

export type ChecklistStatus = 'answered' | 'needsAnswer' | 'notChecked' | 'notApplicable';
export const CHECKLIST_STATUSES: readonly ChecklistStatus[] = ['answered', 'needsAnswer', 'notChecked', 'notApplicable'];

export interface ChecklistItem {
  no: ChecklistNo;
  /** The matter as worded in Jadual 4-1. */
  topic: string;
  /** The agency's own answer (trimmed), if given. */
  answer?: string;
  /** What the model shows. */
  evidence: string[];
  status: ChecklistStatus;
  /** Why the status is what it is (empty for Dijawab without remarks). */
  reasons: string[];
  /** The answer's claims the model confirms or contradicts (agreement.ts). */
  agreement: AnswerAgreement;
  /** Findings of the rules bearing on this item (all severities). */
  findings: Problem[];
  /** Ids of the rules bearing on this item. */
  rules: string[];
}

export interface ChecklistOptions {
  /** The check report; without one every item is Belum disemak. */
  report?: CheckReport;
  /** Rule descriptions, to attach findings of rules the table does not list by their source. */
  rules?: readonly RuleInfo[];
  /** Catalogue for names (default: built-in with the project's update). */
  catalogue?: CatalogueIndex;
}

/** The nine items of `doc` with answers, evidence, findings and statuses in `lang`. */
export function evaluateChecklist(doc: LakarDocument, lang: Lang, options: ChecklistOptions = {}): ChecklistItem[] {
  const s = CHECKLIST_STRINGS[lang];
  const catalogue = options.catalogue ?? resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex);
  const evidence = checklistEvidence(doc, lang, catalogue);
  const sources = new Map((options.rules ?? []).map((r) => [r.id, r.source]));
  const findings = new Map<ChecklistNo, Problem[]>(CHECKLIST_ITEMS.map((no) => [no, []]));
  for (const p of options.report?.problems ?? []) for (const no of checklistItemsOfRule(p.ruleId, sources.get(p.ruleId))) findings.get(no)!.push(p);
  const disabled = new Set(options.report?.disabledRules ?? doc.meta.disabledRules ?? []);
  const extraRules = new Map<ChecklistNo, string[]>(CHECKLIST_ITEMS.map((no) => [no, []]));
  for (const r of options.rules ?? []) {
    if (CHECKLIST_ITEMS.some((no) => CHECKLIST_RULES[no].includes(r.id))) continue;
    for (const no of checklistItemsOfRule(r.id, r.source)) extraRules.get(no)!.push(r.id);
  }

  return CHECKLIST_ITEMS.map((no) => {
    const ev = evidence[no];
    const rules = [...CHECKLIST_RULES[no], ...extraRules.get(no)!];
    const known = options.rules ? rules.filter((id) => options.rules!.some((r) => r.id === id)) : rules;
    const off = known.filter((id) => disabled.has(id));
    const answer = doc.meta.checklistAnswers?.[no]?.trim() || undefined;
    const f = findings.get(no)!;
    if (no === 'iii' && doc.meta.agencyApplications && options.report) {
      const overlaps = f.filter((p) => p.ruleId === 'app.duplicateInAgencyList' || p.ruleId === 'app.sameFunctionInAgencyList').length;
      ev.lines.splice(1, 0, overlaps ? fill(s.ev.rasaDuplicates, { n: overlaps }) : s.ev.rasaNone);
    }
    const open = f.filter((p) => p.severity !== 'advice');
    const agreement = answerAgreement(doc, no, answer, lang);
    const contradictions = ev.notApplicable ? [] : agreement.contradicts.map((line) => `${fill(s.agree.contradicted, { list: line })}.`);
    const reasons: string[] = [];
    let status: ChecklistStatus;
    if (ev.notApplicable) {
      status = 'notApplicable';
      reasons.push(ev.notApplicable);
    } else if (!options.report || ev.unchecked.length > 0 || (known.length > 0 && off.length === known.length)) {
      status = 'notChecked';
      if (!options.report) reasons.push(s.reason.noCheck);
      reasons.push(...ev.unchecked);
      if (known.length > 0 && off.length === known.length) reasons.push(s.reason.allRulesOff);
      reasons.push(...contradictions);
    } else if (!answer || ev.gaps.length > 0 || open.length > 0 || contradictions.length > 0) {
      status = 'needsAnswer';
      if (!answer) reasons.push(s.reason.noAnswer);
      reasons.push(...contradictions);
      reasons.push(...ev.gaps);
      if (open.length) reasons.push(fill(s.reason.openFindings, { n: open.length }));
    } else {
      status = 'answered';
    }
    if (off.length > 0 && off.length < known.length) reasons.push(fill(s.reason.rulesOff, { rules: off.join(', ') }));
    return { no, topic: CHECKLIST_TOPICS[lang][no], answer, evidence: ev.lines, status, reasons, agreement, findings: f, rules };
  });
}

/** Label of a status in `lang`. */
export function checklistStatusLabel(status: ChecklistStatus, lang: Lang): string {
  return CHECKLIST_STRINGS[lang].status[status];
}
