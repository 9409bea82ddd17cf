/**
 * Digital Public Infrastructure: MyDigital ID for sign-on and identity, ePayment Gateway for
 * payment, MyGDX for cross-agency data (001 §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii).
 */
import { SIMPLE_RELATION_KINDS, type DataFlow, type Element, type ExternalSystem, type Relation } from '../../model/schema';
import type { ModelGraph } from '../graph';
import { carriedFacts } from '../carried-facts';
import { relationNeighbours } from '../incident';
import type { Registry } from '../../catalogue/schema';
import type { CheckContext } from '../types';
import { globalRule, localRule, q, type Params, type Slice } from '../define';
import { agencyOf, hasAnyWord, isIsolated, isOtherAgency, labels, applicationUsesPlatform, processUsesPlatform, projectAgencies, norm, nameOf } from '../helpers';
import { FLOW_METHODS } from '../../model/vocabulary';

export const sso = localRule({
  id: 'dpi.mydigitalIdSso',
  severity: 'error',
  title: { ms: 'Aplikasi diintegrasikan dengan MyDigital ID (SSO)', en: 'Applications integrate MyDigital ID (SSO)' },
  message: { ms: 'Aplikasi {name} tidak menggunakan platform MyDigital ID sebagai log masuk tunggal.', en: 'Application {name} does not use the MyDigital ID platform for single sign-on.' },
  source: '001 §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii',
  fixHint: {
    ms: 'Tambah platform MyDigital ID dan lukis hubungan "menggunakan platform" daripada aplikasi (Surat Arahan 14 Januari 2025: semua sistem dan aplikasi digital kerajaan mesti diintegrasikan dengan MyDigital ID).',
    en: 'Add the MyDigital ID platform and draw a "uses platform" relation from the application (directive of 14 January 2025: every government system must integrate MyDigital ID).',
  },
  elements: ['application'],
  reach: 3,
  names: 0,
  checkItem(id, ctx, emit, e) {
    if (!applicationUsesPlatform(ctx.graph, id, 'myDigitalId', e)) emit.about(e, nameOf);
  },
});

export const identity = localRule({
  id: 'dpi.identityVerification',
  severity: 'error',
  title: { ms: 'Pengesahan identiti menggunakan MyDigital ID', en: 'Identity verification uses MyDigital ID' },
  message: { ms: 'Proses pengesahan identiti {name} tidak disokong oleh MyDigital ID.', en: 'Identity-verification process {name} is not supported by MyDigital ID.' },
  source: '001 §1.4.4, §3.3.4 e; Jadual 4-1 A.1.a viii',
  fixHint: {
    ms: 'Sokong proses ini dengan platform MyDigital ID, terus atau melalui aplikasi yang menggunakan MyDigital ID.',
    en: 'Support this process with the MyDigital ID platform, directly or through an application that uses MyDigital ID.',
  },
  elements: ['process'],
  // the process, a supports, what supports it with its whole tree (one place to the walk), a
  // usesPlatform, the platform (6 counted a tree's parent and child as steps: a paste joined to a
  // well-connected element walked ~18,000 elements for these two rules alone)
  reach: 4,
  names: 0,
  checkItem(id, ctx, emit, p) {
    if (p.genericProcess !== 20) return;
    if (!processUsesPlatform(ctx.graph, id, 'myDigitalId')) emit.about(p, nameOf);
  },
});

/** Words naming a payment, padded for whole-word search in a padded normalised name. */
const PAYMENT_WORDS = ['pembayaran', 'bayaran', 'payment'];

export const payment = localRule({
  id: 'dpi.ePayment',
  severity: 'error',
  title: { ms: 'Proses pembayaran menggunakan ePayment Gateway', en: 'Payment processes use the ePayment Gateway' },
  message: { ms: 'Proses pembayaran {name} tidak disokong oleh ePayment Gateway.', en: 'Payment process {name} is not supported by the ePayment Gateway.' },
  source: '001 §2.7.3; Jadual 4-1 A.1.a viii',
  fixHint: { ms: 'Sokong proses ini dengan platform ePayment Gateway, terus atau melalui aplikasi yang menggunakannya.', en: 'Support this process with the ePayment Gateway platform, directly or through an application that uses it.' },
  elements: ['process'],
  reach: 4, // as dpi.identityVerification's
  names: 0,
  checkItem(id, ctx, emit, p) {
    const isPayment = p.genericProcess === 14 || (p.genericProcess === undefined && hasAnyWord(norm(p.name), PAYMENT_WORDS));
    if (isPayment && !processUsesPlatform(ctx.graph, id, 'ePaymentGateway')) emit.about(p, nameOf);
  },
});

