/**
 * Rules on data: the once-only principle against the catalogue's registries (001 §2.6.1–2.6.2,
 * §3.2.1 c, §3.2.3 b), catalogue references, classification (003 §1.6) and data suppliers
 * (001 Jadual 3-1 label 6).
 */
import { searchableText } from '../../catalogue/text';
import type { Registry } from '../../catalogue/schema';
import type { DataEntity, DataFlow, Element } from '../../model/schema';
import { directionsOf, serviceEnds, targetSupplies, type ServiceDirection } from '../../export/idd/services';
import { NO_IDS } from '../../model/ids';
import { localRule, q, type Params } from '../define';
import { endsName } from '../../i18n';
import { agencyOf, nameOf, norm, projectAgencies, sameAgency } from '../helpers';
import type { CheckContext } from '../types';
import { capturersOf, isolated, registryLike } from './anchor-answers';
import { carriedFacts } from '../carried-facts';
import { endAgency } from '../end-agencies';

/** Kinds that stand for an application in the LMV (label 5). */
const APPLICATION_KINDS: ReadonlySet<string | undefined> = new Set(['application', 'module', 'appService']);

const ONCE_ONLY_SOURCE = '001 §2.6.1–2.6.2, §3.2.1 c, §3.2.3 b; 000 para 12; Jadual 4-1 A.1.a vii';

/**
 * True when every system capturing data entity `e` belongs to the agency that owns it: the agency
 * collects its own records, so it is their source, not a copy (003 Takrifan 27, pemilik data).
 * Applications without an agency are the project's own (the owner, the lead or an implementer).
 */
function capturedByOwner(ctx: CheckContext, e: DataEntity, by: readonly string[]): boolean {
  const owner = e.ownerAgency?.trim();
  if (!owner || !by.length) return false;
  const own = projectAgencies(ctx);
  for (let i = 0; i < by.length; i++) {
    const agency = agencyOf(ctx.graph, ctx.doc.elements.get(by[i]));
    if (agency ? !sameAgency(agency, owner) : !own.has(norm(owner))) return false;
  }
  return true;
}

/** True when `e` is captured by its owner (see `capturedByOwner`), which is the registry's keeper where the catalogue names one. */
function capturedAtSource(ctx: CheckContext, e: DataEntity, registryOwner: string | undefined, by: readonly string[]): boolean {
  return capturedByOwner(ctx, e, by) && (!registryOwner || sameAgency(registryOwner, e.ownerAgency!));
}

const searchText = new WeakMap<DataEntity, string>();

/** Normalised name and field names of a data entity, cached per (immutable) element. */
function textOf(e: DataEntity): string {
  let t = searchText.get(e);
  if (t === undefined) {
    t = searchableText([e.name, ...(e.fields ?? []).map((f) => f.name)]);
    searchText.set(e, t);
  }
  return t;
}

/** `registryLike` of `e`'s name and field names. */
function registryOf(ctx: CheckContext, e: DataEntity): Registry | undefined {
  return registryLike(ctx.catalogue, ctx.graph, e, textOf(e));
}

// Message parameters of the once-only findings, worked out when first read (`emit.aboutWith`) from
// the registry and the capturing systems' names read while checking.
const registryName = (registry: Registry) => ({ ms: `Registri ${registry.name.ms}`, en: `the ${registry.name.en} Registry` });
const systemList = (names: readonly (string | undefined)[]) => names.map(q).join(', ');
const capturedParams = (e: DataEntity, registry: Registry, names: readonly (string | undefined)[]): Params => ({ name: q(e.name), registry: registryName(registry), systems: systemList(names) });
const likelyParams = (e: DataEntity, registry: Registry, names: readonly (string | undefined)[]): Params => ({ name: q(e.name), systems: systemList(names), registry: registryName(registry) });
const undeclaredParams = (e: DataEntity, registry: Registry, names: readonly (string | undefined)[]): Params => ({ name: q(e.name), agency: e.ownerAgency!.trim(), systems: systemList(names), registry: registryName(registry) });
const registryParams = (e: DataEntity, registry: Registry): Params => ({ name: q(e.name), registry: registryName(registry) });

/** Names of the elements `ids` (read while checking: a finding keeps them as they were). */
function namesOf(ctx: CheckContext, ids: readonly string[]): (string | undefined)[] {
  return ids.map((id) => ctx.doc.elements.get(id)?.name);
}

