/**
 * The review parts of the proposal paper: the WoG checklist (Jadual 4-1 A.1.a) with the agency's
 * answers, evidence and honest statuses; the registries and repositories used (once-only principle,
 * Panduan WoG §2.6); the WoG Check Report (Lampiran 1) and the import assumptions (Lampiran 2).
 * Every source is named by its document (shared/catalogue/sources), every catalogue entry by name.
 */
import { decodeReferences, formatSource } from '../../catalogue/sources';
import type { CatalogueIndex } from '../../catalogue/catalogue';
import { CHECKLIST_STRINGS, checklistStatusLabel, type ChecklistItem, type ChecklistStatus } from '../../checklist';
import { formatIsoDate, label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { standingImportAssumptions } from '../../model/import-assumptions';
import type { CheckReport, Problem, RuleInfo, Severity } from '../../rules/types';
import { joinNames, type ModelIndex } from './model-index';
import { addFindingsSummary, PAPER_LIMITS } from './large-model';
import { fill, type ProposalStrings } from './strings';
import type { ContentStrings } from './strings-proposal';
import { lineHeight } from './text';
import { COLORS, SIZE, type Rgb } from './theme';
import type { Cell, PdfWriter, Tone } from './writer';

const SEVERITY_TONE: Record<Severity, Tone> = { error: 'error', warning: 'warning', advice: 'advice' };
const SEVERITY_COLOR: Record<Severity, Rgb> = { error: COLORS.error, warning: COLORS.warning, advice: COLORS.advice };
const STATUS_COLOR: Record<ChecklistStatus, Rgb> = { answered: COLORS.ok, needsAnswer: COLORS.warning, notChecked: COLORS.error, notApplicable: COLORS.muted };

function statusCell(status: ChecklistStatus, lang: Lang): { text: string; bold: true; color: Rgb } {
  return { text: checklistStatusLabel(status, lang), bold: true, color: STATUS_COLOR[status] };
}

/** Checklist part: the status of each item, then each item with the agency's answer, evidence, reasons and findings. */
export function addChecklist(w: PdfWriter, items: ChecklistItem[], s: ProposalStrings, lang: Lang, rules?: RuleInfo[]): void {
  w.heading(1, s.checklist.title);
  w.paragraph(s.checklist.intro);
  w.paragraph(s.checklist.statusKey, { size: SIZE.table, color: COLORS.muted });
  w.table(
    [
      { title: '', weight: 0.5 },
      { title: s.checklist.item, weight: 6 },
      { title: s.checklist.status, weight: 1.6 },
      { title: s.checklist.open, weight: 1.2, align: 'right' },
    ],
    items.map((it) => [{ text: `${it.no}.`, bold: true }, it.topic, statusCell(it.status, lang), String(it.findings.filter((p) => p.severity !== 'advice').length)]),
  );
  const titles = new Map((rules ?? []).map((r) => [r.id, r]));
  w.heading(2, s.checklist.details);
  for (const it of items) {
    // the head keeps the "Jawapan agensi" label and its first two lines on its page (item v stood alone at a page foot)
    w.item(`${it.no}.`, it.topic, statusCell(it.status, lang), [], SUB_LABEL_KEEP);
    subLabel(w, s.checklist.agencyAnswer);
    w.paragraph(it.answer ?? s.notFilled, { size: SIZE.table, indent: 11 });
    if (it.evidence.length) {
      subLabel(w, s.checklist.evidence);
      indentedBullets(w, it.evidence);
    }
    // the answer read against the model: what it bears out (what it contradicts is among the reasons)
    if (it.agreement.confirms.length) {
      subLabel(w, CHECKLIST_STRINGS[lang].agree.confirmed);
      indentedBullets(w, it.agreement.confirms);
    }
    for (const reason of it.reasons) w.callout(reason, it.status === 'answered' || it.status === 'notApplicable' ? 'advice' : 'warning', SIZE.table, 11);
    // One note per rule: its first finding and how many more there are (all are in Lampiran 1).
    const byRule = new Map<string, Problem[]>();
    for (const p of it.findings) byRule.set(p.ruleId, [...(byRule.get(p.ruleId) ?? []), p]);
    for (const group of byRule.values()) {
      const more = group.length > 1 ? ` ${fill(s.checklist.more, { n: group.length - 1 })}` : '';
      w.callout(problemLine(group[0], titles, s, lang) + more, SEVERITY_TONE[group[0].severity], SIZE.table, 11);
    }
    w.space(2);
  }
}

/** Height of a label and the first two lines under it. */
const SUB_LABEL_KEEP = 3 * lineHeight(SIZE.table) + 0.6;

/** A label over an item's answer or evidence, kept on the page of its first two lines (never alone at a page foot). */
function subLabel(w: PdfWriter, text: string): void {
  w.ensure(SUB_LABEL_KEEP);
  w.paragraph(`${text}:`, { size: SIZE.table, style: 'bold', indent: 11, after: 0.6 });
}

function indentedBullets(w: PdfWriter, lines: string[]): void {
  w.bullets(lines, SIZE.table, { indent: 13, after: 1 });
}

function problemLine(p: Problem, rules: Map<string, RuleInfo>, s: ProposalStrings, lang: Lang): string {
  const rule = rules.get(p.ruleId);
  return `${s.appendix[p.severity]}: ${decodeReferences(p.message[lang], lang)}${rule?.source ? ` (${formatSource(rule.source, lang)})` : ''}`;
}

/** Registries and repositories the model's data refers to, by name and owner, with the flows that bring the data in. */
export function addRegistries(w: PdfWriter, s: ProposalStrings, lang: Lang, index: ModelIndex, catalogue: CatalogueIndex): void {
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
    w.heading(1, s.registries.title, { newPage: false });
    w.paragraph(s.registries.intro);
    w.paragraph(s.registries.none, { style: 'italic' });
    addDeclinedRegistries(w, s, lang, index, catalogue);
    return;
  }
  // no owner in the catalogue (Sosial 2's and most repositories name none): the owner the model gives
  // the data, said as such, so this table agrees with label 6's (001 Jadual 3-1 label 6)
  const ownerOfData = (entities: string[]) => {
    const owners = [...new Set(entities.map((id) => index.element(id)).map((e) => (e?.kind === 'dataEntity' ? e.ownerAgency?.trim() : undefined)).filter((x): x is string => !!x))];
    return owners.length ? s.registries.ownerOfData.replace('{owners}', owners.join(', ')) : '';
  };
  const rows: Cell[][] = [...refs].map(([ref, { kind, entities }]) => {
    const found = catalogue.dataSource(ref);
    const via = index
      .flows()
      .filter((f) => (f.dataEntityIds ?? []).some((id) => entities.includes(id)))
      .map((f) => `${index.ends(f)}${f.method ? ` (${label(lang, 'flowMethod', f.method)})` : ''}`);
    return [
      (found?.kind ?? kind) === 'registry' ? s.registries.registry : s.registries.repository,
      found ? { text: found.name[lang], bold: true } : { text: `“${ref}”: ${s.registries.unknownRef}`, color: COLORS.warning },
      found?.kind === 'registry' && found.owner ? found.owner : ownerOfData(entities),
      found ? label(lang, 'sector', found.sector) : '',
      joinNames(entities.map((id) => index.name(id))),
      via.join('\n'),
    ];
  });
  const columns = [
    { title: s.registries.type, weight: 1 },
    { title: s.registries.name, weight: 1.8 },
    { title: s.registries.owner, weight: 1.4 },
    { title: s.registries.sector, weight: 1.2 },
    { title: s.registries.data, weight: 1.8 },
    { title: s.registries.via, weight: 2.4 },
  ];
  // The section follows the checklist on its page: the heading keeps its intro and the table with
  // it, whole when it is short (the worked example's two rows were split, one alone under a repeated
  // header on an otherwise empty page), else its first two rows.
  const kept = rows.length <= SHORT_TABLE_ROWS ? rows : rows.slice(0, 2);
  w.heading(1, s.registries.title, { newPage: false, keep: w.paragraphHeight(s.registries.intro) + w.tableHeight(columns, kept) });
  w.paragraph(s.registries.intro);
  w.table(columns, rows);
  addDeclinedRegistries(w, s, lang, index, catalogue);
}

