/**
 * What the portfolio keeps of one project: the elements compared across projects (applications,
 * services, data entities, data flows) with their normalised names and context, its registry and
 * repository use, DPI adoption, cross-agency flows, summary facts and check counts. Built once per
 * file, so a changed file is re-read alone (incremental analysis). Reads only fields that exist in
 * every document version and tolerates any of them missing.
 */
import { builtinCatalogueIndex, type CatalogueIndex } from '../catalogue/catalogue';
import { resolveCatalogueIndex } from '../catalogue/update';
import { searchableText } from '../catalogue/text';
import { endsName } from '../i18n';
import type { DataEntity, DataFlow, Element, LakarDocument, Relation } from '../model/schema';
import { projectCost } from '../model/proposal';
import { partTop } from '../model/part-top';
import { checkDocument } from '../rules';
import type { OverlapKind } from './data/settings';
import { agencyKey, nameTokens } from './normalise';

/** Context of an element for matching: generic process numbers, target groups, data, domain. */
export interface ItemContext {
  processes: number[];
  targets: string[];
  data: string[];
  /** Service domain id, else `sector:<id>`. */
  domain?: string;
  /** For data flows: `<from agency>><to agency>` keys. */
  agencies: string[];
  /** Target-group keys as people wrote them ("G2C Pencari Kerja"), for the reasons. */
  targetLabels?: Record<string, string>;
}

/** An element (or data flow) of one project, as the matcher sees it. */
export interface OverlapItem {
  kind: OverlapKind;
  id: string;
  name: string;
  tokens: string[];
  /** Owning agency (label) and its key. */
  agency: string;
  agencyKey: string;
  context: ItemContext;
}

/** How one project uses one registry or repository; element ids for click-through. */
export interface RegistryUse {
  ref: string;
  read: string[];
  recaptured: string[];
  declared: string[];
  /** True when the registry was recognised from the data's name, not declared (recaptured only). */
  inferred?: boolean;
}

export type DpiState = 'used' | 'declared' | 'none';
export const DPI_PLATFORMS = ['myDigitalId', 'ePaymentGateway', 'myGdx'] as const;
export type DpiPlatform = (typeof DPI_PLATFORMS)[number];

/** One data flow between two agencies. */
export interface AgencyFlow {
  from: string;
  to: string;
  method: string;
  relationId: string;
}

export interface CheckCounts {
  errors: number;
  warnings: number;
  advice: number;
}

export interface ProjectDigest {
  file: string;
  title: string;
  agency: string;
  agencyKey: string;
  sector?: string;
  category?: string;
  serviceDomain?: string;
  estimatedCost?: number;
  /** Services per E2E category (`unset` when not stated). */
  e2e: Record<string, number>;
  items: OverlapItem[];
  registries: RegistryUse[];
  dpi: Record<DpiPlatform, DpiState>;
  /** Flows whose two ends belong to different agencies. */
  flows: AgencyFlow[];
  check?: CheckCounts;
}

export interface DigestOptions {
  /** Run the WoG checker for the error/warning counts (default true). */
  check?: boolean;
}

const UNKNOWN_AGENCY = '?';

/** Relations of a document indexed by endpoint and kind. */
class RelationIndex {
  private readonly out = new Map<string, Relation[]>();
  private readonly in = new Map<string, Relation[]>();
  readonly flows: DataFlow[] = [];
  /** Data entity id → flows carrying it. */
  readonly carriers = new Map<string, DataFlow[]>();
  /** Parent id → child modules / application services. */
  readonly children = new Map<string, string[]>();

  constructor(doc: LakarDocument) {
    const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
      const l = m.get(k);
      if (l) l.push(v);
      else m.set(k, [v]);
    };
    for (const r of doc.relations.values()) {
      push(this.out, r.source, r);
      push(this.in, r.target, r);
      if (r.kind === 'dataFlow') {
        this.flows.push(r);
        for (const d of r.dataEntityIds ?? []) push(this.carriers, d, r);
      }
    }
    for (const e of doc.elements.values()) if ((e.kind === 'module' || e.kind === 'appService') && e.parentId) push(this.children, e.parentId, e.id);
  }

  outgoing(id: string, kind?: Relation['kind']): Relation[] {
    const l = this.out.get(id) ?? [];
    return kind ? l.filter((r) => r.kind === kind) : l;
  }
  incoming(id: string, kind?: Relation['kind']): Relation[] {
    const l = this.in.get(id) ?? [];
    return kind ? l.filter((r) => r.kind === kind) : l;
  }
  /** `id` and its modules and application services, transitively. */
  family(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length && out.length < 10_000; i++) for (const c of this.children.get(out[i]) ?? []) if (!out.includes(c)) out.push(c);
    return out;
  }
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function targetKey(e: Element): string | undefined {
  if (e.kind !== 'targetGroup') return undefined;
  const what = nameTokens(e.subcategory || e.group || e.name).tokens.join(' ');
  return `${e.lifecycle}:${what}`;
}