export const onceOnlyCapture = localRule({
  id: 'data.onceOnlyCapture',
  severity: 'error',
  title: { ms: 'Prinsip Sekali Sahaja: data registri tidak ditawan semula', en: 'Once-only principle: registry data is not captured again' },
  message: {
    ms: 'Data {name} dimiliki oleh {registry} (sumber rekod sah) tetapi ditawan semula oleh {systems}.',
    en: 'Data {name} is owned by {registry} (the record of truth) but captured again by {systems}.',
  },
  source: ONCE_ONLY_SOURCE,
  fixHint: {
    ms: 'Dapatkan data ini daripada agensi pemilik registri melalui aliran data (MyGDX) dan tukar akses aplikasi kepada "Baca"; rakyat tidak perlu memberi maklumat yang sama berulang kali.',
    en: 'Obtain this data from the registry owner through a data flow (MyGDX) and change the application’s access to "Read"; citizens must not give the same information twice.',
  },
  elements: ['dataEntity'],
  reach: 3,
  names: 2, // reads the names of the capturing applications and modules
  readsMeta: true,
  checkItem(id, ctx, emit, e) {
    const registry = e.registryRef ? ctx.catalogue.registries.get(e.registryRef) : undefined;
    if (!registry) return;
    const by = capturersOf(ctx.graph, id);
    // the registry's own keeper capturing its records is the record of truth, not a second capture
    if (capturedAtSource(ctx, e, registry.owner, by)) return;
    if (by.length) emit.aboutWith(e, capturedParams, registry, namesOf(ctx, by), undefined, [id, ...by]);
  },
});

export const onceOnlyLikely = localRule({
  id: 'data.onceOnlyLikely',
  severity: 'warning',
  title: { ms: 'Prinsip Sekali Sahaja: data yang kelihatan seperti data registri', en: 'Once-only principle: data that looks like registry data' },
  message: {
    ms: 'Data {name} yang ditawan oleh {systems} kelihatan seperti data {registry}; data registri hendaklah diperoleh daripada sumbernya, bukan ditawan semula.',
    en: 'Data {name} captured by {systems} looks like data of {registry}; registry data must come from its source, not be captured again.',
  },
  source: ONCE_ONLY_SOURCE,
  fixHint: {
    ms: 'Jika benar, tetapkan "Registri" data ini dan dapatkan melalui aliran data daripada agensi pemilik; jika tidak, abaikan atau matikan peraturan ini.',
    en: 'If so, set this data’s "Registry" and obtain it through a data flow from the owning agency; if not, ignore or switch off this rule.',
  },
  elements: ['dataEntity'],
  reach: 3,
  names: 2, // reads the names of the capturing applications and modules
  readsMeta: true,
  checkItem(id, ctx, emit, e) {
    if (e.registryRef || e.repositoryRef) return;
    const by = capturersOf(ctx.graph, id);
    if (!by.length) return;
    const registry = registryOf(ctx, e);
    if (registry && capturedAtSource(ctx, e, registry.owner, by)) return; // the owner capturing its own records: data.registrySourceUndeclared
    if (registry) emit.aboutWith(e, likelyParams, registry, namesOf(ctx, by), undefined, [id, ...by]);
  },
});

export const registrySourceUndeclared = localRule({
  id: 'data.registrySourceUndeclared',
  severity: 'advice',
  title: { ms: 'Agensi yang menawan datanya sendiri diisytiharkan sebagai sumber registri', en: 'An agency capturing its own records is declared as the registry source' },
  message: {
    ms: 'Data {name} dimiliki dan ditawan oleh {agency} sendiri ({systems}) dan kelihatan seperti data {registry}: agensi ini ialah sumber data tersebut, bukan salinan. Isytiharkan data ini sebagai sumber {registry}.',
    en: 'Data {name} is owned and captured by {agency} itself ({systems}) and looks like data of {registry}: this agency is the source of that data, not a copy. Declare this data as a source of {registry}.',
  },
  source: '001 §2.6.2, §3.2.1 c; Jadual 4-1 A.1.a vi; 003 Takrifan 27',
  fixHint: {
    ms: 'Pilih registri tersebut dalam medan "Registri" data ini supaya agensi lain mendapatkannya daripada sumber ini (prinsip sekali sahaja); jika data ini bukan data registri, abaikan nasihat ini.',
    en: 'Pick that registry in this data’s "Registry" field so other agencies obtain it from this source (once-only principle); if this is not registry data, ignore this advice.',
  },
  elements: ['dataEntity'],
  reach: 3,
  names: 2, // reads the names of the capturing applications and modules
  readsMeta: true,
  checkItem(id, ctx, emit, e) {
    if (e.registryRef || e.repositoryRef) return;
    const by = capturersOf(ctx.graph, id);
    if (!capturedByOwner(ctx, e, by)) return;
    const registry = registryOf(ctx, e);
    if (registry && capturedAtSource(ctx, e, registry.owner, by)) emit.aboutWith(e, undeclaredParams, registry, namesOf(ctx, by), undefined, [id, ...by]);
  },
});

