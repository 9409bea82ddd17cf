/**
 * Which IDD fields a MyGDX service lacks, worked out from the few facts they depend on without
 * building the service's description: the IDD (`describeService`) and the checker's
 * `flow.iddIncomplete` both take their gaps from `serviceGapMask`, so they never disagree.
 *
 * Why apart from `describeService`: the checker asks for the gaps of every MyGDX service of the
 * model, and building each description (parties, consumer rows, UXP strings, entity field lists)
 * only to read its gaps cost ~9 µs a service, mostly in objects thrown away at once: on the varied
 * 100,000-element model (5,442 MyGDX flows) flow.iddIncomplete took ~47 ms CPU, ~18 ms with this
 * (the ends and their systems come from the checker's graph, the message is made when shown).
 */
import { CLASSIFICATIONS } from '../../model/vocabulary';
import type { DataEntity, DataFlow, Element } from '../../model/schema';
import { SERVICE_ID_PATTERN, serviceDataIds, serviceFieldsOf, type ServiceDirection } from './services';

export type IddField =
  | 'serviceName'
  | 'serviceDescription'
  | 'dataType'
  | 'supplierAgency'
  | 'supplierMemberCode'
  | 'supplierSubsystemCode'
  | 'integrationStyle'
  | 'serviceId'
  | 'httpMethod'
  | 'apiUrl'
  | 'consumers'
  | 'consumerCodes'
  | 'requestFields'
  | 'responseFields';

/** The IDD fields in the order a service lists its gaps (the template's order); bit `i` of a gap mask stands for `IDD_FIELD_ORDER[i]`. */
export const IDD_FIELD_ORDER: readonly IddField[] = [
  'serviceName',
  'serviceDescription',
  'dataType',
  'supplierAgency',
  'supplierMemberCode',
  'supplierSubsystemCode',
  'integrationStyle',
  'serviceId',
  'httpMethod',
  'apiUrl',
  'consumers',
  'consumerCodes',
  'requestFields',
  'responseFields',
];

const BIT = Object.fromEntries(IDD_FIELD_ORDER.map((f, i) => [f, 1 << i])) as Record<IddField, number>;

const fieldLists = new Map<number, readonly IddField[]>();

/** The fields of gap mask `mask`, in the template's order: one frozen list per mask, shared. */
export function gapFields(mask: number): readonly IddField[] {
  let fields = fieldLists.get(mask);
  if (!fields) fieldLists.set(mask, (fields = Object.freeze(IDD_FIELD_ORDER.filter((_, i) => mask & (1 << i)))));
  return fields;
}

/** Looks up an element by id (the document's element table, or the checker's graph). */
export interface ElementLookup {
  get(id: string): Element | undefined;
}

/** The agency facts a party (`partyOf`) takes from `root`, the system its end belongs to: null where not stated. */
export const agencyOfRoot = (root: Element | undefined) => (root && (root.kind === 'application' || root.kind === 'externalSystem') ? root.agency?.trim() || null : null);
export const memberCodeOfRoot = (root: Element | undefined) => (root && (root.kind === 'application' || root.kind === 'externalSystem') ? root.agencyCode?.trim() || null : null);
export const subsystemCodeOfRoot = (root: Element | undefined) => (root && (root.kind === 'application' || root.kind === 'externalSystem') ? root.systemCode?.trim() || null : null);

/**
 * What the gaps read of the data a service carries, as bits (`carriedDataBits`). A data entity
 * carried has a name that is not blank: the IDD describes the service by those names (and names it
 * by them when it has no label or Servis ID). Why not "carries data": a service carrying only
 * nameless data was printed with an empty Keterangan Servis (or a name of bare commas) while the
 * gaps said nothing was missing.
 */
export const DATA_NAMED = 1;
/** A data entity carried has a classification of the vocabulary (`classificationOf`: one outside it gives no data type). */
export const DATA_CLASSIFIED = 8;
/** A data entity carried lists fields. */
export const DATA_FIELDS = 16;