function dataKeys(e: Element | undefined): string[] {
  if (!e || e.kind !== 'dataEntity') return [];
  const out = nameTokens(e.name).tokens.map((t) => `w:${t}`);
  if (e.registryRef) out.push(`ref:${e.registryRef}`);
  if (e.repositoryRef) out.push(`ref:${e.repositoryRef}`);
  return out;
}

/** Digest `doc` read from `file`. */
export function digestProject(file: string, doc: LakarDocument, options: DigestOptions = {}): ProjectDigest {
  const meta = doc.meta ?? ({ title: '' } as LakarDocument['meta']);
  const rel = new RelationIndex(doc);
  const elements = doc.elements.values();
  const byId = doc.elements;
  const firstAppAgency = elements.find((e): e is Extract<Element, { kind: 'application' }> => e.kind === 'application' && !!e.agency?.trim())?.agency;
  const own = agencyKey(meta.pemilikProjek || meta.penerajuProjek || meta.agensiInduk || firstAppAgency) ?? { key: UNKNOWN_AGENCY, label: UNKNOWN_AGENCY };
  const sectorDomain = meta.sector ? `sector:${meta.sector}` : undefined;

  const projectTargets = uniq(elements.map(targetKey).filter((t): t is string => !!t));
  const targetLabels: Record<string, string> = {};
  for (const e of elements) {
    const key = targetKey(e);
    if (key && e.kind === 'targetGroup' && !(key in targetLabels)) targetLabels[key] = `${e.lifecycle} ${e.subcategory || e.group || e.name}`;
  }
  const processNo = (id: string): number | undefined => {
    const p = byId.get(id);
    return p?.kind === 'process' ? p.genericProcess : undefined;
  };
  const supported = (ids: string[]) => uniq(ids.flatMap((id) => rel.outgoing(id, 'supports').map((r) => processNo(r.target)).filter((n): n is number => n !== undefined)));
  const accessed = (ids: string[]) => uniq(ids.flatMap((id) => rel.outgoing(id, 'accesses').flatMap((r) => dataKeys(byId.get(r.target)))));

  const agencyOfElement = (id: string): { key: string; label: string } => {
    // up a part's parents to what heads its tree; parents in a cycle (a hand-edited file) lead to
    // none, as a missing parent does (a recursion overflowed the stack on a cycle)
    const e = partTop(byId, id);
    if (!e) return own;
    if (e.kind === 'externalSystem') return e.internal ? own : (agencyKey(e.agency) ?? agencyKey(e.name) ?? own);
    if (e.kind === 'application') return agencyKey(e.agency) ?? own;
    return own;
  };

  const items: OverlapItem[] = [];
  const item = (kind: OverlapKind, id: string, name: string, tokens: string[], agency: { key: string; label: string }, context: Partial<ItemContext>) => {
    if (!tokens.length) return;
    items.push({ kind, id, name, tokens, agency: agency.label, agencyKey: agency.key, context: { processes: [], targets: [], data: [], agencies: [], ...context, ...(context.targets?.length ? { targetLabels } : {}) } });
  };

  for (const e of elements) {
    if (e.kind === 'application') {
      const fam = rel.family(e.id);
      item('application', e.id, e.name, nameTokens(e.name).tokens, agencyKey(e.agency) ?? own, {
        processes: supported(fam),
        targets: projectTargets,
        data: accessed(fam),
        domain: meta.serviceDomain || sectorDomain,
      });
    } else if (e.kind === 'service') {
      const procs = rel.outgoing(e.id, 'realizes').map((r) => r.target);
      const channels = rel.incoming(e.id, 'delivers').map((r) => r.source);
      const targets = uniq(channels.flatMap((c) => rel.incoming(c, 'uses').map((r) => targetKey(byId.get(r.source)!)).filter((t): t is string => !!t)));
      const apps = uniq(procs.flatMap((p) => rel.incoming(p, 'supports').map((r) => r.source)));
      item('service', e.id, e.name, nameTokens(e.name).tokens, agencyKey(e.agency) ?? own, {
        processes: uniq(procs.map(processNo).filter((n): n is number => n !== undefined)),
        targets: targets.length ? targets : projectTargets,
        data: accessed(apps.flatMap((a) => rel.family(a))),
        domain: e.serviceDomain || meta.serviceDomain || sectorDomain,
      });
    } else if (e.kind === 'dataEntity') {
      const users = rel.incoming(e.id, 'accesses').map((r) => r.source);
      const data = (e.fields ?? []).flatMap((f) => nameTokens(f.name).tokens.map((t) => `f:${t}`));
      if (e.registryRef) data.push(`ref:${e.registryRef}`);
      if (e.repositoryRef) data.push(`ref:${e.repositoryRef}`);
      item('dataEntity', e.id, e.name, nameTokens(e.name).tokens, agencyKey(e.ownerAgency) ?? own, {
        processes: supported(users),
        data: uniq(data),
        domain: meta.serviceDomain || sectorDomain,
      });
    }
  }

  const flows: AgencyFlow[] = [];
  for (const f of rel.flows) {
    const a = agencyOfElement(f.source);
    const b = agencyOfElement(f.target);
    const [from, to] = f.direction === 'receives' ? [b, a] : [a, b];
    const method = f.method ?? 'other';
    if (from.key !== to.key) {
      flows.push({ from: from.label, to: to.label, method, relationId: f.id });
      if (f.direction === 'both') flows.push({ from: to.label, to: from.label, method, relationId: f.id });
    }
    const carried = (f.dataEntityIds ?? []).map((d) => byId.get(d)).filter((d): d is DataEntity => d?.kind === 'dataEntity');
    const label = f.label?.trim() || carried.map((d) => d.name).join(', ');
    const tokens = uniq([...nameTokens(f.label).tokens, ...carried.flatMap((d) => nameTokens(d.name).tokens)]);
    item('dataFlow', f.id, label || endsName(byId.get(f.source)?.name ?? '?', byId.get(f.target)?.name ?? '?'), tokens, from, {
      agencies: [`${from.key}>${to.key}`],
      data: uniq(carried.flatMap((d) => dataKeys(d))),
      domain: meta.serviceDomain || sectorDomain,
    });
  }

  const e2e: Record<string, number> = {};
  for (const e of elements) if (e.kind === 'service') e2e[e.e2eCategory ?? 'unset'] = (e2e[e.e2eCategory ?? 'unset'] ?? 0) + 1;

  const check = options.check === false ? undefined : checkCounts(doc);
  return {
    file,
    title: meta.title?.trim() || file,
    agency: own.label,
    agencyKey: own.key,
    sector: meta.sector,
    category: meta.category,
    serviceDomain: meta.serviceDomain,
    estimatedCost: projectCost(meta),
    e2e,
    items,
    registries: registryUses(doc, rel, catalogueOf(doc)),
    dpi: dpiAdoption(doc, rel),
    flows,
    check,
  };
}

