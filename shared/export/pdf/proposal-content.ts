/**
 * The proposal-content parts of the paper, from the schema-2 fields: background and As-Is with the
 * strategic alignment, scope and measurable objectives, target groups with pain points and
 * benefits, cyber risk and the risk register, implementation (procurement, funding, JDN
 * consultants, PPrISA milestones, dependencies), the cost estimate with totals, the endorsement
 * block with blank signature lines, and the Rujukan list. Blanks print as dotted lines.
 */
import { citedDocuments } from '../../catalogue/sources';
import { formatIsoDate, formatRm, label, type Lang } from '../../i18n';
import { costTotals } from '../../model/proposal';
import type { LakarDocument } from '../../model/schema';
import { LIFECYCLES } from '../../model/vocabulary';
import { signatoryText } from './signatory';
import { fill, type ProposalStrings } from './strings';
import type { ContentStrings } from './strings-proposal';
import { COLORS, SIZE } from './theme';
import type { Cell, Column, PdfWriter } from './writer';

/** What every part needs. */
export interface PartContext {
  w: PdfWriter;
  doc: LakarDocument;
  lang: Lang;
  s: ProposalStrings;
  c: ContentStrings;
}

const col = (title: string, weight: number, align?: Column['align']): Column => ({ title, weight, align });

/** A text, or the dotted blank line. */
function orBlank(ctx: PartContext, text: string | undefined): string {
  return text?.trim() || ctx.s.notFilled;
}

/** How a short note under a heading, before its table or text, is set. */
const NOTE = { size: SIZE.table, style: 'italic' as const, color: COLORS.muted };
const note = (text: string) => ({ text, ...NOTE });

function intro(ctx: PartContext, text: string): void {
  ctx.w.paragraph(text, NOTE);
}

/** Latar belakang: the As-Is in words and the PSP/EA/punca kuasa alignment. */
export function addBackground(ctx: PartContext, hasAsIsView: boolean): void {
  const { w, doc, c } = ctx;
  w.heading(1, c.background.title);
  w.heading(2, c.background.asIs);
  intro(ctx, c.background.asIsIntro);
  w.paragraph(orBlank(ctx, doc.meta.asIsSummary));
  if (hasAsIsView) w.paragraph(c.background.asIsFigure, { size: SIZE.table });
  w.heading(2, c.background.alignment);
  intro(ctx, c.background.alignmentIntro);
  const a = doc.meta.strategicAlignment ?? {};
  w.keyValue([
    [c.background.psp, orBlank(ctx, a.psp)],
    [c.background.ea, orBlank(ctx, a.ea)],
    [c.background.puncaKuasa, orBlank(ctx, a.puncaKuasa)],
  ]);
}

/** Skop dan objektif, with the measurable objectives and their KPIs. */
export function addScopeAndObjectives(ctx: PartContext): void {
  const { w, doc, c, lang } = ctx;
  w.heading(1, c.scope.title);
  w.heading(2, c.scope.scope);
  w.paragraph(orBlank(ctx, doc.meta.scope));
  w.heading(2, c.scope.objectives);
  w.paragraph(orBlank(ctx, doc.meta.objectives));
  const rows: Cell[][] = (doc.meta.measurableObjectives ?? []).map((o, i) => [
    String(i + 1),
    { text: o.objective, bold: true },
    orBlank(ctx, o.measure),
    orBlank(ctx, o.baseline),
    orBlank(ctx, o.target),
    o.targetDate ? formatIsoDate(o.targetDate, lang) : ctx.s.notFilled,
  ]);
  w.titledTable(
    c.scope.kpiTitle,
    [col(ctx.s.sections.no, 0.4, 'right'), col(c.scope.objective, 3), col(c.scope.measure, 2.2), col(c.scope.baseline, 1.2), col(c.scope.target, 1.2), col(c.scope.targetDate, 1.3)],
    rows.length ? rows : [['1', ctx.s.notFilled, '', '', '', '']],
    {},
    { intro: note(c.scope.kpiIntro) },
  );
}

/** Target groups of the model, each with its pain point and the benefit; then the expected outcomes. */
export function addTargetGroups(ctx: PartContext): void {
  const { w, doc, c, s } = ctx;
  w.heading(1, c.groups.title);
  intro(ctx, c.groups.intro);
  const benefits = new Map((doc.meta.targetGroupBenefits ?? []).map((b) => [b.targetGroupId, b]));
  const groups = doc.elements.values().filter((e) => e.kind === 'targetGroup');
  groups.sort((a, b) => LIFECYCLES.indexOf(a.lifecycle) - LIFECYCLES.indexOf(b.lifecycle));
  w.table(
    [col(c.groups.group, 1.8), col(c.groups.lifecycle, 0.8), col(c.groups.painPoint, 3), col(c.groups.benefit, 3)],
    groups.map((g) => [{ text: g.name, bold: true }, g.lifecycle, orBlank(ctx, benefits.get(g.id)?.painPoint), orBlank(ctx, benefits.get(g.id)?.benefit)]),
    { empty: s.sections.empty },
  );
  w.heading(2, s.info.outcomes);
  intro(ctx, s.info.outcomesIntro);
  const o = doc.meta.expectedOutcomes ?? {};
  w.keyValue([
    [s.info.pengoptimumanKos, orBlank(ctx, o.pengoptimumanKos)],
    [s.info.pengoptimumanSumber, orBlank(ctx, o.pengoptimumanSumber)],
    [s.info.pulanganNilaiTerbaik, orBlank(ctx, o.pulanganNilaiTerbaik)],
  ]);
}

