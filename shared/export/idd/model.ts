/**
 * The content of the MyGDX Interface Description Documents (003 Lampiran A) derived from the model.
 *
 * An IDD is the **supplier** agency's document: "bagi agensi pembekal … Dokumen IDD perlu
 * dipersetujui oleh agensi pembekal" (§1.1). So the model's MyGDX services are grouped into one
 * document per supplying agency, which it names and signs. A service is one direction of a MyGDX
 * flow: a two-way flow (001 §3.3.4 f "menerima dan membekalkan") has two services, the reverse one
 * with its own Servis ID and fields (`dataFlow.reverse`).
 *
 * Every exporter form (PDF, Markdown, JSON) renders these structures, so they never disagree; the
 * checker's `flow.iddIncomplete` lists the same gaps (`serviceGapMask`, gaps.ts).
 */
import type { Lang } from '../../i18n';
import { CLASSIFICATIONS, type Classification } from '../../model/vocabulary';
import type { ConsumerAgency, DataEntity, DataField, DataFlow, Element, LakarDocument } from '../../model/schema';
import { partTop } from '../../model/part-top';
import { agencyOfRoot, dataNamesOf, gapFields, memberCodeOfRoot, serviceGapMask, subsystemCodeOfRoot, type IddField } from './gaps';
import { sampleValue } from './sample-values';
import { mygdxFlows, SERVICE_ID_PATTERN, serviceDataIds, serviceEnds, serviceFieldsOf, services as serviceListOf, type ServiceDirection } from './services';

/** Fixed values of the MyGDX UXP headers (003 Lampiran A §2.1.3). */
export const UXP = { xRoadInstance: 'MYGDX', memberClass: 'GOV', serviceVersion: 'v1', protocolVersion: '4.0' } as const;

/** The template's Authentication value (003 Lampiran A §2.1.1), used when the model states none. */
export const DEFAULT_AUTHENTICATION = 'Certificate';

/** Template placeholders shown where a code is missing, so the header keeps its documented shape. */
export const PLACEHOLDER = {
  consumerAgency: '<KodAgensiPengguna>',
  consumerSystem: '<KodSistemAgensiPengguna>',
  supplierAgency: '<KodAgensiPembekal>',
  supplierSystem: '<KodSistemAgensiPembekal>',
  serviceId: '<ServisID>',
} as const;

export type { IddField } from './gaps';

export interface IddConsumer {
  agencyName: string;
  memberCode: string | null;
  subsystemCode: string | null;
  /** UXP-client header value for this consumer. */
  uxpClient: string;
  /**
   * True when taken from the flow's other endpoint because the service lists no consumers. Said in
   * the JSON only: the document, like the template's §2.1.2, is the table alone (a note about how
   * Lakar filled it has no place in a document an agency signs).
   */
  derived: boolean;
}

/** The supplier or consumer end of a service: its system and its agency's MyGDX codes. */
export interface IddParty {
  elementId: string;
  systemName: string;
  agency: string | null;
  memberCode: string | null;
  subsystemCode: string | null;
  parentAgency: string | null;
}

/** One MyGDX service (one direction of a flow), as §2.1.1–2.1.6 of the IDD describe it. */
export interface IddService {
  flowId: string;
  direction: ServiceDirection;
  serviceName: string | null;
  serviceDescription: string | null;
  dataType: Classification | null;
  supplier: IddParty;
  consumerSystem: IddParty;
  integrationStyle: 'SOAP' | 'REST' | null;
  serviceId: string | null;
  /** The CRUD letter of the Servis ID (<PilihanCRUD>), when the ID follows the template. */
  crud: 'C' | 'R' | 'U' | 'D' | null;
  httpMethod: 'GET' | 'POST' | null;
  apiUrl: string | null;
  /** As stated in the model, else the template's "Certificate". */
  authentication: string;
  authenticationDefault: boolean;
  consumers: IddConsumer[];
  uxpService: string;
  soapHeader: string;
  restHeader: string;
  /** §2.1.5.1 response example in the service's style: a SOAP body or a REST JSON body; null without fields. */
  soapResponse: string | null;
  restResponse: string | null;
  requestFields: DataField[];
  responseFields: DataField[];
  /** Response fields were taken from the carried data entities because the service lists none. */
  responseFromEntities: boolean;
  dataEntities: string[];
  missing: IddField[];
  /** Problems with values that are present (e.g. a Servis ID not in the documented format). */
  notes: { key: 'serviceIdFormat' | 'serviceIdSupplier'; params: Record<string, string> }[];
}