// Tests of a flow's ends (`ModelGraph.someFlowCarrying`), defined once rather than as a closure per data entity.
/** An end of the flow is an external system. */
const externalEnd = (_f: DataFlow, s: Element | undefined, t: Element | undefined) => s?.kind === 'externalSystem' || t?.kind === 'externalSystem';
/** An end of the flow is an application, module or application service. */
const applicationEnd = (_f: DataFlow, s: Element | undefined, t: Element | undefined) => APPLICATION_KINDS.has(s?.kind) || APPLICATION_KINDS.has(t?.kind);
/** An end of the flow is an external system that states its agency. */
const agencySystemEnd = (_f: DataFlow, s: Element | undefined, t: Element | undefined) => (s?.kind === 'externalSystem' && !!s.agency?.trim()) || (t?.kind === 'externalSystem' && !!t.agency?.trim());

export const onceOnlyNoFlow = localRule({
  id: 'data.onceOnlyNoFlow',
  severity: 'warning',
  title: { ms: 'Data registri diperoleh melalui aliran data daripada sumbernya', en: 'Registry data comes from its source through a data flow' },
  message: {
    ms: 'Data {name} dimiliki oleh {registry} tetapi tiada aliran data daripada sistem agensi pemilik yang membawanya.',
    en: 'Data {name} is owned by {registry} but no data flow from the owner’s system carries it.',
  },
  source: `${ONCE_ONLY_SOURCE}; Jadual 3-1 label 6`,
  fixHint: {
    ms: 'Tambah sistem luaran agensi pemilik registri (cth. JPN bagi Registri Penduduk) dan aliran data MyGDX yang membawa data ini ke aplikasi.',
    en: 'Add the registry owner’s external system (e.g. JPN for the Population Registry) and a MyGDX data flow carrying this data to the application.',
  },
  elements: ['dataEntity'],
  reach: 3,
  names: 0, // names only its anchor
  readsMeta: true,
  checkItem(id, ctx, emit, e) {
    const registry = e.registryRef ? ctx.catalogue.registries.get(e.registryRef) : undefined;
    if (!registry) return;
    if (capturedAtSource(ctx, e, registry.owner, capturersOf(ctx.graph, id))) return; // the source itself needs no flow to get its records
    if (ctx.graph.someFlowCarrying(id, externalEnd)) return;
    emit({ name: q(e.name), registry: { ms: `Registri ${registry.name.ms}`, en: `the ${registry.name.en} Registry` } }, { elements: [id] });
  },
});

export const refUnknown = localRule({
  id: 'data.catalogueRefUnknown',
  severity: 'error',
  title: { ms: 'Rujukan registri/repositori wujud dalam katalog', en: 'Registry/repository references exist in the catalogue' },
  message: { ms: 'Data {name} merujuk {field} "{ref}" yang tiada dalam katalog ({version}).', en: 'Data {name} refers to {field} "{ref}", which is not in the catalogue ({version}).' },
  source: '001 §2.6.4, Rajah 2-13',
  fixHint: {
    ms: 'Pilih registri/repositori daripada pelayar katalog, atau kemas kini katalog daripada fail jika registri baharu telah dikenal pasti.',
    en: 'Pick the registry/repository from the catalogue browser, or update the catalogue from a file if a new registry has been identified.',
  },
  elements: ['dataEntity'],
  reach: 0,
  checkItem(id, ctx, emit, e) {
    const version = ctx.catalogue.catalogue.version;
    if (e.registryRef && !ctx.catalogue.registries.has(e.registryRef)) emit({ name: q(e.name), field: { ms: 'registri', en: 'registry' }, ref: e.registryRef, version }, { elements: [id] });
    if (e.repositoryRef && !ctx.catalogue.repositories.has(e.repositoryRef)) emit({ name: q(e.name), field: { ms: 'repositori', en: 'repository' }, ref: e.repositoryRef, version }, { elements: [id] });
  },
});