/**
 * Integration methods 003 §2.4.3 accepts beside MyGDX for ongoing sharing ("platform perkongsian data
 * kerajaan MyGDX atau pembangunan API"; Jadual 3 Bil. 2 a: API or Web Services). The worked example
 * of 001 §3.3.4 f takes data from Sistem C and D of other agencies by Web Service and Web Map Service.
 */
const API_METHODS: ReadonlySet<string> = new Set(['api', 'webService', 'webMapService']);

/** The first catalogue registry whose data the flow carries (`registryRef` of a carried data entity). */
function registryCarried(ctx: CheckContext, f: DataFlow): Registry | undefined {
  // in the full check's pass, by the numbers kept for the flow's ids (carried-facts.ts): neither the
  // flow's list nor the ids are read, and only the data naming a registry is fetched
  const facts = carriedFacts(ctx.graph);
  const ref = facts.refOf(f);
  if (ref >= 0) {
    for (let i = 0, n = facts.refCount; i < n; i++) {
      const e = facts.registryHolderAt(ref + i);
      const registry = e ? ctx.catalogue.registries.get(e.registryRef!) : undefined;
      if (registry) return registry;
    }
    return undefined;
  }
  for (const d of f.dataEntityIds ?? []) {
    const e = ctx.graph.carriedElement(d);
    const registry = e?.kind === 'dataEntity' && e.registryRef ? ctx.catalogue.registries.get(e.registryRef) : undefined;
    if (registry) return registry;
  }
  return undefined;
}

const NO_REASON = { ms: '', en: '' };

/**
 * Message parameters of dpi.myGdxCrossAgency, worked out when first read (`emit.aboutWith`) from the
 * flow, its end of another agency and the registry whose data it carries, as read while checking
 * (~2,100 findings on the varied 100,000-element model, their texts made as they were found before).
 */
const myGdxParams = (f: DataFlow, end: ExternalSystem, registry: Registry | undefined): Params => ({
  system: q(end.name),
  agency: end.agency ?? '?',
  method: labels('flowMethod', f.method),
  reason: registry ? { ms: ` (data Registri ${registry.name.ms} dikongsi melalui MyGDX)`, en: ` (data of the ${registry.name.en} Registry is shared through MyGDX)` } : NO_REASON,
});

export const myGdx = localRule({
  id: 'dpi.myGdxCrossAgency',
  severity: 'warning',
  title: { ms: 'Data merentas agensi melalui MyGDX', en: 'Cross-agency data goes through MyGDX' },
  message: {
    ms: 'Aliran data dengan {system} ({agency}) merentas agensi tetapi menggunakan {method}, bukan MyGDX{reason}.',
    en: 'The data flow with {system} ({agency}) crosses agencies but uses {method}, not MyGDX{reason}.',
  },
  source: '001 §2.7.3; Jadual 4-1 A.1.a viii; 003 §2.4.3, Jadual 3, Lampiran A',
  fixHint: {
    ms: 'Tukar kaedah integrasi kepada MyGDX (platform perkongsian data kerajaan) dan isi Servis ID serta IDD (003 Lampiran A). Integrasi API/Web Service juga diterima (003 §2.4.3) kecuali bagi data registri.',
    en: 'Change the integration method to MyGDX (the government data-sharing platform) and fill in the Servis ID and IDD (003 Lampiran A). API/Web Service integration is also accepted (003 §2.4.3) except for registry data.',
  },
  relations: ['dataFlow'],
  reach: 3,
  names: 1, // reads the names of the flow's end
  readsMeta: true,
  // a flow with no external system at an end crosses no agency (`otherAgencyEnd`)
  passSkips: { unlessMethod: FLOW_METHODS.filter((m) => m !== 'myGdx'), unlessEndOfKind: 'externalSystem' },
  checkItem(id, ctx, emit, f) {
    // one-off transfers go by e-mail/file or another suitable method (003 Jadual 3 Bil. 1), not a platform
    if (!f.method || f.method === 'myGdx' || f.category === 'oneOff') return;
    // the ends first: they come with the pass (`sourceOf`), and few are external systems of other
    // agencies, while the carried data of an API flow is a lookup per data entity (on the varied
    // 100,000-element model the rule took ~28 ms CPU looking up the data first, ~18 ms so)
    const source = ctx.graph.sourceOf(f);
    const target = ctx.graph.targetOf(f);
    const end = otherAgencyEnd(ctx, source, target) ?? otherAgencyEnd(ctx, target, source);
    if (!end) return;
    const registry = API_METHODS.has(f.method) ? registryCarried(ctx, f) : undefined;
    if (API_METHODS.has(f.method) && !registry) return;
    emit.aboutWith(f, myGdxParams, end, registry, undefined, [end.id]);
  },
});

