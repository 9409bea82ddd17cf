/**
 * Rules on data flows: required attributes, methods per sharing category (003 Jadual 3), classified
 * data (003 §2.4.2, Takrifan 12), HSM/SIEM/DLP for classified data (001 Jadual 3-1 label 7)
 * and the MyGDX Servis ID and IDD fields (003 Lampiran A).
 */
import type { DataEntity, DataFlow, Element, SecurityControl } from '../../model/schema';
import { FLOW_METHODS, type Classification, type SecurityControlType } from '../../model/vocabulary';
import { globalRule, localRule, type Params } from '../define';
import { endsName } from '../../i18n';
import { flowClassification, labels, nameList, rankOf, SULIT_RANK, TERPERINGKAT_RANK } from '../helpers';
import type { Bilingual, CheckContext } from '../types';
import { directionsOf, serviceDataIds, serviceEnds, serviceFieldsOf, SERVICE_ID_PATTERN, targetSupplies, type ServiceDirection } from '../../export/idd/services';
import { carriedDataBits, gapFields, serviceGapMaskOf, type ElementLookup } from '../../export/idd/gaps';
import type { ModelGraph } from '../graph';
import { NO_IDS } from '../../model/ids';
import { IDD_STRINGS } from '../../export/idd/strings';
import { carriedFacts } from '../carried-facts';
import { classificationHandedOn } from './classification-handed-on';


/** "Sistem A – Sistem B" for messages (i18n endsName), of `f` with its ends `source` and `target` as read when checking it. */
function flowNameOf(f: DataFlow, source: Element | undefined, target: Element | undefined): string {
  const ends = endsName(source?.name ?? '?', target?.name ?? '?');
  return f.label?.trim() ? `"${f.label}" (${ends})` : `"${ends}"`;
}

// Message parameters of flow findings, worked out when first read (`emit.aboutWith`): tens of
// thousands of a large model's findings are about flows, and most are never shown.
const fieldsMissingParams = (f: DataFlow, s: Element | undefined, t: Element | undefined, missing: number): Params => ({ flow: flowNameOf(f, s, t), fields: joinFields(missing) });
const flowParams = (f: DataFlow, s: Element | undefined, t: Element | undefined): Params => ({ flow: flowNameOf(f, s, t) });
const methodCategoryParams = (f: DataFlow, s: Element | undefined, t: Element | undefined, cat: SharingCategory): Params => ({
  flow: flowNameOf(f, s, t),
  method: labels('flowMethod', f.method),
  category: labels('flowCategory', f.category),
  allowed: allowedMethods(cat),
});
const classifiedEmailParams = (f: DataFlow, s: Element | undefined, t: Element | undefined, c: Classification): Params => ({ flow: flowNameOf(f, s, t), classification: labels('classification', c) });
const twoWayParams = (f: DataFlow, s: Element | undefined, t: Element | undefined): Params => ({ flow: flowNameOf(f, s, t), source: s?.name ?? '?', target: t?.name ?? '?' });

const FIELD_NAMES: Record<string, Bilingual> = {
  method: { ms: 'kaedah integrasi', en: 'integration method' },
  direction: { ms: 'arah', en: 'direction' },
  category: { ms: 'kategori (one-off/berkala)', en: 'category (one-off/periodic)' },
  classification: { ms: 'klasifikasi data', en: 'data classification' },
};

/** The fields `flow.fieldsMissing` asks for, in message order; bit `i` of a mask stands for `FIELD_ORDER[i]`. */
const FIELD_ORDER = ['method', 'direction', 'category', 'classification'] as const;
const joinedFields: (Bilingual | undefined)[] = [];

/**
 * The names of the fields in `mask` as one list, shared by every flow missing the same fields: a
 * mask rather than a list of names, because half the flows of a large model miss some field.
 */
