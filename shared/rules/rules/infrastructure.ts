/**
 * Rules on infrastructure (001 Jadual 3-1 label 7, §3.3.4 g; shared infrastructure §1.4.5, §4.2.2 c,
 * Jadual 4-1 A.1.a ix) and on the project category (001 §4.2.1).
 */
import type { DataFlow, Element, Network, Platform, Site } from '../../model/schema';
import type { SecurityControlType, SiteRole } from '../../model/vocabulary';
import { globalRule, localRule, q } from '../define';
import { nameList, nameOf, norm, rankOf, TERPERINGKAT_RANK } from '../helpers';
import { isolated } from './anchor-answers';
import { parentOf } from '../graph';
import type { CheckContext } from '../types';

export const siteNoNetwork = localRule({
  id: 'site.noNetwork',
  severity: 'warning',
  title: { ms: 'Setiap lokasi dihubungkan oleh rangkaian', en: 'Every site is connected by a network' },
  message: { ms: 'Lokasi {name} tidak dihubungkan oleh mana-mana rangkaian.', en: 'Site {name} is not connected by any network.' },
  source: '001 §3.3.4 g; Jadual 3-1 label 7',
  fixHint: { ms: 'Lukis hubungan "menghubungkan" daripada rangkaian (cth. IPVPN, MyGov*Net) ke lokasi ini.', en: 'Draw a "connects" relation from a network (e.g. IPVPN, MyGov*Net) to this site.' },
  elements: ['site'],
  reach: 2,
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    for (const n of ctx.graph.sources(id, 'connects')) if (n.kind === 'network') return;
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
  fixHint: { ms: 'Senaraikan perkakasan serta bilangan, dan perisian, bagi lokasi ini dalam pemeriksa.', en: 'List the hardware with quantities, and software, for this site in the inspector.' },
  elements: ['site'],
  reach: 0,
  checkItem(id, ctx, emit, s) {
    if (!(s.hardware ?? []).length) emit.about(s, nameOf);
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
  run(ctx, emit) {
    if (ctx.doc.meta.category !== 'agensiSpesifik') return;
    const agencies = agenciesInvolved(ctx);
    if (agencies.size > 1) emit({ count: agencies.size, agencies: [...agencies.values()].slice(0, 6).join(', ') });
  },
});

/** What a site hosting systems is for: stated, or said by its type (a DRC is for recovery, MyGovCloud and public cloud are cloud). */
export function siteRole(site: Site): SiteRole | undefined {
  if (site.role) return site.role;
  if (site.siteType === 'drc') return 'dr';
  if (site.siteType === 'myGovCloudCfa' || site.siteType === 'publicCloud') return 'cloud';
  return undefined;
}

export const siteRoleMissing = localRule({
  id: 'site.roleMissing',
  severity: 'warning',
  title: { ms: 'Lokasi yang menempatkan sistem menyatakan peranannya', en: 'A site hosting systems states its role' },
  message: {
    ms: 'Lokasi {name} menempatkan sistem tetapi tidak menyatakan peranannya (produksi, pemulihan bencana atau awan).',
    en: 'Site {name} hosts systems but does not state its role (production, disaster recovery or cloud).',
  },
  source: '001 §3.3.4 g; 003 §3.2.8; Jadual 4-1 A.1.a ix',
  fixHint: {
    ms: 'Pilih "Peranan lokasi" dalam pemeriksa: Produksi, Pemulihan bencana (DR) atau Awan, supaya penyemak melihat di mana perkhidmatan berjalan dan di mana salinannya (pusat data dan pusat pemulihan bencana, 003 §3.2.8).',
    en: 'Choose the "Site role" in the inspector: Production, Disaster recovery (DR) or Cloud, so a reviewer sees where the service runs and where its copies are (data centre and disaster-recovery centre, 003 §3.2.8).',
  },
  elements: ['site'],
  reach: 1,
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
  checkItem(id, ctx, emit, site) {
    if (site.siteType !== 'onSite' || isolated(ctx.graph, id) || ctx.graph.hasIncoming(id, 'hostedOn')) return;
    emit.about(site, nameOf);
  },
});

const PROTECTING: readonly SecurityControlType[] = ['hsm', 'siem', 'dlp'];
const APPLICATION_KINDS: ReadonlySet<string> = new Set(['application', 'module', 'appService']);

/**
 * The applications holding classified data (data terperingkat, 003 Takrifan 12): those accessing
 * it, and those a flow carrying it starts or ends at. Root applications, by id.
 */
function applicationsHoldingClassified(ctx: CheckContext): Map<string, Element> {
  const out = new Map<string, Element>();
  // a hub application ends thousands of flows: its root is looked up once
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const root = ctx.graph.rootApplication(id);
    if (root && APPLICATION_KINDS.has(root.kind)) out.set(root.id, root);
  };
  // a flow's ends come as elements (as the graph found them while indexing, on a full check): no
  // lookup by id for the ~75,000 ends of a large model's flows
  const seenEnds = new Set<Element>();
  const addEnd = (e: Element | undefined) => {
    if (!e || seenEnds.has(e)) return;
    seenEnds.add(e);
    const root = ctx.graph.rootFrom(e);
    if (root && APPLICATION_KINDS.has(root.kind)) out.set(root.id, root);
  };
  // a flow carrying several classified entities, or classified itself, adds its ends once: adding
  // them again changes nothing (the map keeps first-seen order)
  const done = new Set<DataFlow>();
  const addFlow = (f: DataFlow, source: Element | undefined, target: Element | undefined) => {
    if (done.has(f)) return false;
    done.add(f);
    addEnd(source);
    addEnd(target);
    return false;
  };
  ctx.graph.forEachOf('dataEntity', (e, id) => {
    if (e.kind !== 'dataEntity' || rankOf(e.classification) < TERPERINGKAT_RANK) return;
    for (const r of ctx.graph.incoming(id, 'accesses')) add(r.source);
    ctx.graph.someFlowCarrying(id, addFlow);
  });
  ctx.graph.forEachRelationOf('dataFlow', (f) => {
    if (f.kind !== 'dataFlow' || rankOf(f.classification) < TERPERINGKAT_RANK || done.has(f)) return;
    addEnd(ctx.graph.sourceOf(f));
    addEnd(ctx.graph.targetOf(f));
  });
  return out;
}