/**
 * The sector's registries and repositories the agency considered and does not use, each with its
 * reason (Panduan WoG §3.2.1 c, §3.2.3 b): JDN analyses them at Jadual 4-1 step 4a a (iii)–(iv), and
 * without them a recruitment project reads as having ignored Registri Pekerjaan.
 */
function addDeclinedRegistries(w: PdfWriter, s: ProposalStrings, lang: Lang, index: ModelIndex, catalogue: CatalogueIndex): void {
  const declined = index.doc.meta.declinedCatalogueRefs ?? [];
  if (declined.length === 0) return;
  const entries = declined.map(({ ref, reason }) => ({ ref, reason, found: catalogue.dataSource(ref) }));
  const ownerOf = (found: (typeof entries)[number]['found']) => (found?.kind === 'registry' && found.owner ? found.owner : '');
  // the owner column only when the catalogue names an owner of one of them (Sosial 2's name none)
  const withOwner = entries.some((x) => ownerOf(x.found));
  const rows: Cell[][] = entries.map(({ ref, reason, found }) => [
    found ? (found.kind === 'registry' ? s.registries.registry : s.registries.repository) : '',
    found ? { text: found.name[lang], bold: true } : { text: `“${ref}”: ${s.registries.unknownRef}`, color: COLORS.warning },
    ...(withOwner ? [ownerOf(found)] : []),
    reason,
  ]);
  w.titledTable(
    s.registries.declinedTitle,
    [
      { title: s.registries.type, weight: 1 },
      { title: s.registries.name, weight: 1.8 },
      ...(withOwner ? [{ title: s.registries.owner, weight: 1.6 }] : []),
      { title: s.registries.reason, weight: 5 },
    ],
    rows,
    {},
    { intro: { text: s.registries.declinedIntro, size: SIZE.table, color: COLORS.muted } },
  );
}

