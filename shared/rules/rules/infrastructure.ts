/**
 * Rules on infrastructure (001 Jadual 3-1 label 7, §3.3.4 g; shared infrastructure §1.4.5, §4.2.2 c,
 * Jadual 4-1 A.1.a ix) and on the project category (001 §4.2.1).
 */
import type { Element, ElementKind, Network, Platform, Site } from '../../model/schema';
import type { SecurityControlType } from '../../model/vocabulary';
import { siteRole } from '../../model/site-role';
import { globalRule, localRule, q, throughRelations, type Emit, type Params } from '../define';
import { current, isClassifiedData, keptIsCurrent, nameList, nameOf, norm, rankOf, TERPERINGKAT_RANK } from '../helpers';
import { isolated } from './anchor-answers';
import { forEachSiteOfHolders, Holders, topSlotOf } from './hosted-holders';
import { elementKindCode } from '../end-kinds';
import { entriesPointingAt } from '../pointing-index';
import { RELATION_RULES } from '../../model/kinds';
import type { CheckContext } from '../types';

const CONNECTS_FROM = RELATION_RULES.connects.source;
const CONNECTS_FROM_NETWORK_ONLY = CONNECTS_FROM !== null && CONNECTS_FROM.length === 1 && CONNECTS_FROM[0] === 'network';

export const siteNoNetwork = localRule({
  id: 'site.noNetwork',
  severity: 'warning',
  title: { ms: 'Setiap lokasi dihubungkan oleh rangkaian', en: 'Every site is connected by a network' },
  message: { ms: 'Lokasi {name} tidak dihubungkan oleh mana-mana rangkaian.', en: 'Site {name} is not connected by any network.' },
  source: '001 §3.3.4 g; Jadual 3-1 label 7',
  fixHint: { ms: 'Lukis hubungan "menghubungkan" daripada rangkaian (cth. IPVPN, MyGov*Net) ke lokasi ini.', en: 'Draw a "connects" relation from a network (e.g. IPVPN, MyGov*Net) to this site.' },
  elements: ['site'],
  reach: 2,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    // a "connects" relation the graph knows to join kinds its kind allows comes from a network (the
    // only kind it allows as source), so its source need not be looked up by id: `sources` looked
    // up each, ~14 ms CPU on the varied 100,000-element model, and made a list per site
    const rs = ctx.graph.incoming(id, 'connects');
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i];
      if (CONNECTS_FROM_NETWORK_ONLY && ctx.graph.endsAllowed(r)) return;
      if (ctx.doc.elements.get(r.source)?.kind === 'network') return;
    }
    emit.about(e, nameOf);
  },
});

export const networkSpeed = localRule({
  id: 'network.speedMissing',
  severity: 'warning',
  title: { ms: 'Kelajuan rangkaian dinyatakan', en: 'Network speeds are stated' },
  message: { ms: 'Rangkaian {name} tidak menyatakan kelajuan.', en: 'Network {name} does not state its speed.' },
  source: '001 §3.3.4 g',
  fixHint: { ms: 'Isi kelajuan rangkaian (Mbps) dalam pemeriksa.', en: 'Enter the network speed (Mbps) in the inspector.' },
  elements: ['network'],
  reach: 0,
  checkItem(id, ctx, emit, n) {
    if (n.speedMbps === undefined) emit.about(n, nameOf);
  },
});

export const networkNoSite = localRule({
  id: 'network.noSite',
  severity: 'warning',
  title: { ms: 'Rangkaian menghubungkan lokasi', en: 'Networks connect sites' },
  message: { ms: 'Rangkaian {name} tidak menghubungkan mana-mana lokasi.', en: 'Network {name} connects no site.' },
  source: '001 §3.3.4 g',
  fixHint: { ms: 'Lukis hubungan "menghubungkan" daripada rangkaian ke lokasi yang dihubungkannya.', en: 'Draw "connects" relations from the network to the sites it links.' },
  elements: ['network'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasOutgoing(id, 'connects')) return;
    emit.about(e, nameOf);
  },
});

