/**
 * The content of a MyGDX Interface Description Document (003 Lampiran A) for one data flow,
 * derived from the model. Every exporter form (PDF, Markdown, JSON) renders this one structure,
 * so the three never disagree. Fields the model lacks stay null and are listed in `missing`.
 */
import type { Lang } from '../../i18n';
import type { Classification } from '../../model/vocabulary';
import type { DataField, DataFlow, LakarDocument } from '../../model/schema';
import { ModelIndex } from '../pdf/model-index';

/** Fixed values of the MyGDX UXP headers (003 Lampiran A §2.1.3). */
export const UXP = { xRoadInstance: 'MYGDX', memberClass: 'GOV', serviceVersion: 'v1', protocolVersion: '4.0' } as const;

/** Template placeholders shown where a code is missing, so the header keeps its documented shape. */
export const PLACEHOLDER = {
  consumerAgency: '<KodAgensiPengguna>',
  consumerSystem: '<KodSistemAgensiPengguna>',
  supplierAgency: '<KodAgensiPembekal>',
  supplierSystem: '<KodSistemAgensiPembekal>',
  serviceId: '<ServisID>',
} as const;

/** Servis ID: <KodAgensi>-<NamaSistemPembekal>-<PilihanCRUD>-<JenisMaklumat>, e.g. JDN-DDSA-R-KodTarafKahwin. */
export const SERVICE_ID_PATTERN = /^([A-Za-z0-9]+)-([A-Za-z0-9]+)-([CRUD])-([A-Za-z0-9_]+)$/;

export type IddField = 'serviceName' | 'serviceDescription' | 'dataType' | 'supplierAgency' | 'supplierMemberCode' | 'supplierSubsystemCode' | 'integrationStyle' | 'serviceId' | 'httpMethod' | 'apiUrl' | 'authentication' | 'consumers' | 'consumerCodes' | 'requestFields' | 'responseFields';

export interface IddConsumer {
  agencyName: string;
  memberCode: string | null;
  subsystemCode: string | null;
  /** UXP-client header value for this consumer. */
  uxpClient: string;
  /** True when taken from the flow's other endpoint because the flow lists no consumers. */
  derived: boolean;
}

export interface IddInterface {
  flowId: string;
  serviceName: string | null;
  serviceDescription: string | null;
  dataType: Classification | null;
  supplier: { elementId: string; systemName: string; agency: string | null; memberCode: string | null; subsystemCode: string | null };
  consumerSystem: { elementId: string; systemName: string };
  integrationStyle: 'SOAP' | 'REST' | null;
  serviceId: string | null;
  httpMethod: 'GET' | 'POST' | null;
  apiUrl: string | null;
  authentication: string | null;
  consumers: IddConsumer[];
  uxpService: string;
  soapHeader: string;
  restHeader: string;
  /** §2.1.5.1 Contoh Response Mesej (SOAP): a response body with one element per response field; null without fields. */
  soapResponse: string | null;
  requestFields: DataField[];
  responseFields: DataField[];
  /** Response fields were taken from the carried data entities because the flow lists none. */
  responseFromEntities: boolean;
  dataEntities: string[];
  missing: IddField[];
  /** Problems with values that are present (e.g. a Servis ID not in the documented format). */
  notes: { key: 'serviceIdFormat' | 'serviceIdSupplier'; params: Record<string, string> }[];
}

/** Data flows exchanged through MyGDX, in document order: the flows that need an IDD. */
export function mygdxFlows(doc: LakarDocument): DataFlow[] {
  return Object.values(doc.relations).filter((r): r is DataFlow => r.kind === 'dataFlow' && r.method === 'myGdx');
}

function codesOf(doc: LakarDocument, id: string): { agency: string | null; memberCode: string | null; subsystemCode: string | null; name: string } {
  const e = doc.elements[id];
  if (!e) return { agency: null, memberCode: null, subsystemCode: null, name: id };
  if (e.kind === 'application' || e.kind === 'externalSystem') return { agency: e.agency ?? null, memberCode: e.agencyCode ?? null, subsystemCode: e.systemCode ?? null, name: e.name };
  if (e.kind === 'module' || e.kind === 'appService') {
    const parent = e.parentId ? codesOf(doc, e.parentId) : null;
    return { agency: parent?.agency ?? null, memberCode: parent?.memberCode ?? null, subsystemCode: parent?.subsystemCode ?? null, name: e.name };
  }
  return { agency: null, memberCode: null, subsystemCode: null, name: e.name };
}

/**
 * Which endpoint supplies the service: the one whose codes start the Servis ID, else the source
 * for "supplies"/"both" and the target for "receives".
 */