/**
 * Flow end `e` when it is an external system of another agency. Own agencies are the project's
 * and the agency of `other`, the system at the other end of the flow.
 */
function otherAgencyEnd(ctx: CheckContext, e: Element | undefined, other: Element | undefined): ExternalSystem | undefined {
  if (e?.kind !== 'externalSystem' || !isOtherAgency(ctx.graph, e, projectAgencies(ctx))) return undefined;
  const agency = e.agency?.trim();
  const otherAgency = agency && agencyOf(ctx.graph, other);
  return agency && otherAgency && norm(agency) === norm(otherAgency) ? undefined : e;
}

/** Every relation kind: a relation of any kind can connect a platform. */
const RELATION_SLICES: readonly Slice[] = [...SIMPLE_RELATION_KINDS, 'dataFlow'].map((k) => `rel:${k}` as Slice);

/** True when some data flow of the model uses the MyGDX method (stops at the first). */
function anyMyGdxFlow(ctx: CheckContext): boolean {
  for (const f of ctx.graph.relationsOf('dataFlow')) if (f.method === 'myGdx') return true;
  return false;
}

const isMyGdxPlatform = (e: Element | Relation | undefined) => e?.kind === 'platform' && e.platformType === 'myGdx';

/** A relation `myGdxPlatformUnused` reads: a flow of the MyGDX method, or one touching (or carrying) a MyGDX platform in `graph`'s document. */
function touchesMyGdx(r: Element | Relation, graph: ModelGraph): boolean {
  if (r.kind === 'dataFlow' && r.method === 'myGdx') return true;
  return relationNeighbours(r as Relation).some((id) => isMyGdxPlatform(graph.doc.elements.get(id)));
}

export const myGdxPlatformUnused = globalRule({
  id: 'dpi.myGdxPlatformUnused',
  severity: 'warning',
  title: { ms: 'Platform MyGDX digunakan', en: 'The MyGDX platform is used' },
  message: {
    ms: 'Platform {name} tidak dihubungkan dengan mana-mana elemen dan tiada aliran data menggunakan kaedah MyGDX.',
    en: 'Platform {name} is not connected to any element and no data flow uses the MyGDX method.',
  },
  source: '001 §2.7.3, §3.3.4 f; Jadual 4-1 A.1.a viii',
  fixHint: {
    ms: 'Tetapkan kaedah integrasi MyGDX pada aliran data yang dikongsi melalui platform ini, atau sambungkan platform kepada aplikasi yang menggunakannya, atau padamkannya.',
    en: 'Set the MyGDX integration method on the data flows shared through this platform, or connect the platform to the application using it, or delete it.',
  },
  // the MyGDX flows are the platform's use (001 §3.3.4 f), wherever they are in the model
  reads: ['el:platform', ...RELATION_SLICES],
  // a MyGDX platform, what touches one and a flow of the MyGDX method are all it reads (every
  // relation of a paste reran it: ~15 ms on the varied 100,000-element model)
  matters: {
    'el:platform': isMyGdxPlatform,
    ...Object.fromEntries(RELATION_SLICES.map((slice) => [slice, touchesMyGdx])),
  },
  run(ctx, emit) {
    let used: boolean | undefined;
    for (const p of ctx.graph.elementsOf('platform')) {
      if (p.platformType !== 'myGdx' || !isIsolated(ctx.graph, p.id)) continue;
      if ((used ??= anyMyGdxFlow(ctx))) return;
      emit({ name: q(p.name) }, { elements: [p.id] });
    }
  },
});

export const DPI_RULES = [sso, identity, payment, myGdx, myGdxPlatformUnused];