export const siteHardware = localRule({
  id: 'site.hardwareMissing',
  // "setiap lokasi perlu menyenaraikan perkakasan serta bilangan" (001 §3.3.4 g)
  severity: 'warning',
  title: { ms: 'Lokasi menyenaraikan perkakasan dan bilangan', en: 'Sites list their hardware and quantities' },
  message: { ms: 'Lokasi {name} tidak menyenaraikan perkakasan dan bilangannya.', en: 'Site {name} does not list its hardware and quantities.' },
  source: '001 §3.3.4 g; Jadual 3-1 label 7',
  fixHint: {
    ms: 'Senaraikan perkakasan serta bilangan, perisian dan perkara yang berkaitan dengan penempatan infrastruktur (cth. ruang rak, bekalan kuasa) bagi lokasi ini dalam pemeriksa.',
    en: 'List the hardware with quantities, the software and the infrastructure placement matters (e.g. rack space, power supply) for this site in the inspector.',
  },
  elements: ['site'],
  reach: 0,
  checkItem(id, ctx, emit, s) {
    if (!s.hardware?.length) emit.about(s, nameOf);
  },
});

/** What a site listing hardware leaves out of 001 §3.3.4 g's list, in either language ("" when nothing). */
const SITE_LISTS_MISSING = {
  software: { ms: 'perisian', en: 'software' },
  placement: { ms: 'perkara penempatan infrastruktur', en: 'infrastructure placement matters' },
  both: { ms: 'perisian dan perkara penempatan infrastruktur', en: 'software or infrastructure placement matters' },
} as const;

/** The message parameters of site.softwarePlacementMissing: the site's name and what it leaves out (read from the site alone). */
function siteListsMissing(s: Site) {
  const software = !s.software?.length;
  const placement = !s.placement?.length;
  return { name: q(s.name), missing: SITE_LISTS_MISSING[software && placement ? 'both' : software ? 'software' : 'placement'] };
}

/**
 * The rest of 001 §3.3.4 g's list for a site that lists its hardware: "perisian dan perkara yang
 * berkaitan dengan penempatan infrastruktur di lokasi tersebut". A rule of its own rather than a
 * wider site.hardwareMissing: that one is a warning (hardware and quantities are what a site is
 * costed and sized by), and a rule has one severity; a site listing no hardware is reported by it
 * alone, so one missing list never gives two findings. Advice: a desktop-only site (an agency HQ) may
 * honestly have little to say, but the reviewer reading the LMV beside the guide looks for it.
 */
export const siteSoftwarePlacement = localRule({
  id: 'site.softwarePlacementMissing',
  severity: 'advice',
  title: { ms: 'Lokasi menyenaraikan perisian dan perkara penempatan infrastruktur', en: 'Sites list their software and infrastructure placement matters' },
  message: {
    ms: 'Lokasi {name} menyenaraikan perkakasan tetapi tidak menyenaraikan {missing}.',
    en: 'Site {name} lists its hardware but no {missing}.',
  },
  source: '001 §3.3.4 g; Jadual 4-1 A.1.a ix',
  fixHint: {
    ms: 'Senaraikan perisian yang digunakan di lokasi ini (cth. sistem pengoperasian, pangkalan data, pelayar web) dan perkara yang berkaitan dengan penempatan infrastruktur (cth. ruang rak, bekalan kuasa, kaunter) dalam pemeriksa, satu setiap baris.',
    en: 'List the software used at this site (e.g. operating system, database, web browser) and the infrastructure placement matters (e.g. rack space, power supply, counters) in the inspector, one per line.',
  },
  elements: ['site'],
  reach: 0,
  checkItem(id, ctx, emit, s) {
    // `?.length`, not `(list ?? []).length`: an empty list made for every site without one (~0.3 MB
    // per full check of the varied 100,000-element model)
    if (!s.hardware?.length) return; // site.hardwareMissing
    if (s.software?.length && s.placement?.length) return;
    emit.about(s, siteListsMissing);
  },
});