/** Cyber-threat risk consideration and the risk register. */
export function addSecurityAndRisk(ctx: PartContext): void {
  const { w, doc, c, lang } = ctx;
  w.heading(1, c.security.title);
  w.heading(2, c.security.cyber);
  intro(ctx, c.security.cyberIntro);
  w.paragraph(orBlank(ctx, doc.meta.cyberRisk));
  w.heading(2, c.security.risks);
  const rows: Cell[][] = (doc.meta.risks ?? []).map((r, i) => [
    String(i + 1),
    { text: r.risk, bold: true },
    r.category ? label(lang, 'riskCategory', r.category) : ctx.s.notFilled,
    r.likelihood ? label(lang, 'riskLevel', r.likelihood) : ctx.s.notFilled,
    r.impact ? label(lang, 'riskLevel', r.impact) : ctx.s.notFilled,
    orBlank(ctx, r.mitigation),
  ]);
  w.table(
    [col(ctx.s.sections.no, 0.4, 'right'), col(c.security.risk, 2.6), col(c.security.category, 1.2), col(c.security.likelihood, 1.1), col(c.security.impact, 0.9), col(c.security.mitigation, 2.8)],
    rows.length ? rows : [['1', ctx.s.notFilled, '', '', '', '']],
  );
}

/** Procurement, funding, JDN consultants, PPrISA milestones and dependencies. */
export function addImplementation(ctx: PartContext): void {
  const { w, doc, c, lang } = ctx;
  const m = doc.meta;
  const i = c.implementation;
  w.heading(1, i.title);
  w.keyValue([
    [i.procurement, m.kaedahPerolehan ? label(lang, 'procurementMethod', m.kaedahPerolehan) : ctx.s.notFilled],
    [i.funding, m.fundingSource ? label(lang, 'fundingSource', m.fundingSource) : ctx.s.notFilled],
    ...(m.fundingNote ? ([[i.fundingNote, m.fundingNote]] as [string, Cell][]) : []),
  ]);
  w.heading(2, i.jdn);
  intro(ctx, i.jdnIntro);
  const j = m.jdnConsultation;
  w.keyValue([
    [i.jdn, j ? (j.involved ? i.jdnInvolved : i.jdnNotInvolved) : ctx.s.notFilled],
    [i.jdnUnits, j?.units?.length ? j.units.map((u) => label(lang, 'jdnConsultantUnit', u)).join(', ') : ctx.s.notFilled],
    [i.jdnDate, j?.date ? formatIsoDate(j.date, lang) : ctx.s.notFilled],
    ...(j?.notes ? ([[i.jdnNotes, j.notes]] as [string, Cell][]) : []),
  ]);
  const ms = m.milestones ?? [];
  // a heading, its note and the table's start kept on one page (titledTable)
  w.titledTable(
    i.milestones,
    [col(i.phase, 2), col(i.activity, 3.2), col(i.start, 1.2), col(i.end, 1.2)],
    ms.length ? ms.map((x) => [{ text: label(lang, 'projectPhase', x.phase), bold: true }, orBlank(ctx, x.name), x.start ? formatIsoDate(x.start, lang) : ctx.s.notFilled, x.end ? formatIsoDate(x.end, lang) : ctx.s.notFilled]) : [[ctx.s.notFilled, '', '', '']],
    {},
    { level: 2, numbered: true, intro: note(i.milestonesIntro) },
  );
  w.titledTable(
    i.dependencies,
    [col(i.dependency, 2.6), col(i.kind, 1.6), col(i.agency, 1.4), col(i.note, 2.6)],
    (m.dependencies ?? []).map((d) => [{ text: d.name, bold: true }, label(lang, 'dependencyKind', d.kind), d.agency ?? '', d.note ?? '']),
    { empty: ctx.s.sections.empty },
    { level: 2, numbered: true, intro: note(i.dependenciesIntro) },
  );
}