function joinFields(mask: number): Bilingual {
  let joined = joinedFields[mask];
  if (!joined) {
    const keys = FIELD_ORDER.filter((_, i) => mask & (1 << i));
    joinedFields[mask] = joined = { ms: keys.map((k) => FIELD_NAMES[k].ms).join(', '), en: keys.map((k) => FIELD_NAMES[k].en).join(', ') };
  }
  return joined;
}

/**
 * True when the flow has a classification (`flowClassification`): its own, else that of the first
 * carried data entity with one; the rest of its data need not be read, as the highest is not asked.
 */
function isClassified(f: DataFlow, graph: ModelGraph): boolean {
  if (f.classification) return true;
  const facts = carriedFacts(graph);
  // by the numbers the pass knows for the flow's ids (`refOf`), without reading the ids or their list
  const ref = facts.refOf(f);
  if (ref >= 0) {
    for (let i = 0, n = facts.refCount; i < n; i++) if (facts.rankAt(ref + i) >= 0) return true;
    return false;
  }
  const ids = f.dataEntityIds ?? NO_IDS;
  for (let i = 0; i < ids.length; i++) if (facts.rank(ids[i]) >= 0) return true;
  return false;
}

/** The number of ids `f` carries (`dataEntityIds`): in the full check's pass, without reading its list (`refOf`). */
function carriedCount(f: DataFlow, graph: ModelGraph): number {
  const facts = carriedFacts(graph);
  return facts.refOf(f) >= 0 ? facts.refCount : (f.dataEntityIds?.length ?? 0);
}

export const fieldsMissing = localRule({
  id: 'flow.fieldsMissing',
  severity: 'error',
  title: { ms: 'Aliran data lengkap: kaedah, arah, klasifikasi, kategori', en: 'Data flows are complete: method, direction, classification, category' },
  message: { ms: 'Aliran data {flow} tidak menyatakan {fields}.', en: 'Data flow {flow} does not state {fields}.' },
  source: '001 Jadual 3-1 label 6, §3.3.4 f, §2.6.6; 003 §2.4.3, Jadual 3',
  fixHint: {
    ms: 'Isi dalam pemeriksa aliran: kaedah integrasi (MyGDX, API, SFTP…), arah, kategori One-off/Berkala dan klasifikasi (atau klasifikasikan data yang dibawa).',
    en: 'Fill in the flow inspector: integration method (MyGDX, API, SFTP…), direction, One-off/Periodic category and classification (or classify the data it carries).',
  },
  relations: ['dataFlow'],
  reach: 1,
  namesOnlyShown: true,
  checkItem(id, ctx, emit, f) {
    const missing = (f.method ? 0 : 1) | (f.direction ? 0 : 2) | (f.category ? 0 : 4) | (isClassified(f, ctx.graph) ? 0 : 8);
    if (missing) emit.aboutWith(f, fieldsMissingParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), missing);
  },
});

export const noData = localRule({
  id: 'flow.noData',
  severity: 'warning',
  title: { ms: 'Aliran data menyatakan data yang dibawa', en: 'Data flows state the data they carry' },
  message: { ms: 'Aliran data {flow} tidak menyatakan data/maklumat yang dibawa.', en: 'Data flow {flow} does not state what data it carries.' },
  source: '001 Jadual 3-1 label 6',
  fixHint: { ms: 'Pilih data yang dibawa dalam pemeriksa aliran (medan "Data").', en: 'Pick the carried data in the flow inspector ("Data" field).' },
  relations: ['dataFlow'],
  reach: 1, // the message names the endpoints
  checkItem(id, ctx, emit, f) {
    if (!carriedCount(f, ctx.graph)) emit.aboutWith(f, flowParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), undefined);
  },
});

type SharingCategory = CheckContext['catalogue']['catalogue']['sharingCategories'][number];

/** The catalogue's sharing category `id` (looked up without a closure per flow). */
function sharingCategory(ctx: CheckContext, id: string): SharingCategory | undefined {
  const all = ctx.catalogue.catalogue.sharingCategories;
  for (let i = 0; i < all.length; i++) if (all[i].id === id) return all[i];
  return undefined;
}