export const sharedInfrastructure = globalRule({
  id: 'infra.sharedInfrastructure',
  severity: 'warning',
  title: { ms: 'Infrastruktur guna sama berpusat digunakan', en: 'Central shared infrastructure is used' },
  message: {
    ms: 'Tiada lokasi infrastruktur guna sama (PDSA JDN atau MyGovCloud@CFA) atau platform MyGovCloud dalam model.',
    en: 'No shared infrastructure site (PDSA JDN or MyGovCloud@CFA) or MyGovCloud platform in the model.',
  },
  source: '001 §1.4.5, §4.2.2 c; Jadual 4-1 A.1.a ix',
  fixHint: {
    ms: 'Gunakan perkhidmatan generik Kerajaan (MyGovCloud, PDSA JDN); penggunaan platform dan infrastruktur guna sama berpusat diwajibkan.',
    en: 'Use the generic government services (MyGovCloud, PDSA JDN); central shared platforms and infrastructure are mandatory.',
  },
  reads: ['el:site', 'el:platform'],
  run(ctx, emit) {
    if (ctx.graph.countOf('site') === 0) return; // lmv.bandEmpty reports the empty label
    for (const s of ctx.graph.elementsOf('site')) if (s.siteType === 'pdsaJdn' || s.siteType === 'myGovCloudCfa') return;
    for (const p of ctx.graph.elementsOf('platform')) if (p.platformType === 'myGovCloud') return;
    emit({}, { elements: [...ctx.graph.idsOf('site')] });
  },
});

const isMyGovNet = (n: Network) => n.networkType === 'myGovNetPcn' || n.networkType === 'myGovNetPdsa';
const isMyGovNetPlatform = (p: Platform) => p.platformType === 'myGovNet';

export const myGovNet = globalRule({
  id: 'infra.myGovNet',
  severity: 'advice',
  title: { ms: 'Rangkaian kerajaan MyGovNet digunakan', en: 'The government network MyGovNet is used' },
  message: { ms: 'Tiada rangkaian MyGov*Net dalam model.', en: 'No MyGov*Net network in the model.' },
  source: '001 §1.4.5, §3.3.4 g',
  fixHint: { ms: 'Gunakan MyGov*Net.PCN atau MyGov*Net.PDSA, perkhidmatan generik rangkaian Kerajaan, bagi menghubungkan lokasi kerajaan.', en: 'Use MyGov*Net.PCN or MyGov*Net.PDSA, the generic government network service, to link government sites.' },
  reads: ['el:network', 'el:platform'],
  run(ctx, emit) {
    if (ctx.graph.countOf('network') === 0) return;
    // subsets the graph keeps as it follows edits: a recheck does not look at every network
    if (ctx.graph.filtered('network', isMyGovNet).size || ctx.graph.filtered('platform', isMyGovNetPlatform).size) return;
    emit({}, { elements: [...ctx.graph.idsOf('network')] });
  },
});

/** Distinct agencies named in the model and project meta (normalised name → as written). */
function agenciesInvolved(ctx: CheckContext): Map<string, string> {
  const out = new Map<string, string>();
  const add = (a: string | undefined) => {
    const t = a?.trim();
    if (t && !out.has(norm(t))) out.set(norm(t), t);
  };
  const m = ctx.doc.meta;
  for (const a of [m.pemilikProjek, m.penerajuProjek, m.pelaksanaProjek, m.pelaksanaPerolehan]) add(a);
  for (const s of ctx.graph.elementsOf('service')) add(s.agency);
  for (const a of ctx.graph.elementsOf('application')) add(a.agency);
  for (const x of ctx.graph.elementsOf('externalSystem')) add(x.agency);
  for (const d of ctx.graph.elementsOf('dataEntity')) add(d.ownerAgency);
  return out;
}

const AGENCY_SLICES = ['meta', 'el:service', 'el:application', 'el:externalSystem', 'el:dataEntity'] as const;

export const wogSingleAgency = globalRule({
  id: 'wog.singleAgency',
  severity: 'error',
  title: { ms: 'Projek WoG melibatkan lebih daripada satu agensi', en: 'A WoG project involves more than one agency' },
  message: { ms: 'Projek dikategorikan WoG tetapi hanya melibatkan {count} agensi{agency}.', en: 'The project is categorised WoG but involves only {count} agency{agency}.' },
  source: '001 §4.2.1 a–b; §2.5.2',
  fixHint: {
    ms: 'Nyatakan agensi lain yang terlibat (peneraju, pelaksana, pembekal data), atau tukar kategori kepada Projek Digital Agensi Spesifik jika fungsi perkhidmatannya tidak melibatkan agensi lain.',
    en: 'State the other agencies involved (lead, implementer, data suppliers), or change the category to agency-specific if the service function involves no other agency.',
  },
  reads: AGENCY_SLICES,
  // agencies named in the model and meta, never an element's name
  readsNoNames: true,
  run(ctx, emit) {
    if (ctx.doc.meta.category !== 'wog') return;
    const agencies = agenciesInvolved(ctx);
    if (agencies.size <= 1) emit({ count: agencies.size, agency: agencies.size ? ` (${[...agencies.values()][0]})` : '' });
  },
});

