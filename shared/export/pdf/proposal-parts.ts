/**
 * The later parts of the proposal paper: the WoG checklist (Jadual 4-1 A.1.a), registries and
 * repositories used (once-only principle, 001 §2.6) and the checker report appendix.
 */
import type { Lang } from '../../i18n';
import { label } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import type { CheckReport, Problem, RuleInfo, Severity } from '../../rules/types';
import type { CatalogueIndex } from '../../catalogue/catalogue';
import type { ChecklistItem } from './checklist';
import { joinNames, type ModelIndex } from './model-index';
import { fill, type ProposalStrings } from './strings';
import { COLORS, SIZE, type Rgb } from './theme';
import type { Cell, PdfWriter, Tone } from './writer';

const SEVERITY_TONE: Record<Severity, Tone> = { error: 'error', warning: 'warning', advice: 'advice' };
const SEVERITY_COLOR: Record<Severity, Rgb> = { error: COLORS.error, warning: COLORS.warning, advice: COLORS.advice };

function statusCell(item: ChecklistItem, s: ProposalStrings): { text: string; bold: true; color: Rgb } {
  if (item.status === 'ok') return { text: s.checklist.statusOk, bold: true, color: COLORS.ok };
  if (item.status === 'attention') return { text: s.checklist.statusAttention, bold: true, color: COLORS.warning };
  return { text: s.checklist.statusMissing, bold: true, color: COLORS.muted };
}

/** Checklist part: a summary table, then each item with its answer and findings. */
export function addChecklist(w: PdfWriter, items: ChecklistItem[], s: ProposalStrings, lang: Lang, rules?: RuleInfo[]): void {
  w.heading(1, s.checklist.title);
  w.paragraph(s.checklist.intro);
  w.table(
    [
      { title: '', weight: 0.5 },
      { title: s.checklist.item, weight: 6 },
      { title: s.checklist.status, weight: 1.4 },
      { title: s.checklist.findings, weight: 1, align: 'right' },
    ],
    items.map((it) => [{ text: `${it.no}.`, bold: true }, it.topic, statusCell(it, s), String(it.findings.length)]),
  );
  const titles = new Map((rules ?? []).map((r) => [r.id, r]));
  w.heading(2, s.checklist.details);
  for (const it of items) {
    const status = statusCell(it, s);
    w.item(`${it.no}.`, it.topic, status, it.answer);
    // One note per rule: its first finding and how many more there are (all are in Appendix A).
    const byRule = new Map<string, Problem[]>();
    for (const p of it.findings) byRule.set(p.ruleId, [...(byRule.get(p.ruleId) ?? []), p]);
    for (const group of byRule.values()) {
      const more = group.length > 1 ? ` ${fill(s.checklist.more, { n: group.length - 1 })}` : '';
      w.callout(problemLine(group[0], titles, s, lang) + more, SEVERITY_TONE[group[0].severity], SIZE.table, 11);
    }
    if (it.findings.length) w.space(1.5);
  }
}

function problemLine(p: Problem, rules: Map<string, RuleInfo>, s: ProposalStrings, lang: Lang): string {
  const sev = s.appendix[p.severity];
  const rule = rules.get(p.ruleId);
  return `${sev} · ${p.ruleId}${rule?.source ? ` (${rule.source})` : ''}: ${p.message[lang]}`;
}