/**
 * Ids of the elements hosted on a site (`hostedOn` a site) and of all their ancestors (parent,
 * its parent…): an application's tree (`selfAndDescendants`) holds such an element exactly when
 * the application is listed here. Worked out from the hosting relations, so that the applications
 * holding classified data (10,000 of a large model) need not each walk their tree to find none.
 */
function treesHostedOnSites(ctx: CheckContext): Set<string> {
  const out = new Set<string>();
  ctx.graph.forEachRelationOf('hostedOn', (r) => {
    if (r.kind !== 'hostedOn' || ctx.graph.targetOf(r)?.kind !== 'site') return;
    let e = ctx.graph.sourceOf(r);
    if (!e) return;
    // up the parents while they exist; an id already listed has its ancestors listed
    let id: string | undefined = r.source;
    while (id !== undefined && !out.has(id)) {
      out.add(id);
      id = parentOf(e);
      e = id === undefined ? undefined : ctx.doc.elements.get(id);
      if (!e) break;
    }
  });
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
  source: '001 Jadual 3-1 label 7; 003 Takrifan 12, §3.2.4; Jadual 4-1 A.1.a vi',
  fixHint: {
    ms: 'Lukis hubungan "melindungi" daripada kawalan keselamatan ke lokasi ini (atau ke aplikasi itu sendiri), supaya data terperingkat dilindungi di setiap tempat ia berada, termasuk awan dan pusat pemulihan bencana.',
    en: 'Draw "protects" relations from the security controls to this site (or to the application itself), so classified data is protected wherever it is, cloud and disaster-recovery centre included.',
  },
  reads: ['el:dataEntity', 'el:application', 'el:module', 'el:appService', 'el:site', 'el:securityControl', 'rel:accesses', 'rel:dataFlow', 'rel:hostedOn', 'rel:protects'],
  run(ctx, emit) {
    // what each control type protects: sites directly, and the sites of the applications it protects
    const protectedBy = new Map<SecurityControlType, { sites: Set<string>; apps: Set<string> }>();
    for (const c of ctx.graph.elementsOf('securityControl')) {
      if (!PROTECTING.includes(c.controlType)) continue;
      let p = protectedBy.get(c.controlType);
      if (!p) protectedBy.set(c.controlType, (p = { sites: new Set(), apps: new Set() }));
      for (const t of ctx.graph.targets(c.id, 'protects')) {
        if (t.kind === 'site') p.sites.add(t.id);
        else if (APPLICATION_KINDS.has(t.kind)) p.apps.add(ctx.graph.rootOf(t)?.id ?? t.id);
      }
    }
    const active = [...protectedBy].filter(([, p]) => p.sites.size > 0 || p.apps.size > 0); // a control protecting nothing: element.impliedRelationMissing
    if (!active.length) return;
    // apps listed in first-seen order; the set answers "already listed?" (a list scan per app made a site hosting many applications quadratic)
    const bySite = new Map<string, { apps: Element[]; listed: Set<Element>; missing: Set<SecurityControlType> }>();
    // (a damaged file, whose items are not all under their own ids, walks every tree as it did)
    const hosting = ctx.graph.keysAreIds ? treesHostedOnSites(ctx) : null;
    for (const app of applicationsHoldingClassified(ctx).values()) {
      if (hosting && !hosting.has(app.id)) continue; // no part of its tree is hosted on a site
      for (const part of ctx.graph.selfAndDescendants(app.id)) {
        for (const site of ctx.graph.targets(part.id, 'hostedOn')) {
          if (site.kind !== 'site') continue;
          for (let i = 0; i < active.length; i++) {
            const type = active[i][0];
            const p = active[i][1];
            if (p.sites.has(site.id) || p.apps.has(app.id)) continue;
            let entry = bySite.get(site.id);
            if (!entry) bySite.set(site.id, (entry = { apps: [], listed: new Set(), missing: new Set() }));
            if (!entry.listed.has(app)) {
              entry.listed.add(app);
              entry.apps.push(app);
            }
            entry.missing.add(type);
          }
        }
      }
    }
    for (const [siteId, { apps, missing }] of bySite) {
      const controls = PROTECTING.filter((t) => missing.has(t)).map((t) => t.toUpperCase()).join(', ');
      emit({ site: q(ctx.doc.elements.get(siteId)?.name), apps: nameList(apps.map((a) => a.name), 3), controls }, { elements: [siteId, ...apps.map((a) => a.id)] });
    }
  },
});

export const INFRASTRUCTURE_RULES = [siteNoNetwork, networkSpeed, networkNoSite, siteHardware, siteRoleMissing, onSiteHostsNothing, sharedInfrastructure, myGovNet, classifiedControlsPartial];
export const CATEGORY_RULES = [wogSingleAgency, specificOtherAgencies];