const allowedOf = new WeakMap<SharingCategory, Bilingual>();

/** The methods Jadual 3 lists for `cat`, for the message; one object per category, not per flow. */
function allowedMethods(cat: SharingCategory): Bilingual {
  let allowed = allowedOf.get(cat);
  if (!allowed) allowedOf.set(cat, (allowed = { ms: cat.printedMethods.join('; '), en: [...cat.listedMethods.map((m) => labels('flowMethod', m).en), 'another suitable method'].join(', ') }));
  return allowed;
}

export const methodCategory = localRule({
  id: 'flow.methodCategory',
  severity: 'advice',
  title: { ms: 'Kaedah integrasi bersesuaian dengan kategori perkongsian', en: 'The integration method suits the sharing category' },
  message: {
    ms: 'Aliran data {flow} menggunakan {method} bagi perkongsian {category}; Jadual 3 menyenaraikan {allowed}. Pastikan {method} bersesuaian bagi perkongsian ini.',
    en: 'Data flow {flow} uses {method} for {category} sharing; Jadual 3 lists {allowed}. Make sure {method} suits this sharing.',
  },
  source: '003 §2.4.3, Jadual 3',
  fixHint: {
    ms: 'Jadual 3: One-off — e-mel (fail txt, xls, csv) atau lain-lain kaedah yang bersesuaian; Berkala — integrasi API atau Web Services, e-mel (fail) atau lain-lain kaedah yang bersesuaian. Jika kaedah ini memang bersesuaian, abaikan nasihat ini; jika tidak, tukar kaedah atau kategori.',
    en: 'Jadual 3: One-off — e-mail (txt, xls, csv file) or another suitable method; Periodic — API or Web Services integration, e-mail (file) or another suitable method. If this method does suit the sharing, ignore this advice; if not, change the method or the category.',
  },
  relations: ['dataFlow'],
  reach: 1, // the message names the endpoints
  passSkips: { unlessMethod: FLOW_METHODS },
  checkItem(id, ctx, emit, f) {
    if (!f.method || !f.category) return;
    // Jadual 3 allows "lain-lain kaedah yang bersesuaian" in both categories: a method the catalogue
    // does not count as suitable is a question for the planner, never a verdict
    const cat = sharingCategory(ctx, f.category);
    if (!cat || cat.listedMethods.includes(f.method) || cat.otherSuitable.includes(f.method)) return;
    emit.aboutWith(f, methodCategoryParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), cat);
  },
});

export const classifiedEmail = localRule({
  id: 'flow.classifiedByEmail',
  severity: 'error',
  title: { ms: 'Data Sulit ke atas tidak dihantar melalui e-mel/fail', en: 'Sulit-or-higher data is never sent by e-mail/file' },
  message: { ms: 'Aliran data {flow} membawa data {classification} melalui e-mel/fail.', en: 'Data flow {flow} carries {classification} data by e-mail/file.' },
  // generic rules on classified data, not the TVET data policy's (a reviewer: this project's data is
  // not TVET data): PKPA 2/2021 shares only securely, on the standards and platforms in force (para
  // 12 b, para 9); the guide classifies data for its security (§2.6.6) and names MyGDX the platform (§2.7.3)
  source: '000 para 12 b, para 9; 001 §2.6.6, §2.7.3; Jadual 4-1 A.1.a vi, viii',
  fixHint: {
    ms: 'Kongsi data Sulit ke atas melalui saluran terkawal (MyGDX atau API dengan pengesahan sijil) selepas pembekal data bersetuju untuk berkongsi (000 para 12 a); e-mel/fail hanya bagi data Terbuka atau Terhad yang diluluskan.',
    en: 'Share Sulit-or-higher data through a controlled channel (MyGDX or certificate-authenticated API) once the data’s supplier agrees to share it (000 para 12 a); e-mail/file only for approved Terbuka or Terhad data.',
  },
  relations: ['dataFlow'],
  reach: 1,
  passSkips: { unlessMethod: ['emailFile'] },
  checkItem(id, ctx, emit, f) {
    if (f.method !== 'emailFile') return;
    const c = flowClassification(f, ctx.graph);
    if (rankOf(c) >= SULIT_RANK) emit.aboutWith(f, classifiedEmailParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), c!);
  },
});