export const specificOtherAgencies = globalRule({
  id: 'agensiSpesifik.otherAgencies',
  severity: 'advice',
  title: { ms: 'Projek Agensi Spesifik tidak melibatkan agensi lain', en: 'An agency-specific project involves no other agency' },
  message: { ms: 'Projek dikategorikan Agensi Spesifik tetapi melibatkan {count} agensi: {agencies}.', en: 'The project is categorised agency-specific but involves {count} agencies: {agencies}.' },
  source: '001 §4.2.1 b',
  fixHint: {
    ms: 'Projek yang fungsi perkhidmatannya melibatkan agensi lain ialah projek WoG: pertimbangkan kategori WoG dan kemukakan kepada Pasukan Digital Sektor.',
    en: 'A project whose service function involves other agencies is a WoG project: consider the WoG category and submit it to the Sector Digital Team.',
  },
  reads: AGENCY_SLICES,
  // agencies named in the model and meta, never an element's name
  readsNoNames: true,
  run(ctx, emit) {
    if (ctx.doc.meta.category !== 'agensiSpesifik') return;
    const agencies = agenciesInvolved(ctx);
    if (agencies.size > 1) emit({ count: agencies.size, agencies: [...agencies.values()].slice(0, 6).join(', ') });
  },
});


export const siteRoleMissing = localRule({
  id: 'site.roleMissing',
  severity: 'warning',
  title: { ms: 'Lokasi yang menempatkan sistem menyatakan peranannya', en: 'A site hosting systems states its role' },
  message: {
    ms: 'Lokasi {name} menempatkan sistem tetapi tidak menyatakan peranannya (produksi, pemulihan bencana atau awan).',
    en: 'Site {name} hosts systems but does not state its role (production, disaster recovery or cloud).',
  },
  source: '001 §3.3.4 g; Jadual 4-1 A.1.a ix; 003 §3.2.8',
  fixHint: {
    ms: 'Pilih "Peranan lokasi" dalam pemeriksa: Produksi, Pemulihan bencana (DR) atau Awan, supaya penyemak melihat di mana perkhidmatan berjalan dan di mana salinannya (pusat data dan pusat pemulihan bencana, 003 §3.2.8).',
    en: 'Choose the "Site role" in the inspector: Production, Disaster recovery (DR) or Cloud, so a reviewer sees where the service runs and where its copies are (data centre and disaster-recovery centre, 003 §3.2.8).',
  },
  elements: ['site'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, site) {
    if (siteRole(site) || !ctx.graph.hasIncoming(id, 'hostedOn')) return;
    emit.about(site, nameOf);
  },
});

export const onSiteHostsNothing = localRule({
  id: 'site.onSiteHostsNothing',
  severity: 'advice',
  title: { ms: 'Lokasi on-site menempatkan sesuatu', en: 'An on-site location hosts something' },
  message: {
    ms: 'Lokasi on-site {name} tidak menempatkan sebarang aplikasi, platform atau sistem.',
    en: 'On-site location {name} hosts no application, platform or system.',
  },
  source: '001 §3.3.4 g; Jadual 4-1 A.1.a ix',
  fixHint: {
    ms: 'Lukis hubungan "ditempatkan di" daripada sistem yang berjalan di lokasi ini (§3.3.4 g: perkara yang berkaitan dengan penempatan infrastruktur di lokasi tersebut), atau buang lokasi jika perkhidmatan tidak memerlukannya.',
    en: 'Draw "hosted on" relations from the systems running at this location (§3.3.4 g: what is placed at the location), or remove the location if the service does not need it.',
  },
  elements: ['site'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, site) {
    if (site.siteType !== 'onSite' || isolated(ctx.graph, id) || ctx.graph.hasIncoming(id, 'hostedOn')) return;
    emit.about(site, nameOf);
  },
});