function checkCounts(doc: LakarDocument): CheckCounts | undefined {
  try {
    const { counts } = checkDocument(doc);
    return { errors: counts.error, warnings: counts.warning, advice: counts.advice };
  } catch {
    // A document from a newer or older schema may trip a rule: the portfolio still shows the rest.
    return undefined;
  }
}

function catalogueOf(doc: LakarDocument): CatalogueIndex {
  if (!doc.meta?.catalogueUpdate) return builtinCatalogueIndex();
  try {
    return resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex);
  } catch {
    return builtinCatalogueIndex();
  }
}

/** Registry/repository use of a project: read through a flow, captured again, or only declared (001 §2.6.1–2.6.2). */
function registryUses(doc: LakarDocument, rel: RelationIndex, catalogue: CatalogueIndex): RegistryUse[] {
  const uses = new Map<string, RegistryUse>();
  const use = (ref: string) => {
    let u = uses.get(ref);
    if (!u) uses.set(ref, (u = { ref, read: [], recaptured: [], declared: [] }));
    return u;
  };
  for (const e of doc.elements.values()) {
    if (e.kind !== 'dataEntity') continue;
    const capturers = rel.incoming(e.id, 'accesses').filter((r) => r.kind === 'accesses' && r.access === 'capture').map((r) => r.source);
    const carriers = rel.carriers.get(e.id) ?? [];
    const refs = [e.registryRef, e.repositoryRef].filter((r): r is string => !!r);
    for (const ref of refs) {
      const u = use(ref);
      if (carriers.length) u.read.push(e.id, ...carriers.map((f) => f.id));
      if (capturers.length) u.recaptured.push(e.id, ...capturers);
      if (!carriers.length && !capturers.length) u.declared.push(e.id);
    }
    if (!refs.length && capturers.length) {
      const registry = catalogue.registryMatching(searchableText([e.name, ...(e.fields ?? []).map((f) => f.name)]));
      if (registry) {
        const u = use(registry.id);
        u.recaptured.push(e.id, ...capturers);
        if (!u.read.length && !u.declared.length) u.inferred = true;
      }
    }
  }
  return [...uses.values()].map((u) => ({ ...u, read: uniq(u.read), recaptured: uniq(u.recaptured), declared: uniq(u.declared) }));
}

/** MyDigital ID, ePayment and MyGDX (001 §2.7.3): used (linked), declared (drawn, unlinked) or none. */
function dpiAdoption(doc: LakarDocument, rel: RelationIndex): Record<DpiPlatform, DpiState> {
  const out: Record<DpiPlatform, DpiState> = { myDigitalId: 'none', ePaymentGateway: 'none', myGdx: 'none' };
  for (const e of doc.elements.values()) {
    if (e.kind !== 'platform' || !(DPI_PLATFORMS as readonly string[]).includes(e.platformType)) continue;
    const type = e.platformType as DpiPlatform;
    const linked = rel.incoming(e.id).length + rel.outgoing(e.id).length > 0;
    if (linked) out[type] = 'used';
    else if (out[type] === 'none') out[type] = 'declared';
  }
  if (rel.flows.some((f) => f.method === 'myGdx')) out.myGdx = 'used';
  return out;
}