const REQUIRED_CONTROLS: readonly SecurityControlType[] = ['hsm', 'siem', 'dlp'];
const isClassifiedData = (e: DataEntity) => rankOf(e.classification) >= TERPERINGKAT_RANK;
/** One test per required control type (a kept subset is keyed by its test function). */
const CONTROL_OF_TYPE: Readonly<Record<string, (c: SecurityControl) => boolean>> = {
  hsm: (c) => c.controlType === 'hsm',
  siem: (c) => c.controlType === 'siem',
  dlp: (c) => c.controlType === 'dlp',
};

export const classifiedControls = globalRule({
  id: 'infra.classifiedControls',
  severity: 'error',
  title: { ms: 'Data terperingkat (Terhad ke atas) dilindungi HSM, SIEM dan DLP', en: 'Classified data (Terhad and above) is protected by HSM, SIEM and DLP' },
  message: { ms: 'Model mengandungi data terperingkat ({data}) tetapi infrastruktur tidak menyenaraikan {missing}.', en: 'The model holds classified data (data terperingkat: {data}) but the infrastructure does not list {missing}.' },
  source: '001 Jadual 3-1 label 7, §2.6.6, Rajah 2-15',
  fixHint: {
    ms: 'Tambah kawalan keselamatan HSM (perlindungan maklumat terperingkat), SIEM (log dan insiden) dan DLP (pencegahan kebocoran data) pada label infrastruktur.',
    en: 'Add the HSM (classified information protection), SIEM (logs and incidents) and DLP (data loss prevention) security controls to the infrastructure label.',
  },
  reads: ['el:dataEntity', 'rel:dataFlow', 'el:securityControl'],
  run(ctx, emit) {
    // classified data and each required control are subsets the graph keeps as it follows edits;
    // the controls first: a model listing all three needs no walk over its data flows (~5 ms CPU
    // for the 51,165 flows of the varied 100,000-element model)
    const missing = REQUIRED_CONTROLS.filter((c) => !ctx.graph.filtered('securityControl', CONTROL_OF_TYPE[c]).size);
    if (!missing.length) return;
    const classified: Element[] = [...ctx.graph.filtered('dataEntity', isClassifiedData).values()];
    const classifiedFlows: string[] = [];
    for (const f of ctx.graph.relationsOf('dataFlow')) if (f.classification && rankOf(f.classification) >= TERPERINGKAT_RANK) classifiedFlows.push(f.id);
    if (!classified.length && !classifiedFlows.length) return;
    emit(
      { data: nameList(classified.map((e) => e.name)), missing: { ms: missing.map((m) => m.toUpperCase()).join(', '), en: missing.map((m) => m.toUpperCase()).join(', ') } },
      { elements: classified.map((e) => e.id), relations: classifiedFlows },
    );
  },
});

/** "Sistem A → Sistem B" of the service in `direction`: supplier first. */
function serviceName(ctx: CheckContext, f: DataFlow, direction: ServiceDirection): string {
  // the ends the graph found while indexing, when the full check's pass is at this flow
  return serviceNameOf(f, direction, ctx.graph.sourceOf(f), ctx.graph.targetOf(f));
}

/** `serviceName` of `f` with its ends `source` and `target` as read when checking it. */
function serviceNameOf(f: DataFlow, direction: ServiceDirection, source: Element | undefined, target: Element | undefined): string {
  if (direction === 'forward') return flowNameOf(f, source, target);
  const ends = endsName(target?.name ?? '?', source?.name ?? '?');
  return f.reverse?.label?.trim() ? `"${f.reverse.label}" (${ends})` : `"${ends}"`;
}