/** The names the IDD gives a service's data by (`entitiesOf`): the blank ones left out. */
export function dataNamesOf(entities: readonly { name: string }[]): string[] {
  return entities.map((e) => e.name).filter((name) => name?.trim());
}

/** `DATA_NAMED` … `DATA_FIELDS` of the data entities among `ids`, looked up in `elements`. */
export function carriedDataBits(ids: readonly string[], elements: ElementLookup): number {
  let bits = 0;
  for (let i = 0; i < ids.length; i++) {
    const e = elements.get(ids[i]);
    if (e?.kind !== 'dataEntity') continue;
    if (e.name?.trim()) bits |= DATA_NAMED;
    if (e.classification && CLASSIFICATIONS.indexOf(e.classification) >= 0) bits |= DATA_CLASSIFIED;
    if ((e as DataEntity).fields?.length) bits |= DATA_FIELDS;
  }
  return bits;
}

/**
 * The gaps of the service in `direction` of `flow`, as a mask over `IDD_FIELD_ORDER`.
 * `supplierRoot` and `consumerRoot` are the systems whose codes the supplying and consuming ends
 * use (`partyOf`: the end itself, or the application of a module or application service); the
 * carried data is looked up in `elements`.
 */
export function serviceGapMask(flow: DataFlow, direction: ServiceDirection, supplierRoot: Element | undefined, consumerRoot: Element | undefined, elements: ElementLookup): number {
  return serviceGapMaskOf(flow, direction, supplierRoot, consumerRoot, carriedDataBits(serviceDataIds(flow, direction), elements));
}

/**
 * `serviceGapMask` given `carriedDataBits` of the service's data: the checker knows them for most
 * flows without looking the data up (carried-facts.ts).
 */
export function serviceGapMaskOf(flow: DataFlow, direction: ServiceDirection, supplierRoot: Element | undefined, consumerRoot: Element | undefined, data: number): number {
  const fields = serviceFieldsOf(flow, direction);
  let mask = 0;
  const serviceId = fields.serviceId?.trim();
  // the name: the label, else the Servis ID's information type, else the data's names (`dataNamesOf`) joined by ", "
  const named = !!fields.label?.trim() || (!!serviceId && SERVICE_ID_PATTERN.test(serviceId)) || (data & DATA_NAMED) !== 0;
  if (!named) mask |= BIT.serviceName;
  if (!(data & DATA_NAMED)) mask |= BIT.serviceDescription;
  if (!flow.classification && !(data & DATA_CLASSIFIED)) mask |= BIT.dataType;
  if (!agencyOfRoot(supplierRoot)) mask |= BIT.supplierAgency;
  if (!memberCodeOfRoot(supplierRoot)) mask |= BIT.supplierMemberCode;
  if (!subsystemCodeOfRoot(supplierRoot)) mask |= BIT.supplierSubsystemCode;
  if (!fields.integrationStyle) mask |= BIT.integrationStyle;
  if (!serviceId) mask |= BIT.serviceId;
  if (!fields.httpMethod) mask |= BIT.httpMethod;
  if (!fields.apiUrl?.trim()) mask |= BIT.apiUrl;
  // the consumers: those listed, else the agency at the flow's other end (`consumersOf`)
  const listed = fields.consumers ?? [];
  if (!listed.length && !agencyOfRoot(consumerRoot)) mask |= BIT.consumers;
  const codesMissing = listed.length ? listed.some((c) => !c.memberCode || !c.subsystemCode) : !memberCodeOfRoot(consumerRoot) || !subsystemCodeOfRoot(consumerRoot);
  if (codesMissing) mask |= BIT.consumerCodes;
  if (!fields.requestFields?.length) mask |= BIT.requestFields;
  if (!fields.responseFields?.length && !(data & DATA_FIELDS)) mask |= BIT.responseFields;
  return mask;
}
