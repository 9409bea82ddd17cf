/**
 * The MyGDX services a data flow stands for, read from the model without building any document:
 * one service per direction. Used by the IDD, the checker and the flow inspector alike, so they
 * agree on who supplies what.
 *
 * - The flow's own fields describe the service of its direction: the source supplies it for
 *   "supplies" and "both", the target for "receives".
 * - A two-way flow ("both", 001 §3.3.4 f "menerima dan membekalkan") also has the reverse service,
 *   which the target supplies to the source: `flow.reverse`, with its own Servis ID and fields.
 *   `reverse.dataEntityIds` names which of the flow's data the target supplies; the rest goes from
 *   source to target.
 */
import type { DataFlow, LakarDocument, ReverseService } from '../../model/schema';
import type { SharingApproval } from '../../model/proposal';
import { otherAgencySystem } from '../../checklist/agencies';
import { NO_IDS } from '../../model/ids';

export type ServiceDirection = 'forward' | 'reverse';

/** Servis ID: <KodAgensi>-<NamaSistemPembekal>-<PilihanCRUD>-<JenisMaklumat>, e.g. JDN-DDSA-R-KodTarafKahwin (003 Lampiran A §2.1.1). */
export const SERVICE_ID_PATTERN = /^([A-Za-z0-9]+)-([A-Za-z0-9]+)-([CRUD])-([A-Za-z0-9_]+)$/;

/** The IDD fields of one service as the model holds them. */
export type ServiceFields = Omit<ReverseService, 'dataEntityIds'>;

const NONE: readonly ServiceDirection[] = ['forward'];
const BOTH: readonly ServiceDirection[] = ['forward', 'reverse'];

/** Data flows exchanged through MyGDX, in document order: the flows that need an IDD. */
export function mygdxFlows(doc: LakarDocument): DataFlow[] {
  return doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow' && r.method === 'myGdx');
}

/** The directions of `flow` that are services: both for a two-way flow, else its own. */
export function directionsOf(flow: DataFlow): readonly ServiceDirection[] {
  return flow.direction === 'both' ? BOTH : NONE;
}

/** Every service of `flows`, flow by flow, forward before reverse. */
export function services(flows: readonly DataFlow[]): { flow: DataFlow; direction: ServiceDirection }[] {
  return flows.flatMap((flow) => directionsOf(flow).map((direction) => ({ flow, direction })));
}

/** The fields of the service in `direction`: the flow's own, or its reverse service's. */
export function serviceFieldsOf(flow: DataFlow, direction: ServiceDirection): ServiceFields {
  return direction === 'forward' ? flow : (flow.reverse ?? {});
}

/**
 * The supplier's approval of the sharing in `direction` (003 §2.4.2 iv; PKPA 2/2021 para 12 a): each
 * direction of a two-way flow has its own, the reverse one in `reverse`. A two-way flow written before
 * that (its approval in the flow's own field, none in `reverse`) held the approval of its end that is
 * another agency's system, wherever that end stood: read so, for the direction that agency supplies,
 * an older file keeps its meaning with no migration.
 */
export function sharingApprovalOf(doc: LakarDocument, flow: DataFlow, direction: ServiceDirection): SharingApproval | undefined {
  if (writtenBeforeApprovalsPerDirection(doc, flow)) {
    return direction === 'reverse' ? flow.sharingApproval : undefined;
  }
  return serviceFieldsOf(flow, direction).sharingApproval;
}

/**
 * The patch of `flow` that gives the service in `direction` the approval `approval` (undefined: none)
 * and leaves the other direction's as sharingApprovalOf reads it. Each direction is written to its own
 * field, so an older two-way flow's one approval goes where the papers read it (`reverse`, the other
 * agency's) once either direction is edited: kept in the flow's own field, it read as the other
 * direction's as soon as `reverse` had one (an edit of the reverse moved the old approval forward).
 * A field left empty is cleared (undefined in a relation.update patch).
 */
export function sharingApprovalPatch(
  doc: LakarDocument,
  flow: DataFlow,
  direction: ServiceDirection,
  approval: SharingApproval | undefined,
): Pick<DataFlow, 'sharingApproval' | 'reverse' | 'approvalsPerDirection'> {
  const forward = direction === 'forward' ? approval : sharingApprovalOf(doc, flow, 'forward');
  if (flow.direction !== 'both') return { sharingApproval: forward };
  const back = direction === 'reverse' ? approval : sharingApprovalOf(doc, flow, 'reverse');
  const reverse: ReverseService = { ...flow.reverse };
  if (back) reverse.sharingApproval = back;
  else delete reverse.sharingApproval;
  // marked, so that a forward approval alone is not then read as an older file's reverse one (a form
  // filling it field by field saw its first field move to the other direction and the next refused)
  return { sharingApproval: forward, reverse: Object.keys(reverse).length ? reverse : undefined, approvalsPerDirection: true };
}

/** A two-way flow as written before approvals per direction: one approval, in the flow's own field, and the other agency's system at its target (see sharingApprovalOf). */
function writtenBeforeApprovalsPerDirection(doc: LakarDocument, flow: DataFlow): boolean {
  return (
    flow.direction === 'both' &&
    !flow.approvalsPerDirection &&
    flow.sharingApproval !== undefined &&
    !flow.reverse?.sharingApproval &&
    !otherAgencySystem(doc, flow.source) &&
    Boolean(otherAgencySystem(doc, flow.target))
  );
}

/** True when the flow's target supplies the service in `direction` (and its source consumes it). */
export function targetSupplies(flow: DataFlow, direction: ServiceDirection): boolean {
  return direction === 'reverse' || flow.direction === 'receives';
}

/** Which end supplies the service in `direction` and which consumes it. */
export function serviceEnds(flow: DataFlow, direction: ServiceDirection): { supplierId: string; consumerId: string } {
  return targetSupplies(flow, direction) ? { supplierId: flow.target, consumerId: flow.source } : { supplierId: flow.source, consumerId: flow.target };
}

/** Ids of the data the service in `direction` carries. */
export function serviceDataIds(flow: DataFlow, direction: ServiceDirection): readonly string[] {
  const carried = flow.dataEntityIds ?? NO_IDS;
  const reverse = flow.direction === 'both' ? (flow.reverse?.dataEntityIds ?? NO_IDS) : NO_IDS;
  // most flows have no reverse service: the forward one carries the flow's list as it is (no copy;
  // the checker asks for every flow of a large model)
  if (!reverse.length) return direction === 'reverse' ? NO_IDS : carried;
  return direction === 'reverse' ? carried.filter((id) => reverse.includes(id)) : carried.filter((id) => !reverse.includes(id));
}

/**
 * A Servis ID with CRUD letter `crud`: the letter of `current` replaced when it follows the
 * template, else one built from the supplier's codes and the information type (the service's
 * label or data, without spaces), e.g. "JPN-SYSB-R-MaklumatIdentiti".
 */
export function withCrudLetter(current: string | undefined, crud: 'C' | 'R' | 'U' | 'D', supplier: { memberCode?: string | null; subsystemCode?: string | null }, information: string): string {
  const m = current ? SERVICE_ID_PATTERN.exec(current.trim()) : null;
  if (m) return `${m[1]}-${m[2]}-${crud}-${m[4]}`;
  const part = (text: string | null | undefined, fallback: string) => (text ?? '').replace(/[^A-Za-z0-9]+/g, '') || fallback;
  const words = information
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9_]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return `${part(supplier.memberCode, 'KodAgensi')}-${part(supplier.subsystemCode, 'NamaSistem')}-${crud}-${words || 'JenisMaklumat'}`;
}