export function supplierOf(doc: LakarDocument, flow: DataFlow): { supplierId: string; consumerId: string } {
  const m = flow.serviceId ? SERVICE_ID_PATTERN.exec(flow.serviceId) : null;
  if (m) {
    for (const [a, b] of [
      [flow.source, flow.target],
      [flow.target, flow.source],
    ]) {
      const c = codesOf(doc, a);
      if (c.memberCode?.toUpperCase() === m[1].toUpperCase() && (!c.subsystemCode || c.subsystemCode.toUpperCase() === m[2].toUpperCase())) return { supplierId: a, consumerId: b };
    }
  }
  return flow.direction === 'receives' ? { supplierId: flow.target, consumerId: flow.source } : { supplierId: flow.source, consumerId: flow.target };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An XML element name made of `text`: letters, digits, '_', '-' and '.', not starting with a digit. */
function xmlName(text: string, fallback: string): string {
  const name = text.replace(/[^A-Za-z0-9_.-]+/g, '');
  return /^[A-Za-z_]/.test(name) ? name : fallback;
}

/** The SOAP body of a response carrying `fields`, values left as "?" for the supplier to fill in. */
function soapResponseExample(operation: string, fields: DataField[]): string | null {
  if (fields.length === 0) return null;
  const op = `${xmlName(operation, 'Servis')}Response`;
  return [
    '<soapenv:Body>',
    `   <${op}>`,
    ...fields.map((f, i) => {
      const name = xmlName(f.name, `medan${i + 1}`);
      return `      <${name}>?</${name}>${f.type ? ` <!-- ${xml(f.type)} -->` : ''}`;
    }),
    `   </${op}>`,
    '</soapenv:Body>',
  ].join('\n');
}

/** The IDD content of `flowId`. */
export function describeInterface(doc: LakarDocument, flowId: string, lang: Lang = 'ms'): IddInterface {
  const flow = doc.relations[flowId];
  if (!flow || flow.kind !== 'dataFlow') throw new Error(`not a data flow: ${flowId}`);
  const index = new ModelIndex(doc);
  const { supplierId, consumerId } = supplierOf(doc, flow);
  const sup = codesOf(doc, supplierId);
  const con = codesOf(doc, consumerId);
  const missing: IddField[] = [];
  const need = <T>(value: T | undefined | null | '', key: IddField): T | null => {
    if (value === undefined || value === null || value === '') {
      missing.push(key);
      return null;
    }
    return value;
  };

  const entities = (flow.dataEntityIds ?? []).map((id) => doc.elements[id]).filter((e): e is Extract<typeof e, { kind: 'dataEntity' }> => e?.kind === 'dataEntity');
  const idParts = flow.serviceId ? SERVICE_ID_PATTERN.exec(flow.serviceId) : null;
  const serviceName = need(flow.label?.trim() || idParts?.[4] || entities.map((e) => e.name).join(', '), 'serviceName');
  const from = `${sup.name}${sup.agency ? ` (${sup.agency})` : ''}`;
  const to = `${con.name}${con.agency ? ` (${con.agency})` : ''}`;
  const what = entities.map((e) => e.name).join(', ');
  const description = need(
    what ? (lang === 'ms' ? `Servis ini untuk membekalkan ${what} daripada ${from} kepada ${to}.` : `This service supplies ${what} from ${from} to ${to}.`) : '',
    'serviceDescription',
  );
  const dataType = need(index.flowClassification(flow), 'dataType');
  need(sup.agency, 'supplierAgency');
  need(sup.memberCode, 'supplierMemberCode');
  need(sup.subsystemCode, 'supplierSubsystemCode');
  const integrationStyle = need(flow.integrationStyle, 'integrationStyle');
  const serviceId = need(flow.serviceId?.trim(), 'serviceId');
  const httpMethod = need(flow.httpMethod, 'httpMethod');
  const apiUrl = need(flow.apiUrl?.trim(), 'apiUrl');
  const authentication = need(flow.authentication?.trim(), 'authentication');

  const listed = flow.consumers ?? [];
  const consumers: IddConsumer[] = (listed.length ? listed.map((c) => ({ ...c, derived: false })) : [{ agencyName: con.agency ?? con.name, memberCode: con.memberCode ?? undefined, subsystemCode: con.subsystemCode ?? undefined, derived: true }]).map((c) => ({
    agencyName: c.agencyName,
    memberCode: c.memberCode || null,
    subsystemCode: c.subsystemCode || null,
    derived: c.derived,
    uxpClient: [UXP.xRoadInstance, UXP.memberClass, c.memberCode || PLACEHOLDER.consumerAgency, c.subsystemCode || PLACEHOLDER.consumerSystem].join('/'),
  }));
  if (listed.length === 0 && !con.agency) missing.push('consumers');
  if (consumers.some((c) => !c.memberCode || !c.subsystemCode)) missing.push('consumerCodes');

  const uxpService = [UXP.xRoadInstance, UXP.memberClass, sup.memberCode || PLACEHOLDER.supplierAgency, sup.subsystemCode || PLACEHOLDER.supplierSystem, serviceId || PLACEHOLDER.serviceId, UXP.serviceVersion].join('/');
  const first = consumers[0];
  const soapHeader = [
    '<soapenv:Header>',
    '   <xro:client iden:objectType="SUBSYSTEM">',
    `      <iden:xRoadInstance>${UXP.xRoadInstance}</iden:xRoadInstance>`,
    `      <iden:memberClass>${UXP.memberClass}</iden:memberClass>`,
    `      <iden:memberCode>${xml(first.memberCode || PLACEHOLDER.consumerAgency)}</iden:memberCode>`,
    '      <!--Optional:-->',
    `      <iden:subsystemCode>${xml(first.subsystemCode || PLACEHOLDER.consumerSystem)}</iden:subsystemCode>`,
    '   </xro:client>',
    '   <xro:service iden:objectType="SERVICE">',
    `      <iden:xRoadInstance>${UXP.xRoadInstance}</iden:xRoadInstance>`,
    `      <iden:memberClass>${UXP.memberClass}</iden:memberClass>`,
    `      <iden:memberCode>${xml(sup.memberCode || PLACEHOLDER.supplierAgency)}</iden:memberCode>`,
    '      <!--Optional:-->',
    `      <iden:subsystemCode>${xml(sup.subsystemCode || PLACEHOLDER.supplierSystem)}</iden:subsystemCode>`,
    `      <iden:serviceCode>${xml(serviceId || PLACEHOLDER.serviceId)}</iden:serviceCode>`,
    '      <!--Optional:-->',
    `      <iden:serviceVersion>${UXP.serviceVersion}</iden:serviceVersion>`,
    '   </xro:service>',
    `   <xro:protocolVersion>${UXP.protocolVersion}</xro:protocolVersion>`,
    '</soapenv:Header>',
  ].join('\n');
  const restHeader = `"header": ${JSON.stringify({ 'UXP-client': first.uxpClient, 'UXP-Service': uxpService }, null, 2)}`;

  const requestFields = flow.requestFields ?? [];
  if (requestFields.length === 0) missing.push('requestFields');
  let responseFields = flow.responseFields ?? [];
  let responseFromEntities = false;
  if (responseFields.length === 0) {
    responseFields = entities.flatMap((e) => e.fields ?? []);
    responseFromEntities = responseFields.length > 0;
    if (!responseFromEntities) missing.push('responseFields');
  }

  const soapResponse = soapResponseExample(idParts?.[4] || serviceName || '', responseFields);

  const notes: IddInterface['notes'] = [];
  if (serviceId && !idParts) notes.push({ key: 'serviceIdFormat', params: { serviceId } });
  if (idParts && sup.memberCode && idParts[1].toUpperCase() !== sup.memberCode.toUpperCase()) notes.push({ key: 'serviceIdSupplier', params: { serviceId: serviceId!, memberCode: sup.memberCode } });

  return {
    flowId,
    serviceName,
    serviceDescription: description,
    dataType,
    supplier: { elementId: supplierId, systemName: sup.name, agency: sup.agency, memberCode: sup.memberCode, subsystemCode: sup.subsystemCode },
    consumerSystem: { elementId: consumerId, systemName: con.name },
    integrationStyle,
    serviceId,
    httpMethod,
    apiUrl,
    authentication,
    consumers,
    uxpService,
    soapHeader,
    restHeader,
    soapResponse,
    requestFields,
    responseFields,
    responseFromEntities,
    dataEntities: entities.map((e) => e.name),
    missing,
    notes,
  };
}

/** Document-level facts of an IDD (cover and document control). */
export interface IddDocumentMeta {
  project: string;
  agency: string | null;
  parentAgency: string | null;
  date: string;
  version: string | null;
  author: string | null;
}

export interface IddDocument {
  meta: IddDocumentMeta;
  interfaces: IddInterface[];
}

/** The IDD of `doc`: every MyGDX flow, or only `flowIds` when given. */
export function buildIddDocument(doc: LakarDocument, options: { lang: Lang; date: Date; flowIds?: string[] }): IddDocument {
  const flows = options.flowIds ? options.flowIds.map((id) => doc.relations[id]).filter((r): r is DataFlow => r?.kind === 'dataFlow') : mygdxFlows(doc);
  return {
    meta: {
      project: doc.meta.title,
      agency: doc.meta.pemilikProjek || doc.meta.penerajuProjek || null,
      parentAgency: doc.meta.agensiInduk || null,
      date: options.date.toISOString().slice(0, 10),
      version: doc.meta.version || null,
      author: doc.meta.author || null,
    },
    interfaces: flows.map((f) => describeInterface(doc, f.id, options.lang)),
  };
}
