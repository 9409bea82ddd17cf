/**
 * Data is not handed on at a lower classification than it came with (PKPA 2/2021 para 12 a–b: data
 * is shared only with its supplier's agreement and securely; 001 §2.6.6: the class sets the data's
 * security level, so it goes with the data; the TVET data policy says the same of TVET data, §2.4.4
 * ii–iii, but this rule is for every project). The IDD prints one Jenis Data for a
 * service (003 Lampiran A §2.1.1), and a reviewer reads it as the class of every field the service
 * supplies: JPN's MyKad number supplied Sulit to an application, then passed on by that application
 * as Terhad, reads as JPN's data declassified on the way.
 *
 * Why a rule and not a note in the IDD: the two classes are in two agencies' documents, each right
 * on its own page; only the model sees both flows, and the fix (a class, or the fields a service
 * carries) is the planner's, in the model.
 *
 * Why MyGDX services only (the flows into their systems may go by any method): they are what the
 * IDDs classify and a reviewer compares, and asking every flow of a large model cost several
 * hundred ms a full check on the varied 100,000-element model (a tenth of that for its ~5,400 MyGDX
 * flows), against the checker's 500 ms goal (issue 18).
 */
import type { DataEntity, DataFlow, Element } from '../../model/schema';
import { CLASSIFICATIONS } from '../../model/vocabulary';
import { directionsOf, serviceDataIds, serviceEnds, serviceFieldsOf, targetSupplies, type ServiceDirection } from '../../export/idd/services';
import { localRule, q, type Params } from '../define';
import { endsName } from '../../i18n';
import { labels, rankOf } from '../helpers';
import type { Bilingual } from '../types';
import type { ModelGraph } from '../graph';
import { carriedFacts, type CarriedFacts } from '../carried-facts';

/** Rank of Rahsia Besar, the highest class: nothing is handed on below a class above it. */
const TOP_RANK = CLASSIFICATIONS.length - 1;

/** A service's class as its IDD prints it (`classificationOf`): the flow's own, else the highest of the data it carries that way; -1 when none. */
function serviceRank(graph: ModelGraph, f: DataFlow, ids: readonly string[]): number {
  if (f.classification) return rankOf(f.classification);
  const facts = carriedFacts(graph);
  const ref = refHere(facts, f, ids);
  let rank = -1;
  for (let i = 0; i < ids.length; i++) rank = Math.max(rank, ref >= 0 ? facts.rankAt(ref + i) : facts.rank(ids[i]));
  return rank;
}

/**
 * `facts.refOf(f)` when `ids` is the flow's own list (`serviceDataIds` of a flow without a reverse
 * service's data), else -1: the pass's flow's data is then read by the numbers kept for its ids, not
 * looked up by id (a map entry keyed by each id's characters, read from memory).
 */
function refHere(facts: CarriedFacts, f: DataFlow, ids: readonly string[]): number {
  return ids === f.dataEntityIds ? facts.refOf(f) : -1;
}

const NO_FIELDS: readonly string[] = [];

/** The names of the fields a service returns: those listed for it, else its data's (what its IDD's §2.1.5 prints). */
function suppliedFields(graph: ModelGraph, f: DataFlow, direction: ServiceDirection, ids: readonly string[]): readonly string[] {
  const listed = serviceFieldsOf(f, direction).responseFields;
  if (listed?.length) return listed.map((x) => x.name);
  let fields = NO_FIELDS;
  for (let i = 0; i < ids.length; i++) {
    const e = graph.carriedElement(ids[i]);
    if (e?.kind === 'dataEntity' && (e as DataEntity).fields?.length) fields = [...fields, ...(e as DataEntity).fields!.map((x) => x.name)];
  }
  return fields;
}

/** What a finding names: the data and fields handed on lower, the highest class they came with, and the flows they came by. */
class Lowered {
  rank = -1;
  /** The highest class among the data's own classes (a flow classed below its own data). */
  ownRank = -1;
  readonly data = new Set<string>();
  readonly fields = new Set<string>();
  readonly from = new Set<string>();

  add(rank: number, dataId: string | null, field: string | null, flowId: string | null): void {
    this.rank = Math.max(this.rank, rank);
    if (!flowId) this.ownRank = Math.max(this.ownRank, rank);
    if (dataId) this.data.add(dataId);
    if (field) this.fields.add(field);
    if (flowId) this.from.add(flowId);
  }
}

