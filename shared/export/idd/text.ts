/**
 * The IDDs as Markdown (for review in a repository or a ticket) and as JSON (for tools), from the
 * same `IddDocument`s as the PDF: one Markdown document per supplying agency, one JSON file with
 * every document.
 */
import { label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { fill, formatDate } from '../pdf/strings';
import type { ErrorTable } from './errors';
import { buildIddDocuments, type IddDocument, type IddService } from './model';
import { ACRONYMS, IDD_STRINGS, type IddStrings } from './strings';
import { dataFormatRows, DOCUMENT_STATEMENT, errorAppendix, INTRODUCTION, ORGANISATION, references, restHeaderRows, soapHeaderRows, type HeaderRow } from './template';
import { documentStyles, iddFileName, parentAgencyText, preparedByText, supplierName, type IddBuildOptions } from './document';

/** Escape a table cell: pipes and newlines would break the Markdown table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}

/** Text outside tables and code: angle brackets (<faultcode>, <KodAgensi>) would be read as HTML tags. */
function inline(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A table cell in backticks (codes, ids): escapes the pipes but keeps the angle brackets, which code shows as written. */
const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

/** A standard header table: captions in bold across the row, codes (columns `codes`) in backticks. */
function headerTable(head: string[], rows: HeaderRow[], codes: number[]): string {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${('caption' in row ? [`**${cell(row.caption)}**`, ...head.slice(1).map(() => '')] : row.cells.map((text, i) => (codes.includes(i) ? code(text) : cell(text)))).join(' | ')} |`),
  ].join('\n');
}

/** The Data Format table of §2.1.4/2.1.5, with the template's columns: Bil, Nama Medan, Keterangan, Jenis Data, Header/Body. */
function fieldTable(fields: IddService['requestFields'], s: IddStrings): string {
  if (!fields.length) return `_${s.notFilled}_`;
  const head = [s.fieldNo, s.fieldName, s.fieldDesc, s.fieldType, s.headerBody];
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...dataFormatRows(fields, s).map((f, i) => `| ${[`${i + 1}.`, code(f.name), cell(f.description), cell(f.type), f.headerBody].join(' | ')} |`),
  ].join('\n');
}

function serviceMarkdown(itf: IddService, s: IddStrings, lang: Lang, n: number): string[] {
  const nf = s.notFilled;
  const v = (x: string | null | undefined) => x || nf;
  const out: string[] = [];
  out.push(`## 2.${n} ${itf.serviceName ?? itf.serviceId ?? nf}`, '');
  if (itf.direction === 'reverse') out.push(`_${fill(s.reverseOf, { flow: `${itf.consumerSystem.systemName} – ${itf.supplier.systemName}`, supplier: itf.supplier.systemName, consumer: itf.consumerSystem.systemName })}_`, '');
  out.push(`### 2.${n}.1 ${s.s211}`, '');
  out.push(
    table(
      [s.s211, ''],
      [
        [s.serviceName, v(itf.serviceName)],
        [s.serviceDescription, v(itf.serviceDescription)],
        [s.dataType, v(itf.dataType ? label(lang, 'classification', itf.dataType) : null)],
        [s.supplierAgency, v(itf.supplier.agency)],
        [s.integration, v(itf.integrationStyle)],
        [s.serviceId, itf.serviceId ?? nf],
        [s.method, v(itf.httpMethod)],
        [s.apiUrl, v(itf.apiUrl)],
        [s.authentication, itf.authenticationDefault ? `${itf.authentication} (${s.authenticationDefault})` : itf.authentication],
      ],
    ),
    '',
  );
  if (itf.missing.length || itf.notes.length) {
    out.push(`> **${s.missingTitle}.** ${s.missingIntro}`, '>');
    for (const k of itf.missing) out.push(`> - ${s.fields[k]}`);
    for (const note of itf.notes) out.push(`> - ${inline(fill(note.key === 'serviceIdFormat' ? s.noteServiceIdFormat : s.noteServiceIdSupplier, note.params))}`);
    out.push('');
  }
  out.push(`### 2.${n}.2 ${s.s212}`, '');
  out.push(table([s.no, s.consumerName, 'memberCode', 'subsystemCode'], itf.consumers.map((c, i) => [`${i + 1}.`, c.agencyName, v(c.memberCode), v(c.subsystemCode)])), '');
  out.push(`### 2.${n}.3 ${s.s213}`, '');
  const style = itf.integrationStyle;
  if (style) out.push(`**${fill(s.applicable, { style })}**`, '');
  else out.push(`_${s.styleUnknown}_`, '');
  if (style !== 'REST') {
    out.push(s.soapIntro, '', `**${s.soapTable}**`, '', headerTable([s.paramInput, s.fieldDesc, s.headerBody, s.value], soapHeaderRows(itf, s), [0, 3]), '');
  }
  if (style !== 'SOAP') {
    if (style === 'REST') out.push(s.restIntro, '');
    out.push(`**${s.restTable}**`, '', headerTable([s.paramName, s.dataStructure, s.value], restHeaderRows(itf, s), [0, 2]), '');
  }
  // the template's numbers (003 Lampiran A): SOAP example §2.1.3.1, REST §2.1.3.2, even where the other is left out
  const headerExamples = [...(style !== 'REST' ? [[1, s.s2131, 'xml', itf.soapHeader] as const] : []), ...(style !== 'SOAP' ? [[2, s.s2132, 'json', itf.restHeader] as const] : [])];
  for (const [k, title, lang, code] of headerExamples) out.push(`#### 2.${n}.3.${k} ${title}`, '', `\`\`\`${lang}`, code, '```', '');
  out.push(`### 2.${n}.4 ${s.s214}`, '', fieldTable(itf.requestFields, s), '');
  out.push(`### 2.${n}.5 ${s.s215}`, '', fieldTable(itf.responseFields, s), '');
  const responseExamples = [...(style !== 'REST' ? [[s.s2151, 'xml', itf.soapResponse]] : []), ...(style !== 'SOAP' ? [[s.s2151Rest, 'json', itf.restResponse]] : [])];
  responseExamples.forEach(([title, lang, code], i) => out.push(`#### 2.${n}.5.${i + 1} ${title}`, '', ...(code ? [`\`\`\`${lang}`, code, '```'] : [`_${nf}_`]), ''));
  out.push(`### 2.${n}.6 ${s.s216}`, '', s.errorRef, '');
  return out;
}

/** Rajah 1 Pertukaran Mesej UXP as text: the request path from the consumer's system to the supplier's and back. */
function exchangeFigure(s: IddStrings): string {
  const boxes = [s.figureClient, s.figureClientSs, s.figureMygdx, s.figureServerSs, s.figureServer];
  return [`${boxes.map((b) => `[${b}]`).join(' --> ')}`, `${' '.repeat(4)}--> ${s.figureRequest}    <-- ${s.figureResponse}`].join('\n');
}

function errorTable(t: ErrorTable, s: IddStrings): string {
  return table(
    [s.errorMessage, s.errorService, s.errorServer],
    t.rows.map((r) => (r.both ? [r.message, r.both, s.errorSame] : [r.message, r.service ?? '', r.server ?? ''])),
  );
}

/** One supplier's IDD as Markdown. */
export function iddDocumentMarkdown(idd: IddDocument, lang: Lang, date: Date): string {
  const s = IDD_STRINGS[lang];
  const nf = s.notFilled;
  const project = idd.meta.project || nf;
  const agency = supplierName(idd, s);
  const out: string[] = [`# ${s.docTitle}`, '', `_${s.docSubtitle}_`, '', `**${s.project}:** ${inline(project)}`, ''];
  out.push(`## ${s.statement}`, '', DOCUMENT_STATEMENT[lang], '');
  out.push(
    table(
      ['', ''],
      [
        [s.agencyName, agency],
        [s.parentAgency, parentAgencyText(idd, s)],
        [s.docDate, formatDate(date, lang)],
        [s.docVersion, idd.meta.version ?? nf],
      ],
    ),
    '',
  );
  const sign = (role: string, name = '') => [`**${role}**`, name, '', ''];
  const signHead = [s.activity, s.nameTitle, s.signature, s.date];
  out.push(`## ${s.review}`, '', table(signHead, [sign(s.preparedBy, preparedByText(idd)), sign(s.checkedBy), sign(s.certifiedBy)]), '');
  out.push(`## ${inline(fill(s.approvalBy, { agency: agency.toUpperCase() }))}`, '', table(signHead, [sign(s.checkedBy), sign(s.certifiedBy)]), '');
  out.push(`## ${s.approvalMygdx}`, '', table(signHead, [sign(s.approvedBy)]), '');
  out.push(`## ${s.control}`, '', table([s.version, s.date, s.changeSummary, s.preparer], [[idd.meta.version ?? nf, formatDate(date, lang), s.generated, idd.meta.author ?? nf]]), '');
  out.push(`## ${s.acronyms}`, '', table([s.term, s.meaning], ACRONYMS), '');
  out.push(`## ${s.terms}`, '', table([s.termTitle, s.definition], [[lang === 'ms' ? 'Agensi' : 'Agency', s.termAgency], [lang === 'ms' ? 'Agensi Pembekal' : 'Supplying agency', s.termSupplier]]), '');
  out.push(`## ${s.references}`, '', table([s.no, s.meaning], references(lang, project).map((text, i) => [`${i + 1}.`, text])), '');
  out.push(`# 1 ${s.intro}`, '', INTRODUCTION[lang], '', `## 1.1 ${s.objective}`, '', ...s.objectiveText.flatMap((t) => [t, '']));
  out.push(`## 1.2 ${s.scope}`, '', s.scopeText, '', inline(fill(s.scopeModel, { n: idd.services.length, agency, project })), '');
  if (idd.services.length) out.push(table([s.no, s.serviceName, s.serviceId, s.supplierAgency, s.integration], idd.services.map((itf, i) => [`${i + 1}.`, itf.serviceName ?? nf, itf.serviceId ?? nf, itf.supplier.agency ?? nf, itf.integrationStyle ?? nf])), '');
  out.push(`## 1.3 ${s.organisation}`, '', s.organisationText, '', `**${s.organisationTable}**`, '', table([s.orgNo, s.orgSection, s.orgDescription], ORGANISATION[lang]), '');
  out.push(`# 2 ${s.interfaces}`, '');
  if (idd.services.length === 0) out.push(s.noFlows, '');
  idd.services.forEach((itf, i) => out.push(...serviceMarkdown(itf, s, lang, i + 1)));
  out.push(`# 3 ${s.appendix}`, '', `## 3.1 ${s.appendix1}`, '');
  let sub = 0;
  let subsub = 0;
  for (const block of errorAppendix(lang, documentStyles(idd), s.notApplicable)) {
    if ('heading' in block) {
      if (block.level === 3) [sub, subsub] = [sub + 1, 0];
      else subsub++;
      out.push(block.level === 3 ? `### 3.1.${sub} ${block.heading}` : `#### 3.1.${sub}.${subsub} ${block.heading}`, '');
    } else if ('paragraph' in block) out.push(inline(block.paragraph), '');
    else if ('code' in block) out.push('```', block.code, '```', '');
    else if ('figure' in block) out.push('```text', exchangeFigure(s), '```', '', `**${block.caption}**`, '');
    else if ('table' in block) out.push(errorTable(block.table, s), '');
    else out.push(...block.points.map((p) => (p.startsWith(' ') ? `    - ${inline(p.trim())}` : `- ${inline(p)}`)), '');
  }
  return out.join('\n');
}

/** The IDDs of `doc` as Markdown files, one per supplying agency (every MyGDX flow, or `flowIds`). */
export function buildIddMarkdownFiles(doc: LakarDocument, options: IddBuildOptions): { name: string; text: string; document: IddDocument }[] {
  const date = options.date ?? new Date();
  const docs = buildIddDocuments(doc, { lang: options.lang, date, flowIds: options.flowIds });
  const names = iddFileName(docs, 'md');
  return docs.map((d, i) => ({ name: names[i], text: iddDocumentMarkdown(d, options.lang, date), document: d }));
}

/** JSON of every IDD of `doc`: a stable, documented shape for tools (format "lakar.idd", version 2: one entry per supplier). */
export function buildIddJson(doc: LakarDocument, options: IddBuildOptions): string {
  const date = options.date ?? new Date();
  const documents = buildIddDocuments(doc, { lang: options.lang, date, flowIds: options.flowIds });
  return JSON.stringify({ format: 'lakar.idd', version: 2, template: '003 Lampiran A', project: doc.meta.title, date: date.toISOString().slice(0, 10), documents }, null, 2) + '\n';
}