const PROTECTING: readonly SecurityControlType[] = ['hsm', 'siem', 'dlp'];
/** The kinds that can hold classified data: applications and their parts, and the agency's own systems (`isHolder`). */
const HOLDER_KIND_LIST: readonly ElementKind[] = ['application', 'module', 'appService', 'externalSystem'];
const APPLICATION_KINDS: ReadonlySet<string> = new Set(['application', 'module', 'appService']);

/** By kind's number (`elementKindCode`): a holder kind (`isHolder`), one that is a holder when internal, or neither (0). */
const HOLDS = 1;
const HOLDS_WHEN_INTERNAL = 2;
const HOLDER_CODES = new Uint8Array(256);
for (const kind of APPLICATION_KINDS) HOLDER_CODES[elementKindCode(kind)] = HOLDS;
HOLDER_CODES[elementKindCode('externalSystem')] = HOLDS_WHEN_INTERNAL;

/**
 * An application (or part), or one of the agency's own systems (Sistem Dalaman, an external system
 * marked internal): the agency keeps what they hold, so its sites need the same protection. Another
 * agency's system is that agency's to protect. Why: a reviewer read the worked example's On-site,
 * hosting Sistem XY and YZ that receive Maklumat Calon, as classified data left unprotected while
 * item vi said HSM, SIEM and DLP protect it, and the rule had said nothing.
 */
function isHolder(e: Element): boolean {
  return APPLICATION_KINDS.has(e.kind) || (e.kind === 'externalSystem' && e.internal === true);
}

/** A protecting control type as one bit (`PROTECTING[i]` is bit `1 << i`), so what is missing where is a number. */
function protectingBit(type: SecurityControlType): number {
  const i = PROTECTING.indexOf(type);
  return i < 0 ? 0 : 1 << i;
}

/**
 * The applications and internal systems holding classified data (`isHolder`) (data terperingkat, 003 Takrifan 12): those accessing
 * it, and those a flow carrying it starts or ends at. Root applications, by id, in the order this
 * pass meets them (data entity by data entity: those accessing it, then the ends of the flows
 * carrying it; then the ends of the flows classified themselves).
 */
function applicationsHoldingClassified(ctx: CheckContext): Holders {
  const out = new Holders(ctx.graph);
  // Each element is met once, as a source of an access or an end of a flow (met again it changes
  // nothing: the map keeps first-seen order), and only the application kinds among them are called
  // back about (an element of another kind has no parent and is its own root, which is no
  // application). While the graph is fresh an element met before, or of another kind, is passed
  // over without reading it: the ends of the flows carrying classified data are ~75,000 on the
  // varied 100,000-element model, ~29,000 distinct, most of them platforms and external systems, and
  // the ~16,400 classified flows' own ends ~33,000 more. Measured: passing over the flows carrying data so
  // made the rule 17–66 ms (median per pair) less CPU in 21 alternating pairs on a loaded machine;
  // the classified flows' ends and the sources of accesses the same way, this pass 71 → 56–66 ms
  // (medians of 24, same process, loaded machine; reading each end's kind and a set of the ends met
  // were a quarter of it). The sources of accesses by their slots, the marks set for the other kinds
  // from the start and the classified flows found by place (no flow read): the rule 136 → 108 ms
  // CPU (medians of 16 alternating runs, load ~11; 111 → 90 with the order swapped).
  //
  // While fresh each end comes with its slot (`EndVisitor`): its top is found by its parents' slots,
  // whether that is a holder by its kind's number (an external system read for `internal`), and it is
  // listed by slot (`Holders.placeBySlot`): no end or top read, no map asked, for the ~24,000 ends met.
  // Measured: see the commit adding it.
  const marks = ctx.graph.newEndMarks(HOLDER_KIND_LIST);
  const bySlot = out.placeBySlot !== null;
  const elements = ctx.doc.elements.values();
  const addHolder = (e: Element, slot: number) => {
    if (bySlot && slot >= 0) {
      const top = topSlotOf(ctx, slot);
      if (top < 0) return;
      const holds = HOLDER_CODES[ctx.graph.kindCodeAt(top)];
      if (holds === HOLDS || (holds === HOLDS_WHEN_INTERNAL && isHolder(elements[top]))) out.addAt(top, elements[top]);
      return;
    }
    const root = ctx.graph.trees.rootFrom(e);
    if (root && isHolder(root)) out.add(root);
  };
  ctx.graph.forEachOf('dataEntity', (e, id) => {
    if (e.kind !== 'dataEntity' || rankOf(e.classification) < TERPERINGKAT_RANK) return;
    ctx.graph.forEachNewSourceAt(id, 'accesses', marks, addHolder);
    ctx.graph.forEachNewFlowEnd(id, marks, addHolder);
  });
  ctx.graph.forEachNewEndOfFlowsRanked(TERPERINGKAT_RANK, marks, addHolder);
  return out;
}

