/**
 * The IDD as Markdown (for review in a repository or a ticket) and as JSON (for tools), both from
 * the same `IddDocument` as the PDF.
 */
import { label, type Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { fill, formatDate } from '../pdf/strings';
import { buildIddDocument, type IddDocument, type IddInterface } from './model';
import { ACRONYMS, IDD_STRINGS, type IddStrings } from './strings';

/** Escape a table cell: pipes and newlines would break the Markdown table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
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
        [s.supplierSystem, `${sup.systemName} (${sup.memberCode ?? nf} / ${sup.subsystemCode ?? nf})`],
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
    for (const note of itf.notes) out.push(`> - ${fill(note.key === 'serviceIdFormat' ? s.noteServiceIdFormat : s.noteServiceIdSupplier, note.params)}`);
    out.push('');
  }
  out.push(`### 2.${n}.2 ${s.s212}`, '');
  out.push(table([s.no, s.consumerName, 'memberCode', 'subsystemCode'], itf.consumers.map((c, i) => [`${i + 1}.`, c.agencyName, v(c.memberCode), v(c.subsystemCode)])), '');
  if (itf.consumers.some((c) => c.derived)) out.push(`_${fill(s.derivedConsumer, { system: itf.consumerSystem.systemName })}_`, '');
  out.push(`### 2.${n}.3 ${s.s213}`, '');
  if (itf.integrationStyle) out.push(`**${fill(s.applicable, { style: itf.integrationStyle })}**`, '');
  out.push(`**${s.restTable}**`, '');
  out.push(
    table(
      [s.paramName, s.dataStructure, s.value],
      [
        ...itf.consumers.map((c) => ['UXP-client', 'InstanceName/MemberClass/MemberName/Subsystem/', `\`${c.uxpClient}\``]),
        ['UXP-Service', 'InstanceName/MemberClass/MemberName/Subsystem/ServiceName/Version', `\`${itf.uxpService}\``],
      ],
    ),
    '',
  );
  out.push(`#### 2.${n}.3.1 ${s.s2131}`, '', '```xml', itf.soapHeader, '```', '');
  out.push(`#### 2.${n}.3.2 ${s.s2132}`, '', '```json', itf.restHeader, '```', '');
  const fields = (list: IddInterface['requestFields']) =>
    list.length ? table([s.no, s.fieldName, s.fieldDesc, s.fieldType, s.headerBody], list.map((f, i) => [`${i + 1}.`, `\`${f.name}\``, f.description ?? '', f.type ?? '', 'Body'])) : `_${nf}_`;
  out.push(`### 2.${n}.4 ${s.s214}`, '', fields(itf.requestFields), '');
  out.push(`### 2.${n}.5 ${s.s215}`, '', fields(itf.responseFields), '');
  if (itf.responseFromEntities) out.push(`_${fill(s.fromEntities, { entities: itf.dataEntities.join(', ') })}_`, '');
  out.push(`### 2.${n}.6 ${s.s216}`, '', s.errorRef, '');
  return out;
}

/** The IDD document as Markdown. */
export function iddDocumentMarkdown(idd: IddDocument, lang: Lang, date: Date): string {
  const s = IDD_STRINGS[lang];
  const nf = s.notFilled;
  const out: string[] = [`# ${s.docTitle}`, '', `_${s.docSubtitle}_`, '', `**${s.project}:** ${idd.meta.project || nf}`, ''];
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
  out.push(`## ${s.control}`, '', table([s.version, s.date, s.changeSummary, s.preparer], [[idd.meta.version ?? nf, formatDate(date, lang), s.generated, idd.meta.author ?? nf]]), '');
  out.push(`## ${s.acronyms}`, '', table([s.term, s.meaning], ACRONYMS), '');
  out.push(`# 1 ${s.intro}`, '', `## 1.1 ${s.objective}`, '', s.objectiveText, '', `## 1.2 ${s.scope}`, '', fill(s.scopeText, { n: idd.interfaces.length, project: idd.meta.project || nf }), '');
  out.push(`# 2 ${s.interfaces}`, '');
  if (idd.interfaces.length === 0) out.push(s.noFlows, '');
  idd.interfaces.forEach((itf, i) => out.push(...interfaceMarkdown(itf, s, lang, i + 1)));
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