/** Registries and repositories the model's data refers to, with the flows that bring the data in. */
export function addRegistries(w: PdfWriter, s: ProposalStrings, lang: Lang, index: ModelIndex, catalogue: CatalogueIndex): void {
  w.heading(1, s.registries.title);
  w.paragraph(s.registries.intro);
  const refs = new Map<string, { kind: 'registry' | 'repository'; entities: string[] }>();
  for (const e of index.of('dataEntity')) {
    for (const [ref, kind] of [
      [e.registryRef, 'registry'],
      [e.repositoryRef, 'repository'],
    ] as const) {
      if (!ref) continue;
      const entry = refs.get(ref) ?? { kind, entities: [] };
      entry.entities.push(e.id);
      refs.set(ref, entry);
    }
  }
  if (refs.size === 0) {
    w.callout(s.registries.none, 'warning', SIZE.body);
    return;
  }
  const rows: Cell[][] = [...refs].map(([ref, { kind, entities }]) => {
    const found = catalogue.dataSource(ref);
    const via = index
      .flows()
      .filter((f) => (f.dataEntityIds ?? []).some((id) => entities.includes(id)))
      .map((f) => `${index.name(f.source)} -> ${index.name(f.target)}${f.method ? ` (${label(lang, 'flowMethod', f.method)})` : ''}`);
    const owner = found?.kind === 'registry' && found.owner ? ` (${found.owner})` : '';
    return [
      (found?.kind ?? kind) === 'registry' ? s.registries.registry : s.registries.repository,
      { text: ref, mono: true },
      found ? { text: `${found.name[lang]}${owner}`, bold: true } : { text: s.registries.unknownRef, color: COLORS.warning },
      found ? label(lang, 'sector', found.sector) : '',
      joinNames(entities.map((id) => index.name(id))),
      via.join('\n'),
    ];
  });
  w.table(
    [
      { title: s.registries.type, weight: 1 },
      { title: s.registries.id, weight: 2 },
      { title: s.registries.name, weight: 1.6 },
      { title: s.registries.sector, weight: 1.2 },
      { title: s.registries.data, weight: 1.8 },
      { title: s.registries.via, weight: 2.4 },
    ],
    rows,
  );
}

/** Appendix: the checker report, the rules switched off and the rules checked. */
export function addAppendix(w: PdfWriter, doc: LakarDocument, s: ProposalStrings, lang: Lang, index: ModelIndex, report: CheckReport | undefined, rules: RuleInfo[] | undefined, date: string): void {
  w.heading(1, s.appendix.title, { numbered: false });
  const ruleMap = new Map((rules ?? []).map((r) => [r.id, r]));
  const disabled = report?.disabledRules ?? doc.meta.disabledRules ?? [];
  if (!report) {
    w.callout(s.appendix.notRun, 'warning', SIZE.body);
  } else {
    w.paragraph(fill(s.appendix.intro, { date }));
    w.paragraph(fill(s.appendix.counts, { error: report.counts.error, warning: report.counts.warning, advice: report.counts.advice }), { style: 'bold' });
    if (report.problems.length === 0) {
      w.callout(s.appendix.noProblems, 'ok', SIZE.body);
    } else {
      w.table(
        [
          { title: '', weight: 0.45, align: 'right' },
          { title: s.appendix.severity, weight: 0.9 },
          { title: s.appendix.rule, weight: 2.1 },
          { title: s.appendix.message, weight: 3.8 },
          { title: s.appendix.elements, weight: 1.8 },
        ],
        report.problems.map((p, i) => [
          String(i + 1),
          { text: s.appendix[p.severity], bold: true, color: SEVERITY_COLOR[p.severity] },
          { text: p.ruleId, mono: true },
          p.message[lang],
          joinNames([...p.elementIds.map((id) => index.name(id)), ...p.relationIds.map((id) => relationName(index, id))]),
        ]),
        { size: SIZE.small },
      );
    }
  }

  w.heading(2, s.appendix.disabledTitle, { numbered: false });
  if (disabled.length === 0) w.paragraph(s.appendix.disabledNone, { style: 'italic' });
  else
    w.table(
      [
        { title: s.appendix.rule, weight: 2 },
        { title: s.registries.name, weight: 4 },
        { title: s.appendix.source, weight: 2 },
      ],
      disabled.map((id) => [{ text: id, mono: true }, ruleMap.get(id)?.title[lang] ?? '', ruleMap.get(id)?.source ?? '']),
    );

  if (rules && rules.length) {
    w.heading(2, s.appendix.rulesTitle, { numbered: false });
    const disabledSet = new Set(disabled);
    w.table(
      [
        { title: s.appendix.rule, weight: 2 },
        { title: s.appendix.severity, weight: 0.9 },
        { title: s.registries.name, weight: 4 },
        { title: s.appendix.source, weight: 2 },
      ],
      rules.map((r) => [
        { text: r.id, mono: true, color: disabledSet.has(r.id) ? COLORS.muted : undefined },
        s.appendix[r.severity],
        r.title[lang],
        r.source,
      ]),
      { size: SIZE.small },
    );
  }
}

function relationName(index: ModelIndex, id: string): string {
  const r = index.doc.relations[id];
  return r ? `${index.name(r.source)} -> ${index.name(r.target)}` : id;
}