export const serviceIdFormat = localRule({
  id: 'flow.serviceIdFormat',
  severity: 'error',
  title: { ms: 'Servis MyGDX mempunyai Servis ID yang sah', en: 'MyGDX services have a valid Servis ID' },
  message: { ms: 'Servis MyGDX {flow}: {problem}.', en: 'MyGDX service {flow}: {problem}.' },
  source: '003 Lampiran A §2.1.1',
  fixHint: {
    ms: 'Isi Servis ID dalam bentuk <KodAgensi>-<NamaSistem>-<C|R|U|D>-<JenisMaklumat>, cth. JDN-DDSA-R-KodTarafKahwin; aliran dua hala mempunyai satu Servis ID bagi setiap arah.',
    en: 'Enter the Servis ID as <AgencyCode>-<SystemName>-<C|R|U|D>-<InformationType>, e.g. JDN-DDSA-R-KodTarafKahwin; a two-way flow has one Servis ID per direction.',
  },
  relations: ['dataFlow'],
  reach: 1, // the message names the endpoints
  passSkips: { unlessMethod: ['myGdx'] },
  checkItem(id, ctx, emit, f) {
    if (f.method !== 'myGdx') return;
    // the reverse service of a two-way flow without any IDD field: flow.twoWayOneService reports it
    for (const direction of directionsOf(f)) {
      if (direction === 'reverse' && !f.reverse) continue;
      const sid = serviceFieldsOf(f, direction).serviceId?.trim();
      const code = direction === 'reverse' ? 1 : 0;
      if (!sid) emit.aboutWith(f, serviceIdParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), code);
      else if (!SERVICE_ID_PATTERN.test(sid)) emit.aboutWith(f, serviceIdParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), code | 2);
    }
  },
});

const SERVICE_ID_EMPTY: Bilingual = { ms: 'Servis ID belum diisi', en: 'the Servis ID is not filled in' };

/**
 * `flow.serviceIdFormat`'s parameters, worked out when shown: `code` has bit 0 for the reverse
 * service and bit 1 for a Servis ID not in the template's form (else it is empty).
 */
function serviceIdParams(f: DataFlow, s: Element | undefined, t: Element | undefined, code: number): Params {
  const direction: ServiceDirection = code & 1 ? 'reverse' : 'forward';
  if (!(code & 2)) return { flow: serviceNameOf(f, direction, s, t), problem: SERVICE_ID_EMPTY };
  const sid = serviceFieldsOf(f, direction).serviceId!.trim();
  return {
    flow: serviceNameOf(f, direction, s, t),
    problem: { ms: `Servis ID "${sid}" tidak mengikut bentuk <KodAgensi>-<NamaSistem>-<C|R|U|D>-<JenisMaklumat>`, en: `Servis ID "${sid}" does not follow <AgencyCode>-<SystemName>-<C|R|U|D>-<InformationType>` },
  };
}

/** MyGDX codes of a flow endpoint (modules and application services use their application's). */
function codesOf(ctx: CheckContext, id: string): { memberCode?: string; subsystemCode?: string; agency?: string } {
  const e = ctx.graph.rootApplication(id);
  if (e && (e.kind === 'application' || e.kind === 'externalSystem')) return { memberCode: e.agencyCode?.trim() || undefined, subsystemCode: e.systemCode?.trim() || undefined, agency: e.agency?.trim() || undefined };
  return {};
}

const sameCode = (a: string | undefined, b: string) => a !== undefined && a.toUpperCase() === b.toUpperCase();