export const registryRefSuggest = localRule({
  id: 'data.registryRefSuggest',
  severity: 'advice',
  title: { ms: 'Data dikaitkan dengan registri sumbernya', en: 'Data is linked to its source registry' },
  message: { ms: 'Data {name} kelihatan seperti data {registry}; nyatakan registri sebagai sumber rekod sah.', en: 'Data {name} looks like data of {registry}; state the registry as its record of truth.' },
  source: '001 §2.6.2, §3.2.1 c; Jadual 4-1 A.1.a vi',
  fixHint: { ms: 'Pilih registri dalam pemeriksa data (medan "Registri").', en: 'Pick the registry in the data inspector ("Registry" field).' },
  elements: ['dataEntity'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (e.registryRef || e.repositoryRef || capturersOf(ctx.graph, id).length) return; // captured: data.onceOnlyLikely reports it
    const registry = registryOf(ctx, e);
    if (registry) emit.aboutWith(e, registryParams, registry, undefined, undefined);
  },
});

export const classificationMissing = localRule({
  id: 'data.classificationMissing',
  severity: 'warning',
  title: { ms: 'Data diklasifikasikan', en: 'Data is classified' },
  message: { ms: 'Data {name} belum diklasifikasikan (Terbuka, Terhad, Sulit, Rahsia, Rahsia Besar).', en: 'Data {name} has no classification (Terbuka, Terhad, Sulit, Rahsia, Rahsia Besar).' },
  source: '001 §2.6.6, Rajah 2-15',
  fixHint: { ms: 'Klasifikasikan data sebelum perkongsian, mengikut Akta Rahsia Rasmi 1972 dan Arahan Keselamatan.', en: 'Classify the data before sharing it, under the Official Secrets Act 1972 and the Security Directive.' },
  elements: ['dataEntity'],
  reach: 0,
  checkItem(id, ctx, emit, e) {
    if (!e.classification) emit.about(e, nameOf);
  },
});

export const notAccessed = localRule({
  id: 'data.notAccessed',
  severity: 'advice',
  title: { ms: 'Data digunakan oleh aplikasi', en: 'Data is used by an application' },
  message: { ms: 'Data {name} tidak diakses (ditawan, dibaca atau ditulis) oleh mana-mana aplikasi dan tiada aliran data membawanya ke aplikasi.', en: 'Data {name} is not accessed (captured, read or written) by any application and no data flow brings it to one.' },
  source: '001 Jadual 3-1 label 5–6; Jadual 4-1 A.1.a v',
  fixHint: { ms: 'Lukis hubungan "mengakses" daripada aplikasi/modul yang menggunakan data ini, atau buang data yang tidak digunakan.', en: 'Draw an "accesses" relation from the application/module using this data, or remove unused data.' },
  elements: ['dataEntity'],
  reach: 2,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasIncoming(id, 'accesses')) return;
    // data a flow brings to (or takes from) an application is used by it (001 §3.3.4 f: Sistem D supplies spatial data by Web Map Service)
    if (ctx.graph.someFlowCarrying(id, applicationEnd)) return;
    emit.about(e, nameOf);
  },
});

export const supplierMissing = localRule({
  id: 'data.supplierMissing',
  severity: 'advice',
  title: { ms: 'Agensi pembekal data dinyatakan', en: 'The supplying agency of data is stated' },
  message: { ms: 'Data {name} tidak menyatakan agensi pemilik atau pembekal.', en: 'Data {name} states no owning or supplying agency.' },
  source: '001 Jadual 3-1 label 6',
  fixHint: { ms: 'Isi "Agensi pemilik" data ini, atau bawa data melalui aliran daripada sistem agensi pembekal.', en: 'Fill in the owning agency of this data, or carry it through a flow from the supplying agency’s system.' },
  elements: ['dataEntity'],
  reach: 2,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (e.ownerAgency?.trim() || e.registryRef) return;
    if (ctx.graph.someFlowCarrying(id, agencySystemEnd)) return;
    emit.about(e, nameOf);
  },
});