export const classifiedControlsPartial = globalRule({
  id: 'infra.classifiedControlsPartial',
  severity: 'warning',
  title: { ms: 'HSM, SIEM dan DLP melindungi setiap lokasi yang menempatkan data terperingkat', en: 'HSM, SIEM and DLP protect every site hosting classified data' },
  message: {
    ms: 'Lokasi {site} menempatkan {apps} yang memegang data terperingkat tetapi tidak dilindungi oleh {controls}, yang melindungi lokasi lain sahaja.',
    en: 'Site {site} hosts {apps}, which holds classified data, but is not protected by {controls}, which protect other sites only.',
  },
  source: '001 Jadual 3-1 label 7, §2.6.6, Rajah 2-15; Jadual 4-1 A.1.a vi',
  fixHint: {
    ms: 'Lukis hubungan "melindungi" daripada kawalan keselamatan ke lokasi ini (atau ke aplikasi atau sistem itu sendiri), supaya data terperingkat dilindungi di setiap tempat ia berada, termasuk awan dan pusat pemulihan bencana.',
    en: 'Draw "protects" relations from the security controls to this site (or to the application or system itself), so classified data is protected wherever it is, cloud and disaster-recovery centre included.',
  },
  reads: ['el:dataEntity', 'el:application', 'el:module', 'el:appService', 'el:externalSystem', 'el:site', 'el:securityControl', 'rel:accesses', 'rel:dataFlow', 'rel:hostedOn', 'rel:protects'],
  // what it works out starts from classified data and protecting controls: other data, flows and
  // accesses not reaching classified data, and controls of other types change none of it; the
  // applications and sites are read through relations only (a paste of unclassified elements reran it: ~400 ms)
  matters: {
    'el:dataEntity': isClassifiedData,
    'el:securityControl': (e) => e.kind === 'securityControl' && protectingBit(e.controlType) !== 0,
    'el:application': throughRelations,
    'el:module': throughRelations,
    'el:appService': throughRelations,
    // an external system holds data for the rule only while it is the agency's own
    'el:externalSystem': (e) => e.kind === 'externalSystem' && e.internal === true,
    'el:site': throughRelations,
    'rel:accesses': (r, graph) => isClassifiedData(graph.doc.elements.get(r.target)),
    'rel:dataFlow': (f, graph) => f.kind === 'dataFlow' && (rankOf(f.classification) >= TERPERINGKAT_RANK || (f.dataEntityIds ?? []).some((d) => isClassifiedData(graph.carriedElement(d)))),
  },
  // the holders of classified data and the sites hosting them are most of the rule's cost (~100 ms
  // on the varied 100,000-element model): kept while the model changes only by renames
  structure(ctx): Map<string, SiteEntry> {
    // what each control type protects, as bits: sites directly, and the applications (roots) it protects
    const siteProtection = new Map<string, number>();
    const appProtection = new Map<string, number>();
    // the types protecting something (a control protecting nothing: element.impliedRelationMissing)
    let active = 0;
    const protect = (bit: number, t: Element) => {
      const on = t.kind === 'site' ? siteProtection : isHolder(t) ? appProtection : null;
      if (!on) return;
      const id = on === siteProtection ? t.id : (ctx.graph.rootOf(t)?.id ?? t.id);
      on.set(id, (on.get(id) ?? 0) | bit);
      active |= bit;
    };
    // in a full check, by the ends' slots found while indexing, relation by relation: no control's
    // relations looked up by its id (the bits do not depend on the order they are met in)
    const elements = ctx.doc.elements.values();
    const bySlot =
      ctx.graph.keysAreIds &&
      ctx.graph.forEachEndSlotsOf('protects', (s, t) => {
        if (s >= elements.length || t >= elements.length) return;
        const c = elements[s];
        const bit = c.kind === 'securityControl' ? protectingBit(c.controlType) : 0;
        if (bit) protect(bit, elements[t]);
      });
    if (!bySlot) {
      for (const c of ctx.graph.elementsOf('securityControl')) {
        const bit = protectingBit(c.controlType);
        if (bit) for (const t of ctx.graph.targets(c.id, 'protects')) protect(bit, t);
      }
    }
    // per site: the applications in first-seen order (`run` reads each again by id for its current name), and the control types missing for one of them
    const bySite = new Map<string, SiteEntry>();
    if (!active) return bySite;
    // the types not protecting the application at hand, worked out when it is first found hosted (most are not)
    let app: Element | undefined;
    let open = 0;
    forEachSiteOfHolders(ctx, applicationsHoldingClassified(ctx), (holder, site) => {
      if (holder !== app) open = active & ~(appProtection.get((app = holder).id) ?? 0);
      const missing = open & ~(siteProtection.get(site.id) ?? 0);
      if (!missing) return;
      const entry = bySite.get(site.id);
      if (!entry) bySite.set(site.id, { site, apps: [holder], missing });
      else {
        // an application's sites are all met before the next application's: it is listed here already exactly when it was the last listed
        if (entry.apps[entry.apps.length - 1] !== holder) entry.apps.push(holder);
        entry.missing |= missing;
      }
    });
    return bySite;
  },
  // a finding names its site and (some of) its applications, and points at all of them
  pointsAtEveryNamed: true,
  run(ctx, emit, bySite) {
    for (const [siteId, entry] of bySite) emitSite(ctx, emit, siteId, entry);
  },
  runPointingAt(ctx, emit, bySite, elements) {
    const sites = entriesPointingAt(bySite, () => [...bySite], ([siteId, entry]) => [siteId, ...entry.apps.map((a) => a.id)], elements);
    for (const [siteId, entry] of sites) emitSite(ctx, emit, siteId, entry);
  },
});

