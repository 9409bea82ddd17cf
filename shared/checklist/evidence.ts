/**
 * What the model shows for each A.1.a item (evidence lines, with catalogue names, never ids), what
 * is missing for Lakar to judge it (`unchecked`), what is missing from the agency's own statements
 * (`gaps`), and when the item does not apply (`notApplicable`).
 */
import { label, formatIsoDate, type Lang } from '../i18n';
import type { CatalogueIndex } from '../catalogue/catalogue';
import type { DataFlow, Element, ElementOf, ElementKind, LakarDocument, Relation } from '../model/schema';
import { CLASSIFICATIONS, FLOW_METHODS, LIFECYCLES, type ChecklistNo } from '../model/vocabulary';
import { CHECKLIST_STRINGS, fill } from './strings';
import { isInternalSystem, otherAgencySystem } from './agencies';
import { directionsOf, serviceEnds, sharingApprovalOf } from '../export/idd/services';
import { dataCopies, retainedList, spreadList } from './copies';

export { isInternalSystem } from './agencies';

export interface ItemEvidence {
  lines: string[];
  /** Why Lakar cannot judge the item from the model (status Belum disemak). */
  unchecked: string[];
  /** What the agency still has to state (status Perlu jawapan agensi). */
  gaps: string[];
  /** Why the item does not apply (status Tidak berkaitan). */
  notApplicable?: string;
}

/** Lookups the evidence needs, built once. */
class Model {
  private readonly byKind = new Map<ElementKind, Element[]>();
  private readonly relationsByKind = new Map<string, Relation[]>();
  readonly flows: DataFlow[];
  constructor(readonly doc: LakarDocument) {
    // appended in place: copying the kind's list per element made a 100,000-element model quadratic
    for (const e of doc.elements.values()) {
      const list = this.byKind.get(e.kind);
      if (list) list.push(e);
      else this.byKind.set(e.kind, [e]);
    }
    // the relations table is read once (Object.values of a large record is costly), grouped by kind
    for (const r of doc.relations.values()) {
      const list = this.relationsByKind.get(r.kind);
      if (list) list.push(r);
      else this.relationsByKind.set(r.kind, [r]);
    }
    this.flows = this.relations('dataFlow') as DataFlow[];
  }
  of<K extends ElementKind>(kind: K): ElementOf<K>[] {
    return (this.byKind.get(kind) ?? []) as ElementOf<K>[];
  }
  name(id: string): string {
    return this.doc.elements.get(id)?.name ?? id;
  }
  relations(kind: string): Relation[] {
    return this.relationsByKind.get(kind) ?? [];
  }
}

/** Distinct non-empty names joined with commas. */
const join = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))].join(', ');
/** Names listed in full in one evidence line; past this, the first ones and "dan N lagi". */
const LIST_MAX = 30;
/** Names joined, at most `max` of them, then "dan N lagi" (imported models can have hundreds). */
function joinSome(names: (string | undefined)[], lang: Lang, max = 8): string {
  const all = [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))];
  if (all.length <= max) return all.join(', ');
  return fill(CHECKLIST_STRINGS[lang].ev.more, { names: all.slice(0, max).join(', '), n: all.length - max });
}

/** Entries joined with `sep`, at most LIST_MAX of them, then "dan N lagi". */
function listSome(entries: string[], lang: Lang, sep: string): string {
  if (entries.length <= LIST_MAX) return entries.join(sep);
  return fill(CHECKLIST_STRINGS[lang].ev.more, { names: entries.slice(0, LIST_MAX).join(sep), n: entries.length - LIST_MAX });
}