const APPLICATION_ROOT_KINDS: ReadonlySet<string> = new Set(['application', 'module', 'appService']);

/** "Sistem A – Sistem B" of the service in `direction` of `f`, supplier first (i18n endsName). */
function serviceLabel(ctx: CheckContext, f: DataFlow, direction: ServiceDirection): string {
  const { supplierId, consumerId } = serviceEnds(f, direction);
  return endsLabel(ctx.graph.endOf(f, supplierId), ctx.graph.endOf(f, consumerId));
}

function endsLabel(supplier: Element | undefined, consumer: Element | undefined): string {
  return `"${endsName(supplier?.name ?? '?', consumer?.name ?? '?')}"`;
}

/**
 * True when data `id`, one of `f.dataEntityIds`, goes in the service of `direction`: what
 * `serviceDataIds(f, direction).includes(id)` answers, without making the list.
 */
function inService(f: DataFlow, direction: ServiceDirection, id: string): boolean {
  const reverse = f.direction === 'both' ? (f.reverse?.dataEntityIds ?? NO_IDS) : NO_IDS;
  if (!reverse.length) return direction !== 'reverse';
  return reverse.includes(id) === (direction === 'reverse');
}

/** `inService(f, direction, ids[i])` for `ids`, `f.dataEntityIds`: the id read only when the flow has a reverse service (most have none). */
function inServiceAt(f: DataFlow, direction: ServiceDirection, ids: readonly string[], i: number): boolean {
  return f.direction === 'both' && f.reverse?.dataEntityIds?.length ? inService(f, direction, ids[i]) : direction !== 'reverse';
}

/**
 * Message parameters of data.ownerNotSupplier, worked out when first read (`emit.aboutWith`) from the
 * data, the supplier's agency and the service's ends [supplier, consumer] read while checking: the
 * varied 100,000-element model has 6,500 such findings, and making their texts as they were found
 * was about a fifth of the rule's time.
 */
const ownerParams = (_f: DataFlow, e: DataEntity, supplier: string, ends: readonly (Element | undefined)[]): Params => ({
  data: q(e.name),
  owner: e.ownerAgency!.trim(),
  supplier: `${supplier} (${ends[0]?.name ?? '?'})`,
  flow: endsLabel(ends[0], ends[1]),
});