/** The system whose MyGDX codes the end `id` of a flow uses: the end itself, or the application of a module or application service. */
export function partyRoot(doc: LakarDocument, id: string): Element | undefined {
  return partTop(doc.elements, id);
}

/**
 * A flow end's system and MyGDX codes; modules and application services use their application's.
 * `root` is the end's `partyRoot`, when the caller has it already.
 */
export function partyOf(doc: LakarDocument, id: string, root: Element | undefined = partyRoot(doc, id)): IddParty {
  const name = doc.elements.get(id)?.name ?? id;
  if (root && (root.kind === 'application' || root.kind === 'externalSystem')) {
    // the same reading of the codes as the gaps (`serviceGapMask`): what the IDD prints empty is what it lists missing
    return { elementId: id, systemName: name, agency: agencyOfRoot(root), memberCode: memberCodeOfRoot(root), subsystemCode: subsystemCodeOfRoot(root), parentAgency: root.parentAgency?.trim() || null };
  }
  return { elementId: id, systemName: name, agency: null, memberCode: null, subsystemCode: null, parentAgency: null };
}

function entitiesOf(doc: LakarDocument, ids: readonly string[]): DataEntity[] {
  return ids.map((id) => doc.elements.get(id)).filter((e): e is DataEntity => e?.kind === 'dataEntity');
}

/** The classification of a service: the flow's own, else the highest of the data it carries in that direction. */
function classificationOf(flow: DataFlow, entities: readonly DataEntity[]): Classification | null {
  if (flow.classification) return flow.classification;
  let best = -1;
  for (const e of entities) if (e.classification) best = Math.max(best, CLASSIFICATIONS.indexOf(e.classification));
  return best >= 0 ? CLASSIFICATIONS[best] : null;
}

/** The consumers of a service: those listed, else the agency at the flow's other end. */
function consumersOf(listed: readonly ConsumerAgency[], consumer: IddParty): IddConsumer[] {
  const rows = listed.length
    ? listed.map((c) => ({ agencyName: c.agencyName, memberCode: c.memberCode || null, subsystemCode: c.subsystemCode || null, derived: false }))
    : [{ agencyName: consumer.agency ?? consumer.systemName, memberCode: consumer.memberCode, subsystemCode: consumer.subsystemCode, derived: true }];
  return rows.map((c) => ({ ...c, uxpClient: [UXP.xRoadInstance, UXP.memberClass, c.memberCode || PLACEHOLDER.consumerAgency, c.subsystemCode || PLACEHOLDER.consumerSystem].join('/') }));
}

/** What a service's IDD needs and the model does not hold, by the template's field (the checker reports the same). */
export function serviceGaps(doc: LakarDocument, flow: DataFlow, direction: ServiceDirection): IddField[] {
  return [...gapFields(serviceGapsOf(doc, flow, direction))];
}

/** `serviceGapMask` of a service of `doc`. */
function serviceGapsOf(doc: LakarDocument, flow: DataFlow, direction: ServiceDirection): number {
  const { supplierId, consumerId } = serviceEnds(flow, direction);
  return serviceGapMask(flow, direction, partyRoot(doc, supplierId), partyRoot(doc, consumerId), doc.elements);
}

/** The facts of a service and its gaps, for `describeService`. */
function analyse(doc: LakarDocument, flow: DataFlow, direction: ServiceDirection) {
  const fields = serviceFieldsOf(flow, direction);
  const { supplierId, consumerId } = serviceEnds(flow, direction);
  // each end's system found once, for its party and for the gaps
  const supplierRoot = partyRoot(doc, supplierId);
  const consumerRoot = partyRoot(doc, consumerId);
  const supplier = partyOf(doc, supplierId, supplierRoot);
  const consumer = partyOf(doc, consumerId, consumerRoot);
  const entities = entitiesOf(doc, serviceDataIds(flow, direction));
  const serviceId = fields.serviceId?.trim() || null;
  const idParts = serviceId ? SERVICE_ID_PATTERN.exec(serviceId) : null;
  const serviceName = fields.label?.trim() || idParts?.[4] || dataNamesOf(entities).join(', ') || null;
  const dataType = classificationOf(flow, entities);
  const consumers = consumersOf(fields.consumers ?? [], consumer);
  const requestFields = fields.requestFields ?? [];
  const listedResponse = fields.responseFields ?? [];
  const entityFields = listedResponse.length ? [] : entities.flatMap((e) => e.fields ?? []);
  // the gaps as the checker reads them (`serviceGapMask`): the document and the checker agree
  const missing = [...gapFields(serviceGapMask(flow, direction, supplierRoot, consumerRoot, doc.elements))];
  return { fields, supplier, consumer, entities, serviceId, idParts, serviceName, dataType, consumers, requestFields, listedResponse, entityFields, missing };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An XML element name made of `text`: letters, digits, '_', '-' and '.', not starting with a digit. */
function xmlName(text: string, fallback: string): string {
  const name = text.replace(/[^A-Za-z0-9_.-]+/g, '');
  return /^[A-Za-z_]/.test(name) ? name : fallback;
}

/** The SOAP body of a response carrying `fields`, each with a sample value (`sampleValue`). */
function soapResponseExample(operation: string, fields: DataField[]): string | null {
  if (fields.length === 0) return null;
  const op = `${xmlName(operation, 'Servis')}Response`;
  return [
    '<soapenv:Body>',
    `   <${op}>`,
    ...fields.map((f, i) => {
      const name = xmlName(f.name, `medan${i + 1}`);
      return `      <${name}>${xml(String(sampleValue(f)))}</${name}>${f.type ? ` <!-- ${xml(f.type)} -->` : ''}`;
    }),
    `   </${op}>`,
    '</soapenv:Body>',
  ].join('\n');
}

/** The JSON body of a REST response carrying `fields`, each with a sample value of its type (`sampleValue`). */
function restResponseExample(fields: DataField[]): string | null {
  if (fields.length === 0) return null;
  return JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, sampleValue(f)])), null, 2);
}

