/**
 * The MyGDX Interface Description Document as PDF, following 003 Lampiran A: cover with the
 * document facts, review/approval and document-control tables, acronyms and terms, introduction,
 * one chapter per MyGDX flow (§2.1.1–2.1.6) and the error-handling appendix.
 */
import { label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { checkpoint, type ProgressOptions } from '../pdf/progress';
import { fill, formatDate } from '../pdf/strings';
import { COLORS, MARGIN, SIZE } from '../pdf/theme';
import { PdfWriter, type Cell } from '../pdf/writer';
import { buildIddDocument, type IddDocument, type IddInterface } from './model';
import { ACRONYMS, IDD_STRINGS, type IddStrings } from './strings';
import { errorAppendix, ORGANISATION, references, restHeaderRows, soapHeaderRows, type HeaderRow } from './template';

export interface IddPdfOptions extends ProgressOptions {
  lang: Lang;
  date?: Date;
  /** Only these flows (default: every MyGDX flow). */
  flowIds?: string[];
}

/** The IDD of `doc` as PDF bytes: one chapter per MyGDX flow. */
export async function buildIddPdf(doc: LakarDocument, options: IddPdfOptions): Promise<Uint8Array> {
  const { lang } = options;
  const s = IDD_STRINGS[lang];
  const date = options.date ?? new Date();
  const idd = buildIddDocument(doc, { lang, date, flowIds: options.flowIds });
  const nf = s.notFilled;
  const project = idd.meta.project || nf;
  await checkpoint(options, 0, 'cover');

  const w = new PdfWriter({
    runningHeader: `${s.docTitle} — ${project}`,
    footerLeft: [idd.meta.agency, 'MyGDX'].filter(Boolean).join(' · '),
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${s.docTitle}: ${project}`, subject: s.docSubtitle, author: idd.meta.author || idd.meta.agency || 'Lakar', keywords: 'IDD, MyGDX, UXP, API', creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
  });

  drawCover(w, idd, s, lang, date);
  addFrontMatter(w, idd, s, lang, date, project);

  w.heading(1, s.intro);
  w.heading(2, s.objective);
  for (const text of s.objectiveText) w.paragraph(text);
  w.heading(2, s.scope);
  w.paragraph(s.scopeText);
  w.paragraph(fill(s.scopeModel, { n: idd.interfaces.length, project }));
  if (idd.interfaces.length)
    w.table(
      [
        { title: s.no, weight: 0.5, align: 'right' },
        { title: s.serviceName, weight: 2.2 },
        { title: s.serviceId, weight: 2.6 },
        { title: s.supplierAgency, weight: 2 },
        { title: s.integration, weight: 1.1 },
      ],
      idd.interfaces.map((itf, i) => [String(i + 1), itf.serviceName ?? nf, itf.serviceId ? { text: itf.serviceId, mono: true } : nf, itf.supplier.agency ?? nf, itf.integrationStyle ?? nf]),
    );

  w.heading(2, s.organisation);
  w.paragraph(s.organisationText);
  w.paragraph(s.organisationTable, { style: 'bold', size: SIZE.table });
  w.table(
    [
      { title: s.orgNo, weight: 0.6 },
      { title: s.orgSection, weight: 2 },
      { title: s.orgDescription, weight: 4 },
    ],
    ORGANISATION[lang].map(([n, section, text]) => [n, section, text]),
    { grid: true },
  );

  w.heading(1, s.interfaces);
  if (idd.interfaces.length === 0) w.callout(s.noFlows, 'warning', SIZE.body);
  for (const [i, itf] of idd.interfaces.entries()) {
    addInterface(w, itf, s, lang, i > 0);
    await checkpoint(options, 0.1 + (0.8 * (i + 1)) / idd.interfaces.length, 'interfaces');
  }

  w.heading(1, s.appendix, { newPage: true });
  w.heading(2, s.appendix1);
  for (const block of errorAppendix(lang)) {
    if ('heading' in block) w.heading(block.level, block.heading, { toc: false });
    else if ('paragraph' in block) w.paragraph(block.paragraph);
    else if ('code' in block) w.code(block.code);
    else for (const point of block.points) w.paragraph(point.trim(), { indent: point.startsWith(' ') ? 12 : 4, after: 0.8 });
  }

  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

function drawCover(w: PdfWriter, idd: IddDocument, s: IddStrings, lang: Lang, date: Date): void {
  const pdf = w.pdf;
  pdf.setFillColor(...COLORS.accent);
  pdf.rect(0, 0, w.pageWidth, 12, 'F');
  let y = 60;
  w.setFont(20, 'bold', COLORS.accent);
  for (const l of w.wrap(s.docTitle, w.width)) {
    w.textAt(l, MARGIN.left, y, 20);
    y += 9;
  }
  w.setFont(11, 'normal', COLORS.muted);
  for (const l of w.wrap(s.docSubtitle, w.width)) {
    w.textAt(l, MARGIN.left, y, 11);
    y += 5.5;
  }
  y += 8;
  w.setFont(16, 'bold', COLORS.ink);
  for (const l of w.wrap(idd.meta.project || s.notFilled, w.width).slice(0, 4)) {
    w.textAt(l, MARGIN.left, y, 16);
    y += 7.5;
  }
  y = Math.max(y + 20, 170);
  const rows: [string, string][] = [
    [s.agencyName, idd.meta.agency ?? s.notFilled],
    [s.parentAgency, idd.meta.parentAgency ?? s.notFilled],
    [s.docDate, formatDate(date, lang)],
    [s.docVersion, idd.meta.version ?? s.notFilled],
  ];
  for (const [k, v] of rows) {
    w.setFont(10, 'bold', COLORS.ink);
    w.textAt(k, MARGIN.left, y, 10);
    w.textAt(':', MARGIN.left + 50, y, 10);
    w.setFont(10, 'normal', COLORS.ink);
    const lines = w.wrap(v, w.width - 56);
    lines.forEach((l, i) => w.textAt(l, MARGIN.left + 55, y + i * 5, 10));
    y += lines.length * 5 + 4;
  }
}

function addFrontMatter(w: PdfWriter, idd: IddDocument, s: IddStrings, lang: Lang, date: Date, project: string): void {
  const sign = (role: string, name = ''): Cell[] => [{ text: `${role}\n\n`, bold: true }, name, '', ''];
  const cols = [
    { title: s.activity, weight: 1.3 },
    { title: s.nameTitle, weight: 2.4 },
    { title: s.signature, weight: 1.6 },
    { title: s.date, weight: 1.2 },
  ];
  w.heading(1, s.review, { numbered: false, toc: false });
  w.table(cols, [sign(s.preparedBy, idd.meta.author ?? ''), sign(s.checkedBy), sign(s.certifiedBy)], { grid: true });
  w.heading(2, fill(s.approvalBy, { agency: (idd.meta.agency ?? '<AGENSI>').toUpperCase() }), { numbered: false, toc: false });
  w.table(cols, [sign(s.checkedBy), sign(s.certifiedBy)], { grid: true });
  w.heading(2, s.approvalMygdx, { numbered: false, toc: false });
  w.table(cols, [sign(s.approvedBy)], { grid: true });
  w.heading(2, s.control, { numbered: false, toc: false });
  w.table(
    [
      { title: s.version, weight: 0.8 },
      { title: s.date, weight: 1.3 },
      { title: s.changeSummary, weight: 3 },
      { title: s.preparer, weight: 2 },
    ],
    [[idd.meta.version ?? s.notFilled, formatDate(date, lang), s.generated, idd.meta.author ?? s.notFilled]],
  );
  w.heading(1, s.acronyms, { numbered: false, toc: false });
  w.table(
    [
      { title: s.term, weight: 1 },
      { title: s.meaning, weight: 4 },
    ],
    ACRONYMS.map(([a, b]) => [{ text: a, bold: true }, b]),
  );
  w.heading(2, s.terms, { numbered: false, toc: false });
  w.table(
    [
      { title: s.termTitle, weight: 1 },
      { title: s.definition, weight: 4 },
    ],
    [
      [{ text: lang === 'ms' ? 'Agensi' : 'Agency', bold: true }, s.termAgency],
      [{ text: lang === 'ms' ? 'Agensi Pembekal' : 'Supplying agency', bold: true }, s.termSupplier],
    ],
  );
  w.heading(2, s.references, { numbered: false, toc: false });
  w.table(
    [
      { title: s.no, weight: 0.5 },
      { title: s.meaning, weight: 4.5 },
    ],
    references(lang, project).map((text, i) => [`${i + 1}.`, text]),
  );
}

/** A standard header table's rows as table cells: captions bold across the table, codes monospaced. */
function headerCells(rows: HeaderRow[], monoColumns: number[]): Cell[][] {
  return rows.map((row): Cell[] => ('caption' in row ? [{ text: row.caption, bold: true }] : row.cells.map((text, i) => (monoColumns.includes(i) ? { text, mono: true } : text))));
}

function addInterface(w: PdfWriter, itf: IddInterface, s: IddStrings, lang: Lang, newPage: boolean): void {
  const nf = s.notFilled;
  const v = (x: string | null | undefined): Cell => (x ? x : { text: nf, color: COLORS.muted });
  w.heading(2, itf.serviceName ?? itf.serviceId ?? nf, { newPage });

  w.heading(3, s.s211);
  const sup = itf.supplier;
  w.keyValue([
    [s.serviceName, v(itf.serviceName)],
    [s.serviceDescription, v(itf.serviceDescription)],
    [s.dataType, v(itf.dataType ? label(lang, 'classification', itf.dataType) : null)],
    [s.supplierAgency, v(sup.agency)],
    [s.integration, v(itf.integrationStyle)],
    [s.serviceId, itf.serviceId ? { text: itf.serviceId, mono: true } : v(null)],
    [s.method, v(itf.httpMethod)],
    [s.apiUrl, v(itf.apiUrl)],
    [s.authentication, v(itf.authentication)],
  ]);
  if (itf.missing.length || itf.notes.length) {
    const lines = [
      ...itf.missing.map((k) => s.fields[k]),
      ...itf.notes.map((n) => fill(n.key === 'serviceIdFormat' ? s.noteServiceIdFormat : s.noteServiceIdSupplier, n.params)),
    ];
    w.callout(`${s.missingTitle}. ${s.missingIntro} ${lines.join('; ')}.`, 'warning');
  }

  w.heading(3, s.s212);
  w.table(
    [
      { title: s.no, weight: 0.5, align: 'right' },
      { title: s.consumerName, weight: 3 },
      { title: 'memberCode', weight: 1.3 },
      { title: 'subsystemCode', weight: 1.3 },
    ],
    itf.consumers.map((c, i) => [String(i + 1), c.agencyName, v(c.memberCode), v(c.subsystemCode)]),
  );
  if (itf.consumers.some((c) => c.derived)) w.paragraph(fill(s.derivedConsumer, { system: itf.consumerSystem.systemName }), { size: SIZE.small, style: 'italic', color: COLORS.muted });

  w.heading(3, s.s213);
  if (itf.integrationStyle) w.paragraph(fill(s.applicable, { style: itf.integrationStyle }), { style: 'bold' });
  w.paragraph(s.soapIntro);
  w.heading(4, s.soapTable, { numbered: false, toc: false, keep: 40 });
  w.table(
    [
      { title: s.paramInput, weight: 1.5 },
      { title: s.fieldDesc, weight: 2.2 },
      { title: s.headerBody, weight: 1 },
      { title: s.value, weight: 2.4 },
    ],
    headerCells(soapHeaderRows(itf, s), [0, 3]),
  );
  w.heading(4, s.restTable, { numbered: false, toc: false, keep: 30 });
  w.table(
    [
      { title: s.paramName, weight: 1.1 },
      { title: s.dataStructure, weight: 2.6 },
      { title: s.value, weight: 3 },
    ],
    headerCells(restHeaderRows(itf, s), [0, 2]),
  );
  w.heading(4, s.s2131, { toc: false });
  w.code(itf.soapHeader);
  w.heading(4, s.s2132, { toc: false });
  w.code(itf.restHeader);

  const fieldCols = [
    { title: s.no, weight: 0.5, align: 'right' as const },
    { title: s.fieldName, weight: 2 },
    { title: s.fieldDesc, weight: 3 },
    { title: s.fieldType, weight: 1.3 },
    { title: s.headerBody, weight: 1 },
  ];
  const fieldRows = (fields: IddInterface['requestFields']): Cell[][] => fields.map((f, i) => [String(i + 1), { text: f.name, mono: true }, f.description ?? '', f.type ?? '', 'Body']);
  w.heading(3, s.s214);
  w.table(fieldCols, fieldRows(itf.requestFields), { empty: nf });
  w.heading(3, s.s215);
  w.table(fieldCols, fieldRows(itf.responseFields), { empty: nf });
  if (itf.responseFromEntities) w.paragraph(fill(s.fromEntities, { entities: itf.dataEntities.join(', ') }), { size: SIZE.small, style: 'italic', color: COLORS.muted });
  w.heading(4, s.s2151, { toc: false });
  if (itf.soapResponse) w.code(itf.soapResponse);
  else w.paragraph(nf, { style: 'italic', color: COLORS.muted });
  w.heading(3, s.s216);
  w.paragraph(s.errorRef);
}