export const ownerNotSupplier = localRule({
  id: 'data.ownerNotSupplier',
  severity: 'warning',
  title: { ms: 'Data dibekalkan oleh agensi pemiliknya', en: 'Data is supplied by the agency that owns it' },
  message: {
    ms: 'Data {data} dimiliki oleh {owner} tetapi dibekalkan oleh {supplier} melalui aliran {flow}.',
    en: 'Data {data} is owned by {owner} but supplied by {supplier} through flow {flow}.',
  },
  source: '001 Jadual 3-1 label 6; Jadual 4-1 A.1.a vi; 000 para 12 a; 003 Takrifan 26–27',
  fixHint: {
    ms: 'Pemilik data memberi kebenaran akses dan persetujuan perkongsian (003 Takrifan 27): pastikan pembekal mendapat persetujuan pemilik, atau betulkan agensi pemilik data, sistem pembekal atau arah aliran (bagi aliran dua hala, tandakan data yang dibekalkan oleh sasaran dalam servis arah balik).',
    en: 'The data owner grants access and agrees to the sharing (003 Takrifan 27): make sure the supplier has the owner’s agreement, or correct the data’s owning agency, the supplying system or the flow’s direction (for a two-way flow, mark the data the target supplies in the reverse service).',
  },
  relations: ['dataFlow'],
  reach: 2, // the supplier end, its parent application, and the data carried
  names: 1, // reads the names of the data carried and the flow's ends
  readsMeta: true,
  namesOnlyShown: true,
  checkItem(id, ctx, emit, f) {
    const facts = carriedFacts(ctx.graph);
    // the owners by the numbers the pass knows for the flow's ids (`refOf`), without reading the ids:
    // half the flows of the varied 100,000-element model carry no data with an owner, and are passed
    // over without reading the flow or its list of data (with the supplier's agency by slot, this rule
    // alone 54 → 38 ms CPU on the varied 100,000-element model: min of 13 runs alternating, load ~5)
    const ref = facts.refOf(f);
    if (ref >= 0 && !facts.anyOwnerAt(ref, facts.refCount)) return;
    const directions = directionsOf(f);
    // the flow's data, each asked whether it goes in the direction at hand (`inServiceAt`), rather
    // than `serviceDataIds`, which makes two lists for each two-way flow with a reverse service
    // (2.5 MB per check of the varied 100,000-element model, for this rule alone)
    const dataIds = f.dataEntityIds ?? NO_IDS;
    const count = ref >= 0 ? facts.refCount : dataIds.length;
    for (let d = 0; d < directions.length; d++) {
      const direction = directions[d];
      // the data first: its owners are a number per carried id (carried-facts.ts), while the
      // supplier's agency is often its application's, one more lookup by id
      let i = 0;
      while (i < count && !((ref >= 0 ? facts.ownerAt(ref + i) : facts.owner(dataIds[i])) && inServiceAt(f, direction, dataIds, i))) i++;
      if (i === count) continue;
      // the ends by position (`serviceEnds`' answer), not by id: `endOf(f, id)` compares the id
      // with the flow's source, reading the characters of two strings nothing else reads (a cache
      // miss per flow). With capturedAndReceived's consumer taken the same way, data.ts's self time
      // fell 4.8 % → 2.8 % of a full check's sampled CPU (varied 100,000-element model, profiles
      // alternating with the code before, loaded machine)
      const targetSupplier = targetSupplies(f, direction);
      const supplierEnd = targetSupplier ? ctx.graph.targetOf(f) : ctx.graph.sourceOf(f);
      // by the end's slot while the pass is at the flow (end-agencies.ts): the end and its top application not read again
      const supplier = endAgency(ctx.graph, f, targetSupplier ? 1 : 0, supplierEnd);
      if (!supplier) continue; // no agency stated: data.supplierMissing and the IDD ask for it
      const supplierId = targetSupplier ? f.target : f.source;
      let ends: (Element | undefined)[] | undefined;
      for (; i < count; i++) {
        const owner = ref >= 0 ? facts.ownerAt(ref + i) : facts.owner(dataIds[i]);
        if (!owner || !inServiceAt(f, direction, dataIds, i) || sameAgency(owner, supplier)) continue;
        ends ??= [supplierEnd, targetSupplier ? ctx.graph.sourceOf(f) : ctx.graph.targetOf(f)];
        const data = (ref >= 0 ? facts.elementAt(ref + i) : ctx.graph.carriedElement(dataIds[i])) as DataEntity;
        emit.aboutWith(f, ownerParams, data, supplier, ends, [dataIds[i], supplierId]);
      }
    }
  },
});

export const capturedAndReceived = localRule({
  id: 'data.capturedAndReceived',
  severity: 'warning',
  title: { ms: 'Data tidak ditawan dan diterima oleh sistem yang sama', en: 'Data is not both captured and received by the same system' },
  message: {
    ms: 'Data {name} ditawan oleh {system} dan juga diterima olehnya melalui aliran {flow}: satu data, dua sumber.',
    en: 'Data {name} is captured by {system} and also received by it through flow {flow}: one data, two sources.',
  },
  source: '001 §2.6.1, §3.2.1 c (prinsip sekali sahaja); Jadual 4-1 A.1.a v',
  fixHint: {
    ms: 'Pilih satu sumber: jika data diperoleh daripada sistem pembekal, tukar akses aplikasi kepada "Baca"; jika aplikasi ini menawannya sendiri, keluarkan data daripada aliran masuk (atau betulkan arah aliran).',
    en: 'Choose one source: if the data comes from the supplying system, change the application’s access to "Read"; if this application captures it itself, take the data off the incoming flow (or correct the flow’s direction).',
  },
  elements: ['dataEntity'],
  reach: 3,
  names: 2, // reads the names of the ends of the flows carrying it (their top application: pointsAtRootsNamed)
  // {system} is the consumer's top application, however deep in its tree the flow's end sits; the finding points at it
  pointsAtRootsNamed: true,
  namesOnlyShown: true,
  checkItem(id, ctx, emit, e) {
    if (ctx.graph.carrierCount(id) === 0) return; // received through no flow: nothing to compare
    const by = capturersOf(ctx.graph, id);
    if (!by.length) return;
    // made only for data captured by an application, and as a list of one first (pushed onto an
    // empty list, room for 17 was made): ~0.5 MB less allocated per full check of the varied
    // 100,000-element model, whose collections of the young generation copy the check's live data
    let captured: Element[] | null = null;
    for (let i = 0; i < by.length; i++) {
      const root = ctx.graph.rootApplication(by[i]);
      if (!root || !APPLICATION_ROOT_KINDS.has(root.kind)) continue;
      if (captured === null) captured = [root];
      else if (!captured.some((c) => c.id === root.id)) captured.push(root);
    }
    if (captured === null) return;
    const received = receivedByCapturer(ctx, id, captured);
    if (received) emit({ name: q(e.name), system: q(received.consumer.name), flow: serviceLabel(ctx, received.flow, received.direction) }, { elements: [id, received.consumer.id], relations: [received.flow.id] });
  },
});