/** The IDD content of one service: direction `direction` of flow `flowId`. */
export function describeService(doc: LakarDocument, flowId: string, direction: ServiceDirection = 'forward', lang: Lang = 'ms'): IddService {
  const flow = doc.relations.get(flowId);
  if (!flow || flow.kind !== 'dataFlow') throw new Error(`not a data flow: ${flowId}`);
  const a = analyse(doc, flow, direction);
  const { supplier, consumer, serviceId, idParts, consumers } = a;
  const from = `${supplier.systemName}${supplier.agency ? ` (${supplier.agency})` : ''}`;
  const to = `${consumer.systemName}${consumer.agency ? ` (${consumer.agency})` : ''}`;
  const what = dataNamesOf(a.entities).join(', ');
  const description = what ? (lang === 'ms' ? `Servis ini untuk membekalkan ${what} daripada ${from} kepada ${to}.` : `This service supplies ${what} from ${from} to ${to}.`) : null;

  const uxpService = [UXP.xRoadInstance, UXP.memberClass, supplier.memberCode || PLACEHOLDER.supplierAgency, supplier.subsystemCode || PLACEHOLDER.supplierSystem, serviceId || PLACEHOLDER.serviceId, UXP.serviceVersion].join('/');
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
    `      <iden:memberCode>${xml(supplier.memberCode || PLACEHOLDER.supplierAgency)}</iden:memberCode>`,
    '      <!--Optional:-->',
    `      <iden:subsystemCode>${xml(supplier.subsystemCode || PLACEHOLDER.supplierSystem)}</iden:subsystemCode>`,
    `      <iden:serviceCode>${xml(serviceId || PLACEHOLDER.serviceId)}</iden:serviceCode>`,
    '      <!--Optional:-->',
    `      <iden:serviceVersion>${UXP.serviceVersion}</iden:serviceVersion>`,
    '   </xro:service>',
    `   <xro:protocolVersion>${UXP.protocolVersion}</xro:protocolVersion>`,
    '</soapenv:Header>',
  ].join('\n');
  const restHeader = `"header": ${JSON.stringify({ 'UXP-client': first.uxpClient, 'UXP-Service': uxpService }, null, 2)}`;

  const responseFromEntities = a.listedResponse.length === 0 && a.entityFields.length > 0;
  const responseFields = responseFromEntities ? a.entityFields : a.listedResponse;

  const notes: IddService['notes'] = [];
  if (serviceId && !idParts) notes.push({ key: 'serviceIdFormat', params: { serviceId } });
  if (idParts && supplier.memberCode && idParts[1].toUpperCase() !== supplier.memberCode.toUpperCase()) notes.push({ key: 'serviceIdSupplier', params: { serviceId: serviceId!, memberCode: supplier.memberCode } });
  const authentication = a.fields.authentication?.trim();

  return {
    flowId,
    direction,
    serviceName: a.serviceName,
    serviceDescription: description,
    dataType: a.dataType,
    supplier,
    consumerSystem: consumer,
    integrationStyle: a.fields.integrationStyle ?? null,
    serviceId,
    crud: (idParts?.[3] as IddService['crud']) ?? null,
    httpMethod: a.fields.httpMethod ?? null,
    apiUrl: a.fields.apiUrl?.trim() || null,
    authentication: authentication || DEFAULT_AUTHENTICATION,
    authenticationDefault: !authentication,
    consumers,
    uxpService,
    soapHeader,
    restHeader,
    soapResponse: soapResponseExample(idParts?.[4] || a.serviceName || '', responseFields),
    restResponse: restResponseExample(responseFields),
    requestFields: a.requestFields,
    responseFields,
    responseFromEntities,
    dataEntities: a.entities.map((e) => e.name),
    missing: a.missing,
    notes,
  };
}

