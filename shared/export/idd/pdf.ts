/**
 * The MyGDX Interface Description Documents as PDF, following 003 Lampiran A: one document per
 * supplying agency, with KETERANGAN DOKUMEN and the document facts naming that agency, review and
 * approval tables (signed by it), document control, acronyms and terms, introduction, one chapter
 * per service (§2.1.1–2.1.6, in the service's own integration style) and Lampiran 1 with Rajah 1
 * and the error tables of §3.1.2–3.1.4.
 */
import { label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { checkpoint, type ProgressOptions } from '../pdf/progress';
import { fill, formatDate } from '../pdf/strings';
import { COLORS, MARGIN, SIZE } from '../pdf/theme';
import { PdfWriter, type Cell } from '../pdf/writer';
import { documentStyles, iddFileName, parentAgencyText, preparedByText, supplierName, type IddBuildOptions } from './document';
import type { ErrorTable } from './errors';
import { buildIddDocuments, type IddDocument, type IddService } from './model';
import { ACRONYMS, IDD_STRINGS, type IddStrings } from './strings';
import { dataFormatRows, DOCUMENT_STATEMENT, errorAppendix, INTRODUCTION, ORGANISATION, references, restHeaderRows, soapHeaderRows, type HeaderRow } from './template';

export interface IddPdfOptions extends ProgressOptions, IddBuildOptions {}

/** The IDDs of `doc` as PDF files, one per supplying agency (every MyGDX flow, or `flowIds`). */
export async function buildIddPdfs(doc: LakarDocument, options: IddPdfOptions): Promise<{ name: string; bytes: Uint8Array; document: IddDocument }[]> {
  const date = options.date ?? new Date();
  const docs = buildIddDocuments(doc, { lang: options.lang, date, flowIds: options.flowIds });
  const names = iddFileName(docs, 'pdf');
  const out: { name: string; bytes: Uint8Array; document: IddDocument }[] = [];
  for (const [i, d] of docs.entries()) {
    // progress over all documents: each gets its share of the bar
    const share = (f: number) => (i + f) / Math.max(1, docs.length);
    const progress: ProgressOptions = { signal: options.signal, onProgress: options.onProgress && ((p) => options.onProgress!({ ...p, fraction: share(p.fraction) })) };
    out.push({ name: names[i], bytes: await iddDocumentPdf(d, options.lang, date, progress), document: d });
  }
  return out;
}

/** One supplier's IDD as PDF bytes. */
export async function iddDocumentPdf(idd: IddDocument, lang: Lang, date: Date, options: ProgressOptions = {}): Promise<Uint8Array> {
  const s = IDD_STRINGS[lang];
  const nf = s.notFilled;
  const project = idd.meta.project || nf;
  const agency = supplierName(idd, s);
  await checkpoint(options, 0, 'cover');

  const w = new PdfWriter({
    runningHeader: `${s.docTitle} — ${project}`,
    footerLeft: [idd.meta.agency, 'MyGDX'].filter(Boolean).join(' · '),
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${s.docTitle}: ${project} — ${agency}`, subject: s.docSubtitle, author: idd.meta.author || idd.meta.agency || 'Lakar', keywords: 'IDD, MyGDX, UXP, API', creator: 'Lakar' },
    creationDate: date,
    language: lang === 'ms' ? 'ms-MY' : 'en-GB',
  });

  drawCover(w, idd, s, lang, date, agency);
  addFrontMatter(w, idd, s, lang, date, project, agency);

  w.heading(1, s.intro);
  w.paragraph(INTRODUCTION[lang]);
  w.heading(2, s.objective);
  for (const text of s.objectiveText) w.paragraph(text);
  w.heading(2, s.scope);
  w.paragraph(s.scopeText);
  w.paragraph(fill(s.scopeModel, { n: idd.services.length, agency, project }));
  if (idd.services.length)
    w.table(
      [
        { title: s.no, weight: 0.5, align: 'right' },
        { title: s.serviceName, weight: 2.2 },
        { title: s.serviceId, weight: 2.6 },
        { title: s.supplierAgency, weight: 2 },
        { title: s.integration, weight: 1.1 },
      ],
      idd.services.map((itf, i) => [String(i + 1), itf.serviceName ?? nf, itf.serviceId ? { text: itf.serviceId, mono: true } : nf, itf.supplier.agency ?? nf, itf.integrationStyle ?? nf]),
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
  if (idd.services.length === 0) w.callout(s.noFlows, 'warning', SIZE.body);
  for (const [i, itf] of idd.services.entries()) {
    addService(w, itf, s, lang, i > 0);
    await checkpoint(options, 0.1 + (0.8 * (i + 1)) / idd.services.length, 'interfaces');
  }

  w.heading(1, s.appendix, { newPage: true });
  w.heading(2, s.appendix1);
  const blocks = errorAppendix(lang, documentStyles(idd), s.notApplicable);
  for (const [i, block] of blocks.entries()) {
    // an error table's heading stays with the table's header and first rows
    if ('heading' in block) w.heading(block.level, block.heading, { toc: false, keep: 'table' in (blocks[i + 1] ?? {}) ? 60 : undefined });
    else if ('paragraph' in block) w.paragraph(block.paragraph);
    else if ('code' in block) w.code(block.code);
    else if ('figure' in block) drawExchange(w, s, block.caption);
    else if ('table' in block) addErrorTable(w, block.table, s);
    else for (const point of block.points) w.paragraph(point.trim(), { indent: point.startsWith(' ') ? 12 : 4, after: 0.8 });
  }

  w.insertToc();
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}

function drawCover(w: PdfWriter, idd: IddDocument, s: IddStrings, lang: Lang, date: Date, agency: string): void {
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
  // KETERANGAN DOKUMEN: the template's statement of what the document is for
  y += 8;
  w.setFont(10, 'bold', COLORS.ink);
  w.textAt(s.statement, MARGIN.left, y, 10);
  y += 6;
  w.setFont(9.5, 'normal', COLORS.ink);
  for (const l of w.wrap(DOCUMENT_STATEMENT[lang], w.width)) {
    w.textAt(l, MARGIN.left, y, 9.5);
    y += 4.6;
  }
  y = Math.max(y + 16, 170);
  const rows: [string, string][] = [
    [s.agencyName, agency],
    [s.parentAgency, parentAgencyText(idd, s)],
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

function addFrontMatter(w: PdfWriter, idd: IddDocument, s: IddStrings, lang: Lang, date: Date, project: string, agency: string): void {
  const sign = (role: string, name = ''): Cell[] => [{ text: `${role}\n\n`, bold: true }, name, '', ''];
  const cols = [
    { title: s.activity, weight: 1.3 },
    { title: s.nameTitle, weight: 2.4 },
    { title: s.signature, weight: 1.6 },
    { title: s.date, weight: 1.2 },
  ];
  w.heading(1, s.review, { numbered: false, toc: false });
  w.table(cols, [sign(s.preparedBy, preparedByText(idd)), sign(s.checkedBy), sign(s.certifiedBy)], { grid: true });
  // signed by the supplying agency, whose document this is (003 Lampiran A §1.1)
  // each signing table goes over with its title rather than leave the title at a page foot
  const sub2 = { level: 2, toc: false } as const;
  w.titledTable(fill(s.approvalBy, { agency: agency.toUpperCase() }), cols, [sign(s.checkedBy), sign(s.certifiedBy)], { grid: true }, sub2);
  w.titledTable(s.approvalMygdx, cols, [sign(s.approvedBy)], { grid: true }, sub2);
  w.titledTable(
    s.control,
    [
      { title: s.version, weight: 0.8 },
      { title: s.date, weight: 1.3 },
      { title: s.changeSummary, weight: 3 },
      { title: s.preparer, weight: 2 },
    ],
    [[idd.meta.version ?? s.notFilled, formatDate(date, lang), s.generated, idd.meta.author ?? s.notFilled]],
    {},
    sub2,
  );
  w.heading(1, s.acronyms, { numbered: false, toc: false });
  w.table(
    [
      { title: s.term, weight: 1 },
      { title: s.meaning, weight: 4 },
    ],
    ACRONYMS.map(([a, b]) => [{ text: a, bold: true }, b]),
  );
  w.titledTable(
    s.terms,
    [
      { title: s.termTitle, weight: 1 },
      { title: s.definition, weight: 4 },
    ],
    [
      [{ text: lang === 'ms' ? 'Agensi' : 'Agency', bold: true }, s.termAgency],
      [{ text: lang === 'ms' ? 'Agensi Pembekal' : 'Supplying agency', bold: true }, s.termSupplier],
    ],
    {},
    sub2,
  );
  w.titledTable(
    s.references,
    [
      { title: s.no, weight: 0.5 },
      { title: s.meaning, weight: 4.5 },
    ],
    references(lang, project).map((text, i) => [`${i + 1}.`, text]),
    {},
    sub2,
  );
}

/** A standard header table's rows as table cells: captions bold across the table, codes monospaced. */
function headerCells(rows: HeaderRow[], monoColumns: number[]): Cell[][] {
  return rows.map((row): Cell[] => ('caption' in row ? [{ text: row.caption, bold: true }] : row.cells.map((text, i) => (monoColumns.includes(i) ? { text, mono: true } : text))));
}

function addService(w: PdfWriter, itf: IddService, s: IddStrings, lang: Lang, newPage: boolean): void {
  const nf = s.notFilled;
  const v = (x: string | null | undefined): Cell => (x ? x : { text: nf, color: COLORS.muted });
  w.heading(2, itf.serviceName ?? itf.serviceId ?? nf, { newPage });
  if (itf.direction === 'reverse') {
    w.paragraph(fill(s.reverseOf, { flow: `${itf.consumerSystem.systemName} – ${itf.supplier.systemName}`, supplier: itf.supplier.systemName, consumer: itf.consumerSystem.systemName }), { size: SIZE.small, style: 'italic', color: COLORS.muted });
  }

  w.heading(3, s.s211);
  w.keyValue([
    [s.serviceName, v(itf.serviceName)],
    [s.serviceDescription, v(itf.serviceDescription)],
    [s.dataType, v(itf.dataType ? label(lang, 'classification', itf.dataType) : null)],
    [s.supplierAgency, v(itf.supplier.agency)],
    [s.integration, v(itf.integrationStyle)],
    [s.serviceId, itf.serviceId ? { text: itf.serviceId, mono: true } : v(null)],
    [s.method, v(itf.httpMethod)],
    [s.apiUrl, v(itf.apiUrl)],
    [s.authentication, itf.authenticationDefault ? `${itf.authentication} (${s.authenticationDefault})` : itf.authentication],
  ]);
  if (itf.missing.length || itf.notes.length) {
    const lines = [...itf.missing.map((k) => s.fields[k]), ...itf.notes.map((n) => fill(n.key === 'serviceIdFormat' ? s.noteServiceIdFormat : s.noteServiceIdSupplier, n.params))];
    w.callout(`${s.missingTitle}. ${s.missingIntro} ${lines.join('; ')}.`, 'warning');
  }

  w.titledTable(
    s.s212,
    [
      { title: s.no, weight: 0.5, align: 'right' },
      { title: s.consumerName, weight: 3 },
      { title: 'memberCode', weight: 1.3 },
      { title: 'subsystemCode', weight: 1.3 },
    ],
    itf.consumers.map((c, i) => [String(i + 1), c.agencyName, v(c.memberCode), v(c.subsystemCode)]),
    {},
    { numbered: true },
  );

  // §2.1.3: the header format and example of the service's own style only (both while it is not known)
  w.heading(3, s.s213);
  const style = itf.integrationStyle;
  if (style) w.paragraph(fill(s.applicable, { style }), { style: 'bold' });
  else w.paragraph(s.styleUnknown, { style: 'italic', color: COLORS.muted });
  if (style !== 'REST') {
    w.paragraph(s.soapIntro);
    w.titledTable(
      s.soapTable,
      [
        { title: s.paramInput, weight: 1.5 },
        { title: s.fieldDesc, weight: 2.2 },
        { title: s.headerBody, weight: 1 },
        { title: s.value, weight: 2.4 },
      ],
      headerCells(soapHeaderRows(itf, s), [0, 3]),
      {},
      { level: 4, toc: false },
    );
  }
  if (style !== 'SOAP') {
    if (style === 'REST') w.paragraph(s.restIntro);
    w.titledTable(
      s.restTable,
      [
        { title: s.paramName, weight: 1.1 },
        { title: s.dataStructure, weight: 2.6 },
        { title: s.value, weight: 3 },
      ],
      headerCells(restHeaderRows(itf, s), [0, 2]),
      {},
      { level: 4, toc: false },
    );
  }
  // the template's numbers: the REST example is §2.1.3.2 even where the SOAP one is left out
  if (style !== 'REST') {
    w.heading(4, s.s2131, { toc: false, number: 1 });
    w.code(itf.soapHeader);
  }
  if (style !== 'SOAP') {
    w.heading(4, s.s2132, { toc: false, number: 2 });
    w.code(itf.restHeader);
  }

  // the template's columns (003 Lampiran A §2.1.4–2.1.5); length and mandatory go into Jenis Data and Keterangan
  const fieldCols = [
    { title: s.fieldNo, weight: 0.5, align: 'right' as const },
    { title: s.fieldName, weight: 2 },
    { title: s.fieldDesc, weight: 3.2 },
    { title: s.fieldType, weight: 1.6 },
    { title: s.headerBody, weight: 0.9 },
  ];
  const fieldRows = (fields: IddService['requestFields']): Cell[][] => dataFormatRows(fields, s).map((f, i) => [String(i + 1), { text: f.name, mono: true }, f.description, f.type, f.headerBody]);
  w.titledTable(s.s214, fieldCols, fieldRows(itf.requestFields), { empty: nf, grid: true }, { numbered: true });
  // the table only, as the template has it (003 Lampiran A §2.1.5): fields taken from the carried data
  // when the service lists none are the service's response all the same (the JSON says which, responseFromEntities)
  w.titledTable(s.s215, fieldCols, fieldRows(itf.responseFields), { empty: nf, grid: true }, { numbered: true });
  if (style !== 'REST') {
    w.heading(4, s.s2151, { toc: false });
    if (itf.soapResponse) w.code(itf.soapResponse);
    else w.paragraph(nf, { style: 'italic', color: COLORS.muted });
  }
  if (style !== 'SOAP') {
    w.heading(4, s.s2151Rest, { toc: false });
    if (itf.restResponse) w.code(itf.restResponse);
    else w.paragraph(nf, { style: 'italic', color: COLORS.muted });
  }
  w.heading(3, s.s216);
  w.paragraph(s.errorRef);
}

/** An error table of Lampiran 1: a merged answer spans both administrators' columns, as in the template. */
function addErrorTable(w: PdfWriter, table: ErrorTable, s: IddStrings): void {
  w.table(
    [
      { title: s.errorMessage, weight: 2.2 },
      { title: s.errorService, weight: 2.4 },
      { title: s.errorServer, weight: 3 },
    ],
    table.rows.map((r): Cell[] => (r.both ? [{ text: r.message, bold: true }, r.both] : [{ text: r.message, bold: true }, r.service ?? '', r.server ?? ''])),
    { grid: true, size: SIZE.small },
  );
}

/** Rajah 1 Pertukaran Mesej UXP: consumer system → its Security Server → MyGDX → supplier's Security Server → supplier system, and back. */
function drawExchange(w: PdfWriter, s: IddStrings, caption: string): void {
  const labels = [s.figureClient, s.figureClientSs, s.figureMygdx, s.figureServerSs, s.figureServer];
  const gap = 7;
  const boxW = (w.width - gap * (labels.length - 1)) / labels.length;
  const boxH = 18;
  const height = boxH + 22;
  w.ensure(height + 8);
  const top = w.y + 2;
  const pdf = w.pdf;
  labels.forEach((text, i) => {
    const x = w.left + i * (boxW + gap);
    const central = i === 2;
    pdf.setFillColor(...(central ? COLORS.accent : COLORS.accentLight));
    pdf.setDrawColor(...COLORS.accent);
    pdf.setLineWidth(0.3);
    pdf.roundedRect(x, top, boxW, boxH, 1.5, 1.5, 'FD');
    w.setFont(SIZE.small, 'bold', central ? [255, 255, 255] : COLORS.ink);
    const lines = w.wrap(text, boxW - 3);
    const lh = 3.4;
    lines.forEach((l, j) => w.textAt(l, x + boxW / 2, top + boxH / 2 - (lines.length * lh) / 2 + j * lh, SIZE.small, 'center'));
    if (i < labels.length - 1) {
      const x1 = x + boxW + 0.8;
      const x2 = x + boxW + gap - 0.8;
      pdf.setDrawColor(...COLORS.ink);
      pdf.setFillColor(...COLORS.ink);
      // request: left to right above the middle; response or error: right to left below it
      pdf.line(x1, top + boxH * 0.35, x2, top + boxH * 0.35);
      pdf.triangle(x2, top + boxH * 0.35, x2 - 1.6, top + boxH * 0.35 - 0.9, x2 - 1.6, top + boxH * 0.35 + 0.9, 'F');
      pdf.line(x1, top + boxH * 0.65, x2, top + boxH * 0.65);
      pdf.triangle(x1, top + boxH * 0.65, x1 + 1.6, top + boxH * 0.65 - 0.9, x1 + 1.6, top + boxH * 0.65 + 0.9, 'F');
    }
  });
  // legend: a drawn arrow each way (the PDF's standard fonts have no arrow characters)
  w.setFont(SIZE.small, 'normal', COLORS.muted);
  const legendY = top + boxH + 4.2;
  const requestW = w.pdf.getTextWidth(s.figureRequest);
  const responseW = w.pdf.getTextWidth(s.figureResponse);
  const legendW = 8 + 1.5 + requestW + 8 + 8 + 1.5 + responseW;
  let lx = w.left + (w.width - legendW) / 2;
  pdf.setDrawColor(...COLORS.ink);
  pdf.setFillColor(...COLORS.ink);
  pdf.line(lx, legendY, lx + 8, legendY);
  pdf.triangle(lx + 8, legendY, lx + 6.4, legendY - 0.9, lx + 6.4, legendY + 0.9, 'F');
  w.textAt(s.figureRequest, lx + 9.5, legendY - 1.4, SIZE.small);
  lx += 9.5 + requestW + 8;
  pdf.line(lx, legendY, lx + 8, legendY);
  pdf.triangle(lx, legendY, lx + 1.6, legendY - 0.9, lx + 1.6, legendY + 0.9, 'F');
  w.textAt(s.figureResponse, lx + 9.5, legendY - 1.4, SIZE.small);
  w.setFont(SIZE.body, 'bold', COLORS.ink);
  w.textAt(caption, w.left + w.width / 2, top + boxH + 9, SIZE.body, 'center');
  w.y = top + height;
}
