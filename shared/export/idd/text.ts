/**
 * The IDD as Markdown (for review in a repository or a ticket) and as JSON (for tools), both from
 * the same `IddDocument` as the PDF.
 */
import { label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { fill, formatDate } from '../pdf/strings';
import { buildIddDocument, type IddDocument, type IddInterface } from './model';
import { ACRONYMS, IDD_STRINGS, type IddStrings } from './strings';
import { errorAppendix, ORGANISATION, references, restHeaderRows, soapHeaderRows, type HeaderRow } from './template';

/** Escape a table cell: pipes and newlines would break the Markdown table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Text outside tables and code: angle brackets (<faultcode>, <KodAgensi>) would be read as HTML tags. */
function inline(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A standard header table: captions in bold across the row, codes (columns `code`) in backticks. */
function headerTable(head: string[], rows: HeaderRow[], code: number[]): string {
  return table(
    head,
    rows.map((row) => ('caption' in row ? [`**${row.caption}**`, ...head.slice(1).map(() => '')] : row.cells.map((text, i) => (code.includes(i) ? `\`${text}\`` : text)))),
  );
}

function interfaceMarkdown(itf: IddInterface, s: IddStrings, lang: Lang, n: number): string[] {
  const nf = s.notFilled;
  const v = (x: string | null | undefined) => x || nf;
  const sup = itf.supplier;
  const out: string[] = [];
  out.push(`## 2.${n} ${itf.serviceName ?? itf.serviceId ?? nf}`, '');
  out.push(`### 2.${n}.1 ${s.s211}`, '');
  out.push(
    table(
      [s.s211, ''],
      [
        [s.serviceName, v(itf.serviceName)],
        [s.serviceDescription, v(itf.serviceDescription)],
        [s.dataType, v(itf.dataType ? label(lang, 'classification', itf.dataType) : null)],
        [s.supplierAgency, v(sup.agency)],
        [s.integration, v(itf.integrationStyle)],
        [s.serviceId, itf.serviceId ? `\`${itf.serviceId}\`` : nf],
        [s.method, v(itf.httpMethod)],
        [s.apiUrl, v(itf.apiUrl)],
        [s.authentication, v(itf.authentication)],
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
  if (itf.consumers.some((c) => c.derived)) out.push(`_${fill(s.derivedConsumer, { system: itf.consumerSystem.systemName })}_`, '');
  out.push(`### 2.${n}.3 ${s.s213}`, '');
  if (itf.integrationStyle) out.push(`**${fill(s.applicable, { style: itf.integrationStyle })}**`, '');
  out.push(s.soapIntro, '', `**${s.soapTable}**`, '', headerTable([s.paramInput, s.fieldDesc, s.headerBody, s.value], soapHeaderRows(itf, s), [0, 3]), '');
  out.push(`**${s.restTable}**`, '', headerTable([s.paramName, s.dataStructure, s.value], restHeaderRows(itf, s), [0, 2]), '');
  out.push(`#### 2.${n}.3.1 ${s.s2131}`, '', '```xml', itf.soapHeader, '```', '');
  out.push(`#### 2.${n}.3.2 ${s.s2132}`, '', '```json', itf.restHeader, '```', '');
  const fields = (list: IddInterface['requestFields']) =>
    list.length ? table([s.no, s.fieldName, s.fieldDesc, s.fieldType, s.headerBody], list.map((f, i) => [`${i + 1}.`, `\`${f.name}\``, f.description ?? '', f.type ?? '', 'Body'])) : `_${nf}_`;
  out.push(`### 2.${n}.4 ${s.s214}`, '', fields(itf.requestFields), '');
  out.push(`### 2.${n}.5 ${s.s215}`, '', fields(itf.responseFields), '');
  if (itf.responseFromEntities) out.push(`_${fill(s.fromEntities, { entities: itf.dataEntities.join(', ') })}_`, '');
  out.push(`#### 2.${n}.5.1 ${s.s2151}`, '', ...(itf.soapResponse ? ['```xml', itf.soapResponse, '```'] : [`_${nf}_`]), '');
  out.push(`### 2.${n}.6 ${s.s216}`, '', s.errorRef, '');
  return out;
}

/** The IDD document as Markdown. */
export function iddDocumentMarkdown(idd: IddDocument, lang: Lang, date: Date): string {
  const s = IDD_STRINGS[lang];
  const nf = s.notFilled;
  const project = idd.meta.project || nf;
  const out: string[] = [`# ${s.docTitle}`, '', `_${s.docSubtitle}_`, '', `**${s.project}:** ${project}`, ''];
  out.push(
    table(
      ['', ''],
      [
        [s.agencyName, idd.meta.agency ?? nf],
        [s.parentAgency, idd.meta.parentAgency ?? nf],
        [s.docDate, formatDate(date, lang)],
        [s.docVersion, idd.meta.version ?? nf],
      ],
    ),
    '',
  );
  const sign = (role: string, name = '') => [`**${role}**`, name, '', ''];
  const signHead = [s.activity, s.nameTitle, s.signature, s.date];
  out.push(`## ${s.review}`, '', table(signHead, [sign(s.preparedBy, idd.meta.author ?? ''), sign(s.checkedBy), sign(s.certifiedBy)]), '');
  out.push(`## ${fill(s.approvalBy, { agency: (idd.meta.agency ?? '<AGENSI>').toUpperCase() })}`, '', table(signHead, [sign(s.checkedBy), sign(s.certifiedBy)]), '');
  out.push(`## ${s.approvalMygdx}`, '', table(signHead, [sign(s.approvedBy)]), '');
  out.push(`## ${s.control}`, '', table([s.version, s.date, s.changeSummary, s.preparer], [[idd.meta.version ?? nf, formatDate(date, lang), s.generated, idd.meta.author ?? nf]]), '');
  out.push(`## ${s.acronyms}`, '', table([s.term, s.meaning], ACRONYMS), '');
  out.push(`## ${s.terms}`, '', table([s.termTitle, s.definition], [[lang === 'ms' ? 'Agensi' : 'Agency', s.termAgency], [lang === 'ms' ? 'Agensi Pembekal' : 'Supplying agency', s.termSupplier]]), '');
  out.push(`## ${s.references}`, '', table([s.no, s.meaning], references(lang, project).map((text, i) => [`${i + 1}.`, text])), '');
  out.push(`# 1 ${s.intro}`, '', `## 1.1 ${s.objective}`, '', ...s.objectiveText.flatMap((t) => [t, '']));
  out.push(`## 1.2 ${s.scope}`, '', s.scopeText, '', fill(s.scopeModel, { n: idd.interfaces.length, project }), '');
  if (idd.interfaces.length) out.push(table([s.no, s.serviceName, s.serviceId, s.supplierAgency, s.integration], idd.interfaces.map((itf, i) => [`${i + 1}.`, itf.serviceName ?? nf, itf.serviceId ? `\`${itf.serviceId}\`` : nf, itf.supplier.agency ?? nf, itf.integrationStyle ?? nf])), '');
  out.push(`## 1.3 ${s.organisation}`, '', s.organisationText, '', `**${s.organisationTable}**`, '', table([s.orgNo, s.orgSection, s.orgDescription], ORGANISATION[lang]), '');
  out.push(`# 2 ${s.interfaces}`, '');
  if (idd.interfaces.length === 0) out.push(s.noFlows, '');
  idd.interfaces.forEach((itf, i) => out.push(...interfaceMarkdown(itf, s, lang, i + 1)));
  out.push(`# 3 ${s.appendix}`, '', `## 3.1 ${s.appendix1}`, '');
  let sub = 0;
  let subsub = 0;
  for (const block of errorAppendix(lang)) {
    if ('heading' in block) {
      if (block.level === 3) [sub, subsub] = [sub + 1, 0];
      else subsub++;
      out.push(block.level === 3 ? `### 3.1.${sub} ${block.heading}` : `#### 3.1.${sub}.${subsub} ${block.heading}`, '');
    } else if ('paragraph' in block) out.push(block.paragraph, '');
    else if ('code' in block) out.push('```', block.code, '```', '');
    else out.push(...block.points.map((p) => (p.startsWith(' ') ? `    - ${inline(p.trim())}` : `- ${inline(p)}`)), '');
  }
  return out.join('\n');
}

/** Markdown IDD of `doc` (every MyGDX flow, or `flowIds`). */
export function buildIddMarkdown(doc: LakarDocument, options: { lang: Lang; date?: Date; flowIds?: string[] }): string {
  const date = options.date ?? new Date();
  return iddDocumentMarkdown(buildIddDocument(doc, { lang: options.lang, date, flowIds: options.flowIds }), options.lang, date);
}

/** JSON IDD of `doc`: a stable, documented shape for tools (format "lakar.idd", version 1). */
export function buildIddJson(doc: LakarDocument, options: { lang: Lang; date?: Date; flowIds?: string[] }): string {
  const date = options.date ?? new Date();
  const idd = buildIddDocument(doc, { lang: options.lang, date, flowIds: options.flowIds });
  return JSON.stringify({ format: 'lakar.idd', version: 1, template: '003 Lampiran A', ...idd }, null, 2) + '\n';
}