export const serviceIdSupplier = localRule({
  id: 'flow.serviceIdSupplier',
  severity: 'warning',
  title: { ms: 'Servis ID sepadan dengan kod agensi dan sistem pembekal', en: 'The Servis ID matches the supplier’s agency and system codes' },
  message: {
    ms: 'Servis ID "{serviceId}" servis {flow} tidak bermula dengan kod pembekal {expected}.',
    en: 'Servis ID "{serviceId}" of service {flow} does not start with the supplier’s codes {expected}.',
  },
  source: '003 Lampiran A §2.1.1, §2.1.3',
  fixHint: {
    ms: 'Servis ID bermula dengan kod agensi pembekal: pembekal ialah sumber aliran (Membekal, Dua hala) atau sasarannya (Menerima), dan sasaran bagi servis arah balik. Semak kod agensi (memberCode) dan kod sistem (subsystemCode) pembekal, arah aliran, atau betulkan Servis ID.',
    en: 'A Servis ID starts with the supplier’s codes: the supplier is the flow’s source (Supplies, Both ways) or its target (Receives), and the target for the reverse service. Check the supplier’s agency code (memberCode) and system code (subsystemCode), the flow’s direction, or correct the Servis ID.',
  },
  relations: ['dataFlow'],
  reach: 3,
  names: 1, // reads the names of the flow's ends (the supplier's codes, not its name, come from its top application)
  passSkips: { unlessMethod: ['myGdx'] },
  checkItem(id, ctx, emit, f) {
    if (f.method !== 'myGdx') return;
    for (const direction of directionsOf(f)) {
      const sid = serviceFieldsOf(f, direction).serviceId?.trim();
      const m = sid ? SERVICE_ID_PATTERN.exec(sid) : null;
      if (!m) continue;
      const { supplierId } = serviceEnds(f, direction);
      const supplier = codesOf(ctx, supplierId);
      if (!supplier.memberCode) continue; // codes unknown: the IDD rule lists them as not filled in
      if (sameCode(supplier.memberCode, m[1]) && (!supplier.subsystemCode || sameCode(supplier.subsystemCode, m[2]))) continue;
      emit({ serviceId: sid!, flow: serviceName(ctx, f, direction), expected: `${supplier.memberCode}-${supplier.subsystemCode ?? '<NamaSistem>'}` }, { relations: [id], elements: [supplierId] });
    }
  },
});

const joinedGaps = new Map<number, Bilingual>();

/** The template names of the IDD fields of gap mask `mask`, as one list shared by every service missing the same fields. */
function gapNames(mask: number): Bilingual {
  let joined = joinedGaps.get(mask);
  if (!joined) {
    const gaps = gapFields(mask);
    joinedGaps.set(mask, (joined = { ms: gaps.map((g) => IDD_STRINGS.ms.fields[g]).join(', '), en: gaps.map((g) => IDD_STRINGS.en.fields[g]).join(', ') }));
  }
  return joined;
}

/** `flow.iddIncomplete`'s parameters; `code` is the gap mask times two, plus one for the reverse service. */
const iddParams = (f: DataFlow, s: Element | undefined, t: Element | undefined, code: number): Params => ({ flow: serviceNameOf(f, code & 1 ? 'reverse' : 'forward', s, t), fields: gapNames(code >>> 1) });

const carriedLookups = new WeakMap<ModelGraph, ElementLookup>();

/** The elements a flow carries, looked up through the graph (`carriedElement`): one lookup object per graph. */
function carriedLookup(graph: ModelGraph): ElementLookup {
  let lookup = carriedLookups.get(graph);
  if (!lookup) carriedLookups.set(graph, (lookup = { get: (id) => graph.carriedElement(id) }));
  return lookup;
}

/**
 * `carriedDataBits` of the service in `direction` of `f`: in the full check's pass, of a flow without
 * a reverse service's data (nearly all), from the numbers kept for its ids (carried-facts.ts).
 */
function gapDataBits(g: ModelGraph, f: DataFlow, direction: ServiceDirection): number {
  if (!(f.direction === 'both' && f.reverse?.dataEntityIds?.length)) {
    if (direction === 'reverse') return 0; // `serviceDataIds`: no data goes back
    const facts = carriedFacts(g);
    const ref = facts.refOf(f);
    if (ref >= 0) return facts.gapDataBitsAt(ref, facts.refCount);
  }
  return carriedDataBits(serviceDataIds(f, direction), carriedLookup(g));
}