/** A service carrying a data entity to a system that captures it: the first `receivedByCapturer` finds. */
interface Received {
  flow: DataFlow;
  direction: ServiceDirection;
  consumer: Element;
}

/**
 * The first service (flow by flow, forward before reverse) carrying data entity `id` whose consumer's
 * top application is one of `captured` (distinct by id), or undefined.
 *
 * Why by numbers: while the graph is fresh the top applications of the ends of the flows carrying
 * `id` are numbers worked out once per check (carrier-roots.ts, shared with
 * flow.classificationHandedOn), and a flow going elsewhere is two numbers compared, the flow and
 * its ends not read. Finding each consumer's root from its end (`rootFrom`: the end read, its
 * parent looked up) for the ~9 flows carrying each data entity was most of the rule's ~35 ms on the
 * varied 100,000-element model (alone 40 → 22 ms CPU so: min of 13 runs alternating, load ~5).
 */
function receivedByCapturer(ctx: CheckContext, id: string, captured: readonly Element[]): Received | undefined {
  const g = ctx.graph;
  const numbered = g.keysAreIds ? g.carrierEndRoots().numbered(id, false) : null;
  if (!numbered) return receivedAfresh(ctx, id, captured);
  const { flows, roots, at } = numbered;
  const numbers = captured.map((c) => g.carrierEndRoots().numberOf(c));
  for (let i = 0; i < flows.length; i++) {
    const sourceRoot = roots[at + 2 * i];
    const targetRoot = roots[at + 2 * i + 1];
    if (!numbers.includes(sourceRoot) && !numbers.includes(targetRoot)) continue;
    const f = flows[i];
    const directions = directionsOf(f);
    for (let d = 0; d < directions.length; d++) {
      const consumer = numbers.indexOf(targetSupplies(f, directions[d]) ? sourceRoot : targetRoot);
      if (consumer >= 0 && inService(f, directions[d], id)) return { flow: f, direction: directions[d], consumer: captured[consumer] };
    }
  }
  return undefined;
}

/** `receivedByCapturer` after an edit (or in a damaged file): each flow's consumer's root found from its end. */
function receivedAfresh(ctx: CheckContext, id: string, captured: readonly Element[]): Received | undefined {
  let received: Received | undefined;
  // the flows' ends as `someFlowCarrying` has them
  ctx.graph.someFlowCarrying(id, (f, source, target) => {
    const directions = directionsOf(f);
    for (let d = 0; d < directions.length; d++) {
      // the consumer by position (`serviceEnds`' answer), not by comparing its id with the source's
      const root = ctx.graph.trees.rootFrom(targetSupplies(f, directions[d]) ? source : target);
      // the consumer first: it is rarely a capturing application, and a flow nearly always carries
      // its data both ways (reading the list of data is one more object fetched from memory)
      const consumer = root && captured.find((c) => c.id === root.id);
      if (!consumer || !inService(f, directions[d], id)) continue;
      received = { flow: f, direction: directions[d], consumer: root };
      return true;
    }
    return false;
  });
  return received;
}

export const DATA_RULES = [onceOnlyCapture, onceOnlyLikely, registrySourceUndeclared, onceOnlyNoFlow, refUnknown, registryRefSuggest, classificationMissing, notAccessed, supplierMissing, ownerNotSupplier, capturedAndReceived];