/**
 * Adds to `found` the services carrying `dataId` into system `system` above class `rank`, other
 * than the service out; returns `found`, made when first needed. Asked of the flows carrying the
 * data (an index, ~14 a data entity on the varied 100,000-element model, hundreds for popular data)
 * with the roots of their ends worked out once per check (carrier-roots.ts), rather than of every
 * flow into the system. Why: the ~7,000 MyGDX services of that model meet ~480,000 such flows per
 * full check, ~2,000 of them into the system; finding each end's root afresh through a callback
 * per flow was about half the rule's CPU (the rule 76 → 53 ms with the roots numbered, alternating runs).
 */
function addReceived(graph: ModelGraph, f: DataFlow, direction: ServiceDirection, rank: number, dataId: string, system: Element, found: Lowered | null): Lowered | null {
  const { flows, roots, at, inSystem } = graph.flowsCarryingInto(dataId, system);
  for (let i = 0; i < flows.length; i++) {
    const sourceRoot = roots[at + 2 * i];
    const targetRoot = roots[at + 2 * i + 1];
    // most flows carrying the data go elsewhere: two numbers compared, the flow not read
    if (sourceRoot !== inSystem && targetRoot !== inSystem) continue;
    const flow = flows[i];
    const directions = directionsOf(flow);
    for (let k = 0; k < directions.length; k++) {
      if (flow === f && directions[k] === direction) continue;
      // the consumer's system
      if ((targetSupplies(flow, directions[k]) ? sourceRoot : targetRoot) !== inSystem) continue;
      const ids = serviceDataIds(flow, directions[k]);
      const intoRank = serviceRank(graph, flow, ids);
      if (intoRank > rank && ids.includes(dataId)) (found ??= new Lowered()).add(intoRank, dataId, null, flow.id);
    }
  }
  return found;
}

/**
 * What the service in `direction` of `f` (class `rank`, data `ids`) supplies that came into its
 * supplier's system `system` at a higher class: the same data by any flow, and, when the service
 * returns named fields (IDD fields: MyGDX services and data with fields), the same field names by
 * any flow into a part of the system.
 */
function loweredOf(graph: ModelGraph, f: DataFlow, direction: ServiceDirection, rank: number, ids: readonly string[], system: Element): Lowered | null {
  let found: Lowered | null = null;
  const facts = carriedFacts(graph);
  const ref = refHere(facts, f, ids);
  for (let i = 0; i < ids.length; i++) {
    // the flow's own class below the data it carries (a flow's class overrides its data's); -2 for a
    // dangling id, no data, asked of the same facts as its rank, not of the element (a read from memory per id)
    const own = ref >= 0 ? facts.dataRankAt(ref + i) : facts.dataRank(ids[i]);
    if (f.classification && own > rank) (found ??= new Lowered()).add(own, ids[i], null, null);
    if (own === -2) continue;
    found = addReceived(graph, f, direction, rank, ids[i], system, found);
  }
  const fields = suppliedFields(graph, f, direction, ids);
  if (!fields.length) return found;
  const parts = graph.partIdsOf(system);
  for (let p = 0; p < parts.length; p++) {
    const at = graph.relationsAt(parts[p]);
    for (let r = 0; r < at.length; r++) {
      const into = at[r];
      if (into.kind !== 'dataFlow') continue;
      const intoDirections = directionsOf(into);
      for (let k = 0; k < intoDirections.length; k++) {
        if ((into === f && intoDirections[k] === direction) || serviceEnds(into, intoDirections[k]).consumerId !== parts[p]) continue;
        const intoIds = serviceDataIds(into, intoDirections[k]);
        const intoRank = serviceRank(graph, into, intoIds);
        if (intoRank <= rank) continue;
        for (const name of suppliedFields(graph, into, intoDirections[k], intoIds)) if (fields.includes(name)) (found ??= new Lowered()).add(intoRank, null, name, into.id);
      }
    }
  }
  return found;
}