export const iddIncomplete = localRule({
  id: 'flow.iddIncomplete',
  severity: 'advice',
  title: { ms: 'Medan IDD MyGDX diisi', en: 'MyGDX IDD fields are filled in' },
  message: { ms: 'IDD servis MyGDX {flow} belum lengkap — (belum diisi): {fields}.', en: 'The IDD of MyGDX service {flow} is incomplete — not filled in: {fields}.' },
  source: '003 Lampiran A §2.1.1–2.1.5',
  fixHint: {
    ms: 'Lengkapkan medan IDD dalam pemeriksa aliran (bagi aliran dua hala, juga servis arah balik); medan kosong dicetak sebagai "(belum diisi)" dalam dokumen IDD agensi pembekal.',
    en: 'Complete the IDD fields in the flow inspector (for a two-way flow, the reverse service too); empty fields print as "(belum diisi)" in the supplying agency’s IDD.',
  },
  relations: ['dataFlow'],
  reach: 3,
  names: 1, // reads the names of the flow's ends and the data it carries (whether any has a name that is not blank)
  passSkips: { unlessMethod: ['myGdx'] },
  checkItem(id, ctx, emit, f) {
    if (f.method !== 'myGdx') return;
    const g = ctx.graph;
    // the ends come from the pass's cursor; their systems (`partyOf`) are the ends' roots
    const source = g.sourceOf(f);
    const target = g.targetOf(f);
    const sourceRoot = g.trees.rootFrom(source);
    const targetRoot = g.trees.rootFrom(target);
    for (const direction of directionsOf(f)) {
      if (direction === 'reverse' && !f.reverse) continue; // flow.twoWayOneService
      // the same gaps the IDD prints as "(belum diisi)": the checker and the document agree
      const data = gapDataBits(g, f, direction);
      const mask = targetSupplies(f, direction) ? serviceGapMaskOf(f, direction, targetRoot, sourceRoot, data) : serviceGapMaskOf(f, direction, sourceRoot, targetRoot, data);
      if (mask) emit.aboutWith(f, iddParams, source, target, mask * 2 + (direction === 'reverse' ? 1 : 0));
    }
  },
});

export const twoWayOneService = localRule({
  id: 'flow.twoWayOneService',
  severity: 'warning',
  title: { ms: 'Aliran MyGDX dua hala mempunyai satu servis bagi setiap arah', en: 'A two-way MyGDX flow has one service per direction' },
  message: {
    ms: 'Aliran MyGDX dua hala {flow} hanya menerangkan servis daripada {source} kepada {target}; servis daripada {target} kepada {source} tiada Servis ID atau data.',
    en: 'Two-way MyGDX flow {flow} only describes the service from {source} to {target}; the service from {target} to {source} has no Servis ID or data.',
  },
  source: '001 §3.3.4 f; 003 Lampiran A §2.1.1',
  fixHint: {
    ms: 'Dalam pemeriksa aliran, isi "Servis arah balik": data yang dibekalkan oleh sasaran dan Servis ID tersendiri (dengan pilihan CRUD); servis ini dicetak dalam IDD agensi sasaran. Jika data hanya mengalir satu hala, tukar arah aliran.',
    en: 'In the flow inspector, fill in the "Reverse service": the data the target supplies and its own Servis ID (with its CRUD option); the service prints in the target agency’s IDD. If data flows one way only, change the flow’s direction.',
  },
  relations: ['dataFlow'],
  reach: 1,
  passSkips: { unlessMethod: ['myGdx'] },
  checkItem(id, ctx, emit, f) {
    if (f.method !== 'myGdx' || f.direction !== 'both') return;
    if (f.reverse?.serviceId?.trim() || f.reverse?.dataEntityIds?.length) return;
    emit.aboutWith(f, twoWayParams, ctx.graph.sourceOf(f), ctx.graph.targetOf(f), undefined);
  },
});

export const FLOW_RULES = [fieldsMissing, noData, methodCategory, classifiedEmail, classifiedControls, serviceIdFormat, serviceIdSupplier, iddIncomplete, twoWayOneService, classificationHandedOn];