/** Document-level facts of one supplier's IDD (cover and document control). */
export interface IddDocumentMeta {
  project: string;
  /** NAMA AGENSI: the supplying agency, which signs the document. */
  agency: string | null;
  /** NAMA AGENSI INDUK: the supplier's parent ministry. */
  parentAgency: string | null;
  /** True when the supplier is one of the project's own agencies (its ministry is the project's Agensi Induk). */
  ownAgency: boolean;
  /** The supplier's systems, for a document whose agency is not stated. */
  supplierSystems: string[];
  date: string;
  version: string | null;
  author: string | null;
  /** The preparer's post (the proposal's Jawatan penyedia kertas), for SEMAKAN DOKUMEN's Nama/Jawatan. */
  preparerPosition: string | null;
  /** The agency that prepares the documents: the project's owner, whose paper they go with. */
  preparerAgency: string | null;
}

export interface IddDocument {
  meta: IddDocumentMeta;
  services: IddService[];
}

/** Normalised agency name, for grouping services by supplier. */
const agencyKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The key grouping a service into its supplier's document: the supplying agency, else the supplying system. */
function supplierKey(supplier: IddParty): string {
  return supplier.agency ? `agency:${agencyKey(supplier.agency)}` : `system:${supplier.elementId}`;
}

/** The supplying agencies (or, where none is stated, systems) that get an IDD, in document order, without building one. */
export function iddSuppliers(doc: LakarDocument, flowIds?: string[]): string[] {
  const flows = flowIds ? flowIds.map((id) => doc.relations.get(id)).filter((r): r is DataFlow => r?.kind === 'dataFlow') : mygdxFlows(doc);
  const out = new Map<string, string>();
  for (const { flow, direction } of serviceListOf(flows)) {
    const supplier = partyOf(doc, serviceEnds(flow, direction).supplierId);
    const key = supplierKey(supplier);
    if (!out.has(key)) out.set(key, supplier.agency ?? supplier.systemName);
  }
  return [...out.values()];
}

/**
 * The IDDs of `doc`: one per supplying agency, each with the services that agency supplies, for
 * every MyGDX flow or only `flowIds`. Documents come in the order their first service appears.
 */
export function buildIddDocuments(doc: LakarDocument, options: { lang: Lang; date: Date; flowIds?: string[] }): IddDocument[] {
  const flows = options.flowIds ? options.flowIds.map((id) => doc.relations.get(id)).filter((r): r is DataFlow => r?.kind === 'dataFlow') : mygdxFlows(doc);
  const own = new Set([doc.meta.pemilikProjek, doc.meta.penerajuProjek, doc.meta.pelaksanaProjek, doc.meta.pelaksanaPerolehan].filter((a): a is string => !!a?.trim()).map(agencyKey));
  const groups = new Map<string, IddService[]>();
  for (const { flow, direction } of serviceListOf(flows)) {
    const service = describeService(doc, flow.id, direction, options.lang);
    const key = supplierKey(service.supplier);
    const list = groups.get(key);
    if (list) list.push(service);
    else groups.set(key, [service]);
  }
  const date = options.date.toISOString().slice(0, 10);
  return [...groups.values()].map((services) => {
    const agency = services[0].supplier.agency;
    // the parent ministry is stated on the supplier's system, or in the project facts for the project's own agency
    const ownAgency = !!agency && own.has(agencyKey(agency));
    const parentAgency = services.map((s) => s.supplier.parentAgency).find(Boolean) ?? (ownAgency ? doc.meta.agensiInduk?.trim() || null : null);
    return {
      meta: {
        project: doc.meta.title,
        agency,
        parentAgency,
        ownAgency,
        supplierSystems: [...new Set(services.map((s) => s.supplier.systemName))],
        date,
        version: doc.meta.version?.trim() || null,
        author: doc.meta.author?.trim() || null,
        preparerPosition: doc.meta.endorsement?.preparerPosition?.trim() || null,
        preparerAgency: doc.meta.pemilikProjek?.trim() || doc.meta.penerajuProjek?.trim() || null,
      },
      services,
    };
  });
}