/** infra.classifiedControlsPartial's structure, per site: the site as met, its applications, the control types missing for one of them (bits). */
interface SiteEntry {
  site: Element;
  apps: Element[];
  missing: number;
}

/** Applications a finding of infra.classifiedControlsPartial names (the others are counted). */
const APPS_NAMED = 3;

/**
 * infra.classifiedControlsPartial's finding about site `siteId`, which points at the site and its
 * applications. Its message is worked out when first read, from the site and the first applications
 * as the document has them now (`current`), kept with it. Why: the varied 100,000-element model has
 * 3,600 such findings, of sites hosting many applications, and making every name list and message
 * parameter at once was ~1 KB allocated per finding (3.7 MB per full check), all of it kept.
 */
function emitSite(ctx: CheckContext, emit: Emit, siteId: string, { site: met, apps, missing }: SiteEntry) {
  // in a full check the site met is the document's (`keptIsCurrent`): its ~3,900 findings on the
  // varied 100,000-element model looked each site up by id again
  const site = keptIsCurrent(ctx) ? met : ctx.doc.elements.get(siteId);
  const elements = new Array<string>(apps.length + 1);
  elements[0] = siteId;
  for (let i = 0; i < apps.length; i++) elements[i + 1] = apps[i].id;
  const named = apps.slice(0, APPS_NAMED).map((a) => current(ctx, a));
  if (site) emit.aboutWith(site, siteParams, named, missing, apps.length, elements);
  else emit(siteParams(site, named, missing, apps.length), { elements });
}

/** The message parameters of `emitSite`'s finding: `named` the first applications of the `count` it names. */
function siteParams(site: Element | undefined, named: readonly Element[], missing: number, count: number): Params {
  const controls = PROTECTING.filter((t) => missing & protectingBit(t)).map((t) => t.toUpperCase()).join(', ');
  return { site: q(site?.name), apps: nameList(named.map((a) => a.name), APPS_NAMED, count), controls };
}

export const INFRASTRUCTURE_RULES = [siteNoNetwork, networkSpeed, networkNoSite, siteHardware, siteSoftwarePlacement, siteRoleMissing, onSiteHostsNothing, sharedInfrastructure, myGovNet, classifiedControlsPartial];
export const CATEGORY_RULES = [wogSingleAgency, specificOtherAgencies];