/** Evidence of the nine items, in `lang`. */
export function checklistEvidence(doc: LakarDocument, lang: Lang, catalogue: CatalogueIndex): Record<ChecklistNo, ItemEvidence> {
  const s = CHECKLIST_STRINGS[lang];
  // a list in one evidence line names at most LIST_MAX: an imported model's 5,000 systems would make
  // one unreadable 40,000-character line in the panel and pages of it in the paper
  const join = (names: (string | undefined)[]) => joinSome(names, lang, LIST_MAX);
  const ev = s.ev;
  const m = new Model(doc);
  const item = (): ItemEvidence => ({ lines: [], unchecked: [], gaps: [] });
  const out = { i: item(), ii: item(), iii: item(), iv: item(), v: item(), vi: item(), vii: item(), viii: item(), ix: item() } as Record<ChecklistNo, ItemEvidence>;
  const domainName = (id: string | undefined) => (id ? (catalogue.refName(id, lang) ?? id) : '');

  // i — services, their E2E category, domain and sector
  const services = m.of('service');
  if (services.length === 0) out.i.unchecked.push(s.reason.noServices);
  for (const sv of services.slice(0, LIST_MAX)) {
    out.i.lines.push(fill(ev.service, { name: sv.name, e2e: label(lang, 'e2eCategory', sv.e2eCategory) || '—', domain: domainName(sv.serviceDomain ?? doc.meta.serviceDomain) || '—' }));
  }
  if (services.length > LIST_MAX) out.i.lines.push(fill(ev.more, { names: '…', n: services.length - LIST_MAX }));
  if (doc.meta.sector) out.i.lines.push(fill(ev.sector, { sector: label(lang, 'sector', doc.meta.sector) }));

  // ii — target groups and the benefit to each
  const groups = m.of('targetGroup');
  if (groups.length === 0) out.ii.unchecked.push(s.reason.noTargetGroups);
  for (const lc of LIFECYCLES) {
    const names = join(groups.filter((g) => g.lifecycle === lc).map((g) => g.name));
    if (names) out.ii.lines.push(fill(ev.groups, { lifecycle: lc, names: joinSome(groups.filter((g) => g.lifecycle === lc).map((g) => g.name), lang, 12) }));
  }
  const benefits = new Map((doc.meta.targetGroupBenefits ?? []).map((b) => [b.targetGroupId, b]));
  for (const g of groups) {
    const b = benefits.get(g.id);
    if (b?.benefit?.trim()) out.ii.lines.push(fill(ev.benefit, { group: g.name, benefit: b.benefit.trim() }));
  }
  const withoutBenefit = groups.filter((g) => !benefits.get(g.id)?.benefit?.trim());
  if (groups.length > 0 && withoutBenefit.length > 0) out.ii.gaps.push(fill(s.reason.noBenefits, { names: joinSome(withoutBenefit.map((g) => g.name), lang) }));
  const outcomes = doc.meta.expectedOutcomes;
  const outcomeText = [outcomes?.pengoptimumanKos, outcomes?.pengoptimumanSumber, outcomes?.pulanganNilaiTerbaik].filter(Boolean).join(' ');
  if (outcomeText) out.ii.lines.push(fill(ev.outcomes, { text: outcomeText }));

  // iii — RASA, processes mapped to Rajah 3-2, applications
  const apps = m.of('application');
  const rasa = doc.meta.agencyApplications;
  if (!rasa) out.iii.unchecked.push(s.reason.noRasa);
  else {
    // what the list covers, so "no overlap" is read against it: the item asks about the same function
    // "dari agensi lain", not only the project's sector (001 Jadual 4-1 A.1.a iii; Jadual 2-2 persona 3 names SPA9)
    const sectors = [...new Set(rasa.entries.map((e) => e.sector).filter((x) => x !== undefined))];
    const noSector = rasa.entries.filter((e) => !e.sector).length;
    const covers = [...sectors.map((x) => label(lang, 'sector', x)), ...(noSector ? [fill(ev.rasaNoSector, { n: noSector })] : [])].join(', ') || '—';
    out.iii.lines.push(fill(ev.rasa, { date: formatIsoDate(rasa.importedAt, lang), file: rasa.importedFrom, n: rasa.entries.length, sectors: covers }));
    if (doc.meta.sector && rasa.entries.length > 0 && rasa.entries.every((e) => e.sector === doc.meta.sector)) {
      out.iii.gaps.push(fill(s.reason.rasaOwnSectorOnly, { sector: label(lang, 'sector', doc.meta.sector) }));
    }
  }
  const processes = m.of('process');
  if (processes.length > 0) {
    out.iii.lines.push(fill(ev.processes, { n: processes.length, m: processes.filter((p) => p.genericProcess).length }));
    const unmapped = processes.filter((p) => !p.genericProcess);
    if (unmapped.length) out.iii.lines.push(fill(ev.unmapped, { names: joinSome(unmapped.map((p) => p.name), lang) }));
  }
  if (apps.length === 0) out.iii.unchecked.push(s.reason.noApplications);
  else out.iii.lines.push(fill(ev.apps, { names: join(apps.map((a) => (a.category ? `${a.name} (${label(lang, 'applicationCategory', a.category)})` : a.name))) }));

  // iv — related functions of the same agency and of other agencies
  const systems = m.of('externalSystem');
  const internal = systems.filter((x) => isInternalSystem(doc, x));
  const external = systems.filter((x) => !isInternalSystem(doc, x));
  if (internal.length) out.iv.lines.push(fill(ev.internal, { names: join(internal.map((x) => (x.agency ? `${x.name} (${x.agency})` : x.name))) }));
  if (external.length) out.iv.lines.push(fill(ev.external, { names: join(external.map((x) => (x.agency ? `${x.name} (${x.agency})` : x.name))) }));
  const deps = doc.meta.dependencies ?? [];
  if (deps.length) out.iv.lines.push(fill(ev.dependencies, { names: join(deps.map((d) => (d.agency ? `${d.name} (${d.agency})` : d.name))) }));
  if (apps.length === 0 && systems.length === 0) out.iv.unchecked.push(s.reason.noApplications);
  if (doc.meta.category === 'agensiSpesifik' && external.length === 0) out.iv.notApplicable = s.reason.singleAgency;

  // v — data captured, processed, stored and published
  const entities = m.of('dataEntity');
  const accesses = m.relations('accesses');
  const byAccess = (a: string) => join(accesses.filter((r) => 'access' in r && r.access === a).map((r) => `${m.name(r.target)} (${m.name(r.source)})`));
  for (const [key, access] of [
    ['captured', 'capture'],
    ['read', 'read'],
    ['written', 'write'],
  ] as const) {
    const names = byAccess(access);
    if (names) out.v.lines.push(fill(ev[key], { names }));
  }
  if (m.flows.length) {
    const counts = FLOW_METHODS.map((fm) => [fm, m.flows.filter((f) => f.method === fm).length] as const).filter(([, n]) => n > 0);
    out.v.lines.push(fill(ev.flows, { n: m.flows.length, methods: counts.map(([fm, n]) => `${label(lang, 'flowMethod', fm)} ${n}`).join(', ') || '—' }));
  }
  for (const e of entities) {
    const lc = e.dataLifecycle;
    if (!lc) continue;
    const parts = [
      lc.storedAt ? fill(ev.stored, { where: lc.storedAt }) : '',
      lc.published === true ? fill(ev.published, { via: lc.publishedVia || '—' }) : lc.published === false ? ev.notPublished : '',
      lc.retention ? fill(ev.retention, { retention: lc.retention }) : '',
    ].filter(Boolean);
    if (parts.length) out.v.lines.push(fill(ev.dataLifecycle, { name: e.name, parts: parts.join('; ') }));
  }
  if (entities.length === 0) out.v.unchecked.push(s.reason.noData);
  else if (m.flows.length === 0 && accesses.length === 0) out.v.unchecked.push(s.reason.noDataUse);
  const noLifecycle = entities.filter((e) => !e.dataLifecycle?.storedAt || e.dataLifecycle.published === undefined);
  if (noLifecycle.length) out.v.gaps.push(fill(s.reason.noLifecycle, { names: joinSome(noLifecycle.map((e) => e.name), lang) }));

  // vi — security, privacy, legitimate sources and sharing approvals
  if (entities.length === 0) out.vi.unchecked.push(s.reason.noData);
  const byClass = [...CLASSIFICATIONS].reverse().map((c) => [c, join(entities.filter((e) => e.classification === c).map((e) => e.name))] as const).filter(([, n]) => n);
  if (byClass.length) out.vi.lines.push(fill(ev.classified, { list: byClass.map(([c, n]) => `${label(lang, 'classification', c)} — ${n}`).join('; ') }));
  const personal = join(entities.filter((e) => e.personalData).map((e) => e.name));
  if (personal) out.vi.lines.push(fill(ev.personal, { names: personal }));
  const controls = m.of('securityControl');
  if (controls.length) out.vi.lines.push(fill(ev.controls, { names: join(controls.map((c) => c.name)) }));
  else if (entities.length) out.vi.lines.push(ev.noControls);
  const authoritative = entities.filter((e) => e.registryRef || e.repositoryRef);
  if (authoritative.length) out.vi.lines.push(fill(ev.authoritative, { names: join(authoritative.map((e) => e.name)) }));
  // each direction in which another agency's system supplies data, with that direction's approval
  // (a two-way flow is two sharings, each approved by its supplier: 003 §2.4.2 iv)
  const supplied = m.flows.flatMap((f) =>
    directionsOf(f).flatMap((d) => {
      const supplier = otherAgencySystem(doc, serviceEnds(f, d).supplierId);
      return supplier ? [{ supplier, approval: sharingApprovalOf(doc, f, d) }] : [];
    }),
  );
  const supplierOf = ({ supplier: e }: (typeof supplied)[number]) => (e.agency ? `${e.name} (${e.agency})` : e.name);
  for (const x of supplied) {
    const a = x.approval;
    if (!a) continue;
    out.vi.lines.push(
      fill(ev.approval, {
        supplier: supplierOf(x),
        instrument: a.instrument ? label(lang, 'sharingInstrument', a.instrument) : '—',
        status: label(lang, 'sharingApprovalStatus', a.status),
        date: a.date ? `, ${formatIsoDate(a.date, lang)}` : '',
      }),
    );
  }
  // a direction whose supplier has not (yet) consented is not a settled answer, whatever the agency wrote (PKPA 2/2021 para 12 a)
  const pending = supplied.filter((x) => x.approval && x.approval.status !== 'diluluskan');
  if (pending.length) {
    const list = pending.map((x) => `${supplierOf(x)} — ${label(lang, 'sharingApprovalStatus', x.approval!.status)}`);
    out.vi.gaps.push(fill(s.reason.approvalPending, { list: listSome([...new Set(list)], lang, '; ') }));
  }
  const unapproved = supplied.filter((x) => !x.approval);
  if (unapproved.length) out.vi.gaps.push(fill(s.reason.noApproval, { names: joinSome(unapproved.map(supplierOf), lang) }));

  // vii — common data from registries and repositories
  if (entities.length === 0) out.vii.unchecked.push(s.reason.noData);
  const refName = (ref: string) => catalogue.refName(ref, lang) ?? ref;
  if (authoritative.length) {
    out.vii.lines.push(fill(ev.withRef, { list: listSome(authoritative.map((e) => `${e.name} — ${[e.registryRef, e.repositoryRef].filter((x): x is string => !!x).map(refName).join(', ')}`), lang, '; ') }));
  }
  const noRef = entities.filter((e) => !e.registryRef && !e.repositoryRef);
  if (noRef.length && entities.length) out.vii.lines.push(fill(ev.withoutRef, { names: joinSome(noRef.map((e) => e.name), lang) }));
  const carried = new Map<string, number>();
  for (const f of m.flows) for (const id of f.dataEntityIds ?? []) carried.set(id, (carried.get(id) ?? 0) + 1);
  const shared = join([...carried].filter(([, n]) => n > 1).map(([id]) => m.name(id)));
  if (shared) out.vii.lines.push(fill(ev.shared, { names: shared }));
  // copies of data against the once-only principle (§3.2.1 c, §3.2.3 b), named so an answer of "no copies" can be read against them
  const copies = dataCopies(doc);
  if (copies.spread.length) out.vii.lines.push(fill(ev.copiesSpread, { list: spreadList(copies.spread, lang) }));
  if (copies.retained.length) out.vii.lines.push(fill(ev.copiesRetained, { list: retainedList(copies.retained, lang) }));
  const domainIds = [...new Set([...services.map((x) => x.serviceDomain), doc.meta.serviceDomain].filter((d): d is string => !!d))];
  const known = domainIds.map((id) => catalogue.domains.get(id)).filter((d) => d !== undefined);
  const industry = known.filter((d) => d.industry);
  if (industry.length) out.vii.lines.push(fill(ev.domainIndustry, { domains: join(industry.map((d) => d.name[lang])) }));
  else if (known.length > 0 && known.length === domainIds.length && authoritative.length === 0) out.vii.notApplicable = fill(s.reason.notIndustry, { domains: join(known.map((d) => d.name[lang])) });

  // viii — MyDigital ID, ePayment Gateway, MyGDX
  const platforms = m.of('platform');
  // users of each platform, in relation order (filtering every relation per platform was platforms × relations)
  const usersOf = new Map<string, string[]>();
  for (const r of m.relations('usesPlatform')) {
    const list = usersOf.get(r.target);
    if (list) list.push(r.source);
    else usersOf.set(r.target, [r.source]);
  }
  const hasPayment = m.of('process').some((p) => p.genericProcess === 14);
  if (apps.length === 0) out.viii.unchecked.push(s.reason.noApplications);
  for (const type of ['myDigitalId', 'ePaymentGateway', 'myGdx'] as const) {
    const els = platforms.filter((p) => p.platformType === type);
    const users = join(els.flatMap((p) => (usersOf.get(p.id) ?? []).map((id) => m.name(id))));
    const viaFlows = type === 'myGdx' ? m.flows.filter((f) => f.method === 'myGdx') : [];
    const used = els.length > 0 || viaFlows.length > 0;
    const parts = [used ? ev.used : type === 'ePaymentGateway' && !hasPayment ? ev.paymentNa : ev.notUsed];
    if (users) parts.push(fill(ev.via, { names: users }));
    if (viaFlows.length) parts.push(fill(ev.viaFlows, { n: viaFlows.length, names: join(viaFlows.map((f) => `${m.name(f.source)} – ${m.name(f.target)}`)) }));
    out.viii.lines.push(`${label(lang, 'platformType', type)}: ${parts.join('; ')}`);
  }

  // ix — shared infrastructure and advanced technology (MyGovCloud counts as cloud)
  const sites = m.of('site');
  if (sites.length === 0) out.ix.unchecked.push(s.reason.noSites);
  const sharedTypes = new Set(['pdsaJdn', 'myGovCloudCfa', 'drc']);
  const sharedSites = sites.filter((x) => sharedTypes.has(x.siteType));
  if (sharedSites.length) out.ix.lines.push(fill(ev.sharedSites, { names: join(sharedSites.map((x) => x.name)) }));
  const otherSites = sites.filter((x) => !sharedTypes.has(x.siteType));
  if (otherSites.length) out.ix.lines.push(fill(ev.otherSites, { names: join(otherSites.map((x) => x.name)) }));
  const networks = m.of('network');
  if (networks.length) out.ix.lines.push(fill(ev.networks, { names: join(networks.map((n) => n.name)) }));
  const declared = doc.meta.advancedTechnologies;
  if (declared === undefined) out.ix.gaps.push(s.reason.noAdvancedAnswer);
  else if (declared.length === 0) out.ix.lines.push(ev.advancedNone);
  else out.ix.lines.push(fill(ev.advancedDeclared, { list: declared.map((t) => label(lang, 'advancedTechnology', t)).join(', ') }));
  const seen = advancedInModel(m, lang);
  if (seen.length) out.ix.lines.push(fill(ev.advancedSeen, { list: seen.join('; ') }));
  return out;
}