/** Rows of a table short enough to be kept whole on one page with its heading. */
const SHORT_TABLE_ROWS = 4;

/** Lampiran 1: the WoG Check Report, the excluded rules and the rules checked. */
export function addCheckReport(w: PdfWriter, doc: LakarDocument, s: ProposalStrings, lang: Lang, index: ModelIndex, report: CheckReport | undefined, rules: RuleInfo[] | undefined, date: string): void {
  w.heading(1, s.appendix.title, { numbered: false });
  const ruleMap = new Map((rules ?? []).map((r) => [r.id, r]));
  const disabled = report?.disabledRules ?? doc.meta.disabledRules ?? [];
  const ruleCell = (id: string): Cell => ({ text: ruleMap.get(id) ? `${ruleMap.get(id)!.title[lang]}\n${formatSource(ruleMap.get(id)!.source, lang)}` : id });
  if (!report) {
    w.callout(s.appendix.notRun, 'warning', SIZE.body);
  } else {
    w.paragraph(fill(s.appendix.intro, { date, catalogue: report.catalogueVersion ?? '' }).replace(' ,', ','));
    w.paragraph(fill(s.appendix.counts, { error: report.counts.error, warning: report.counts.warning, advice: report.counts.advice }), { style: 'bold' });
    if (report.problems.length === 0) {
      w.callout(s.appendix.noProblems, 'ok', SIZE.body);
    } else if (report.problems.length > PAPER_LIMITS.findingsListed) {
      // one row per rule: a reviewer cannot read thousands of rows, and the full list is in the check export
      const names = (p: Problem) => [...p.elementIds.map((id) => index.name(id)), ...p.relationIds.map((id) => relationName(index, id))];
      addFindingsSummary(w, report.problems, names, ruleMap, { severity: s.appendix.severity, rule: s.appendix.rule, labels: { error: s.appendix.error, warning: s.appendix.warning, advice: s.appendix.advice }, colors: SEVERITY_COLOR }, lang);
    } else {
      w.table(
        [
          { title: '', weight: 0.45, align: 'right' },
          { title: s.appendix.severity, weight: 0.9 },
          { title: s.appendix.rule, weight: 2.4 },
          { title: s.appendix.message, weight: 3.6 },
          { title: s.appendix.elements, weight: 1.7 },
        ],
        report.problems.map((p, i) => [
          String(i + 1),
          { text: s.appendix[p.severity], bold: true, color: SEVERITY_COLOR[p.severity] },
          // the rule by its title; its source is listed once, under the rules checked
          ruleMap.get(p.ruleId)?.title[lang] ?? p.ruleId,
          decodeReferences(p.message[lang], lang),
          joinNames([...p.elementIds.map((id) => index.name(id)), ...p.relationIds.map((id) => relationName(index, id))]),
        ]),
        { size: SIZE.small },
      );
    }
  }

  if (disabled.length === 0) {
    w.heading(2, s.appendix.disabledTitle, { numbered: false });
    w.paragraph(s.appendix.disabledNone, { style: 'italic' });
  } else w.titledTable(s.appendix.disabledTitle, [{ title: s.appendix.rule, weight: 1 }], disabled.map((id) => [ruleCell(id)]), {}, { level: 2 });

  if (rules && rules.length) {
    const disabledSet = new Set(disabled);
    w.titledTable(
      s.appendix.rulesTitle,
      [
        { title: s.appendix.severity, weight: 0.9 },
        { title: s.appendix.rule, weight: 4 },
        { title: s.appendix.source, weight: 2.6 },
      ],
      rules.map((r) => [s.appendix[r.severity], { text: r.title[lang], color: disabledSet.has(r.id) ? COLORS.muted : undefined }, formatSource(r.source, lang)]),
      { size: SIZE.small },
      { level: 2 },
    );
  }
}

/** Lampiran 2: what an import from another tool assumed, while the user has not confirmed it. */
export function addImportAssumptions(w: PdfWriter, doc: LakarDocument, c: ContentStrings, lang: Lang, index: ModelIndex): void {
  const a = doc.meta.importAssumptions;
  const items = standingImportAssumptions(doc);
  if (!a || items.length === 0) return;
  const i = c.imports;
  w.heading(1, i.title, { numbered: false });
  w.paragraph(fill(i.intro, { source: a.source, format: a.format === 'oef' ? i.oef : i.csv, date: formatIsoDate(a.importedAt, lang) }));
  w.table(
    [
      { title: i.assumption, weight: 3 },
      { title: i.count, weight: 0.8, align: 'right' },
      { title: i.elements, weight: 3.2 },
    ],
    items.map((x) => {
      const names = (x.elementIds ?? []).map((id) => index.name(id));
      const shown = names.length > 12 ? `${joinNames(names.slice(0, 12))} …` : joinNames(names);
      return [fill(i.kinds[x.kind], { detail: x.detail ?? '' }), String(x.count), shown];
    }),
  );
}

function relationName(index: ModelIndex, id: string): string {
  const r = index.doc.relations.get(id);
  return r ? index.ends(r) : id;
}