/** The cost table (component, CAPEX/OPEX, year, basis, amount) with CAPEX, OPEX, grand total and totals by year. */
export function addCost(ctx: PartContext): void {
  const { w, doc, c, lang } = ctx;
  const k = c.cost;
  w.heading(1, k.title);
  intro(ctx, k.intro);
  const costs = doc.meta.costs ?? [];
  if (costs.length === 0) {
    w.keyValue([[k.total, ctx.s.notFilled]]);
    return;
  }
  const t = costTotals(costs);
  const rows: Cell[][] = costs.map((x, i) => [
    String(i + 1),
    { text: x.component, bold: true },
    x.costType ? x.costType.toUpperCase() : ctx.s.notFilled,
    x.year ? String(x.year) : ctx.s.notFilled,
    x.basis ? `${label(lang, 'costBasis', x.basis)}${x.note ? ` (${x.note})` : ''}` : x.note ? `${ctx.s.notFilled} (${x.note})` : ctx.s.notFilled,
    formatRm(x.amount),
  ]);
  w.table([col(ctx.s.sections.no, 0.4, 'right'), col(k.component, 3), col(k.type, 0.8), col(k.year, 0.7), col(k.basis, 2.4), col(k.amount, 1.6, 'right')], rows);
  const totals: [string, Cell][] = [];
  if (t.capex) totals.push([k.capex, formatRm(t.capex)]);
  if (t.opex) totals.push([k.opex, formatRm(t.opex)]);
  totals.push([k.total, { text: formatRm(t.total), bold: true }]);
  const years = [...t.byYear.entries()].sort(([a], [b]) => (a ?? 9999) - (b ?? 9999));
  if (years.length > 1) totals.push([k.byYear, years.map(([y, v]) => `${y ?? k.noYear}: ${formatRm(v)}`).join('\n')]);
  w.keyValue(totals, 0.45);
}

/** Signature blocks: prepared by, supported by the ministry's CDO, endorsed by the JPICT chair. */
export function addEndorsement(ctx: PartContext): void {
  const { w, doc, c, lang } = ctx;
  const e = c.endorsement;
  const m = doc.meta;
  const en = m.endorsement ?? {};
  w.heading(1, e.title);
  intro(ctx, e.intro);
  // the ministry the paper names on its cover (agensi induk), so the signatories are that ministry's
  const ministry = m.agensiInduk?.trim();
  const line = '……………………………………………';
  const block = (title: string, rows: [string, string][]) => {
    w.heading(3, title, { numbered: false, keep: 40 });
    w.keyValue([[e.signature, line], ...rows.map(([k, v]): [string, Cell] => [k, v || line])], 0.28);
  };
  // a unit or post entered as a name is not printed as the signatory's name (signatory.ts): the
  // name is written in by hand, the unit gets its own row and a post is the Jawatan
  const author = signatoryText(m.author);
  const cdo = signatoryText(en.cdoName);
  block(e.prepared, [
    [e.name, author.kind === 'person' ? author.name : ''],
    [e.position, en.preparerPosition?.trim() || (author.kind === 'post' ? author.text : '')],
    ...(author.kind === 'unit' ? ([[e.unit, author.text]] as [string, string][]) : []),
    [e.date, ''],
  ]);
  block(e.supported, [
    [e.name, cdo.kind === 'person' ? cdo.name : ''],
    [e.position, ministry ? fill(e.cdoOf, { ministry }) : e.cdo],
    [e.date, ''],
  ]);
  block(e.endorsed, [
    [e.name, ''],
    [e.position, ministry ? fill(e.jpictOf, { ministry }) : e.jpict],
    [e.meeting, en.jpictMeeting ?? ''],
    [e.date, en.jpictDate ? formatIsoDate(en.jpictDate, lang) : ''],
  ]);
}

/**
 * The Rujukan list, by title: every document the check report's rules cite (`sources`) and every one
 * the paper's text names (`named`, keys of SOURCE_DOCUMENTS): a document named in the body is listed.
 */
export function addReferences(ctx: PartContext, sources: Iterable<string>, named: Iterable<string>): void {
  const { w, c, lang } = ctx;
  w.heading(1, c.references.title, { numbered: false });
  intro(ctx, c.references.intro);
  const docs = citedDocuments(['001 §', ...sources], named);
  const entries = docs.map((d) => `${d.title[lang]}. ${d.issuer[lang]}. ${fill(c.references.citedAs, { short: d.short[lang] })}`);
  // the agency's own plan and architecture §2.2 rests on (Jadual 4-1 A.1 langkah 1), as the agency names them
  const a = ctx.doc.meta.strategicAlignment ?? {};
  const agency = ctx.doc.meta.pemilikProjek?.trim() || ctx.doc.meta.agensiInduk?.trim();
  for (const [text, short] of [[a.psp, c.background.psp], [a.ea, c.background.ea]] as const) {
    if (!text?.trim()) continue;
    const origin = agency ? ` ${fill(c.references.agencyDocument, { agency })}.` : '';
    entries.push(`${text.trim().replace(/\.$/, '')}.${origin} ${fill(c.references.citedAs, { short })}`);
  }
  w.table([col('', 0.35, 'right'), col('', 6)], entries.map((e, i) => [`[${i + 1}]`, e]), { header: false });
}