/** The data named, then the fields ("medan …"), at most six of each. */
function itemsOf(data: string[], fields: string[]): Bilingual {
  const list = (xs: string[]) => (xs.length > 6 ? `${xs.slice(0, 6).join(', ')} …` : xs.join(', '));
  const both = (field: string) => [data.length ? list(data) : '', fields.length ? `${field} ${list(fields)}` : ''].filter(Boolean);
  return { ms: both('medan').join(' dan '), en: both(fields.length > 1 ? 'fields' : 'field').join(' and ') };
}

const classLabel = (rank: number) => labels('classification', CLASSIFICATIONS[rank]);

/** "Sistem A – Sistem B", supplier first (i18n endsName). */
function serviceLabel(supplier: Element | undefined, consumer: Element | undefined, f: DataFlow, direction: ServiceDirection): string {
  const label = serviceFieldsOf(f, direction).label?.trim();
  const ends = endsName(supplier?.name ?? '?', consumer?.name ?? '?');
  return label ? `"${label}" (${ends})` : `"${ends}"`;
}

export const classificationHandedOn = localRule({
  id: 'flow.classificationHandedOn',
  severity: 'warning',
  title: { ms: 'Data tidak dikongsi semula pada klasifikasi yang lebih rendah', en: 'Data is not passed on at a lower classification' },
  message: {
    ms: 'Aliran data {flow} membekalkan {items} sebagai {lower}, tetapi {higher}.',
    en: 'Data flow {flow} supplies {items} as {lower}, but {higher}.',
  },
  source: '000 para 12 a–b; 001 §2.6.6; 003 Lampiran A §2.1.1 (Jenis Data)',
  fixHint: {
    ms: 'Klasifikasikan aliran (atau data yang dibawanya) sekurang-kurangnya setinggi data yang diterima: klasifikasi data tidak diturunkan apabila data dikongsi semula. Jika yang dibekalkan memang lebih rendah (cth. status semakan sahaja), keluarkan medan atau data yang diterima itu daripada servis ini.',
    en: 'Classify the flow (or the data it carries) at least as high as the data received: data keeps its classification when passed on. If what is supplied really is lower (e.g. only a check status), take the received fields or data out of this service.',
  },
  relations: ['dataFlow'],
  // the flow, its ends with their whole trees (the supplier's system), the flows into that system,
  // and the data those flows carry (whose classes and fields they supply)
  reach: 3,
  // names the flow's ends and its own data; the supplier's system (a flow end's top application) is named by pointing at it
  names: 1,
  pointsAtRootsNamed: true,
  passSkips: { unlessMethod: ['myGdx'] },
  namesOnlyShown: true,
  checkItem(id, ctx, emit, f) {
    // the services an IDD describes, each with its Jenis Data; the flows into their systems may go by any method
    if (f.method !== 'myGdx') return;
    const g = ctx.graph;
    const directions = directionsOf(f);
    for (let d = 0; d < directions.length; d++) {
      const direction = directions[d];
      const ids = serviceDataIds(f, direction);
      if (!ids.length && !serviceFieldsOf(f, direction).responseFields?.length) continue;
      const rank = serviceRank(g, f, ids);
      if (rank < 0 || rank === TOP_RANK) continue; // unclassified: flow.fieldsMissing; Rahsia Besar: nothing is higher
      const supplierEnd = targetSupplies(f, direction) ? g.targetOf(f) : g.sourceOf(f);
      const system = g.trees.rootFrom(supplierEnd) ?? supplierEnd;
      if (!system) continue;
      const found = loweredOf(g, f, direction, rank, ids, system);
      if (!found) continue;
      const { supplierId, consumerId } = serviceEnds(f, direction);
      const items = itemsOf([...found.data].map((x) => q(g.carriedElement(x)?.name)), [...found.fields].map((x) => `"${x}"`));
      const higher: Bilingual =
        found.rank > found.ownRank
          ? { ms: `${q(system.name)} menerimanya sebagai ${classLabel(found.rank).ms}`, en: `${q(system.name)} received them as ${classLabel(found.rank).en}` }
          : { ms: `data itu diklasifikasikan ${classLabel(found.rank).ms}`, en: `that data is classified ${classLabel(found.rank).en}` };
      const params: Params = { flow: serviceLabel(g.endOf(f, supplierId), g.endOf(f, consumerId), f, direction), items, lower: classLabel(rank), higher };
      emit(params, { relations: [...new Set([id, ...found.from])], elements: [system.id, ...found.data] });
    }
  },
});