/** Advanced technology the model itself shows: cloud sites and platforms (MyGovCloud@CFA, MyGovCloud, public cloud), AI/blockchain named in elements. */
function advancedInModel(m: Model, lang: Lang): string[] {
  const ev = CHECKLIST_STRINGS[lang].ev;
  const cloud = [...m.of('site').filter((x) => x.siteType === 'myGovCloudCfa' || x.siteType === 'publicCloud'), ...m.of('platform').filter((p) => p.platformType === 'myGovCloud')].map((e) => e.name);
  const named = (pattern: RegExp) => join(m.doc.elements.values().filter((e) => pattern.test(`${e.name} ${e.description ?? ''}`)).map((e) => e.name));
  const out: string[] = [];
  const cloudNamed = named(/\b(cloud|awan)\b/i);
  const cloudAll = join([...cloud, ...(cloudNamed ? cloudNamed.split(', ') : [])]);
  if (cloudAll) out.push(fill(ev.cloudFrom, { names: cloudAll }));
  const ai = named(/\b(AI|kecerdasan buatan|artificial intelligence|machine learning|pembelajaran mesin)\b/i);
  if (ai) out.push(`${label(lang, 'advancedTechnology', 'ai')} (${ai})`);
  const chain = named(/\b(blockchain|rantaian blok)\b/i);
  if (chain) out.push(`${label(lang, 'advancedTechnology', 'blockchain')} (${chain})`);
  return out;
}
