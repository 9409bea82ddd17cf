/**
 * Application trees as a hand-edited or damaged file may have them, which Lakar still opens and
 * checks: modules naming each other as parents (a pair, a ring of 42, a module its own parent, an
 * application service below a cycle) and a chain of 45–59 modules each under the one before, under
 * an application. Parts of them read classified data, send it to the agency's own system and run at
 * sites, some protected by an HSM, SIEM and DLP and some not, so that rules reading a part's top
 * application or an application's parts (infra.classifiedControlsPartial, agencies, platforms) have
 * something to say about them.
 */
import type { Element, LakarDocument, Relation } from '../../shared/model/schema';
import { makeDocument, makeElement, makeRelation } from './factories';

/** Ids the damaged trees use (all start `dt_`). */
export const DAMAGED = {
  chainApp: 'dt_app_chain',
  chain: (i: number) => `dt_chain_${i}`,
  ring: (i: number) => `dt_ring_${i}`,
  data: 'dt_de_rahsia',
  unprotectedSite: 'dt_site_drc',
} as const;

/**
 * The elements and relations of the damaged trees, their choices made by `seed`; `sites` are sites
 * of the document they join; `chainLength` modules in the chain (45–59 by `seed` when not given).
 */
export function damagedTrees(seed: number, sites: readonly string[] = [], chainLength?: number): { elements: Element[]; relations: Relation[] } {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const mod = (id: string, name: string, parentId: string) => makeElement('module', { id, name, parentId });
  // drawn even when given, so that the other choices stay those of `seed`
  const drawnLength = 45 + Math.floor(rand() * 15);
  chainLength ??= drawnLength;
  const elements: Element[] = [
    makeElement('dataEntity', { id: DAMAGED.data, name: 'Rekod Rahsia', classification: 'rahsia' }),
    makeElement('site', { id: 'dt_site_pdsa', name: 'PDSA Rosak', siteType: 'pdsaJdn' }),
    makeElement('site', { id: DAMAGED.unprotectedSite, name: 'DRC Rosak', siteType: 'drc' }),
    makeElement('securityControl', { id: 'dt_hsm', name: 'HSM Rosak', controlType: 'hsm' }),
    makeElement('securityControl', { id: 'dt_siem', name: 'SIEM Rosak', controlType: 'siem' }),
    makeElement('securityControl', { id: 'dt_dlp', name: 'DLP Rosak', controlType: 'dlp' }),
    makeElement('application', { id: DAMAGED.chainApp, name: 'Sistem Rantai', agency: 'Agensi A' }),
    ...Array.from({ length: chainLength }, (_, i) => mod(DAMAGED.chain(i), `Rantai ${i}`, i ? DAMAGED.chain(i - 1) : DAMAGED.chainApp)),
    ...Array.from({ length: 42 }, (_, i) => mod(DAMAGED.ring(i), `Cincin ${i}`, DAMAGED.ring((i + 41) % 42))),
    mod('dt_pair_a', 'Pasangan A', 'dt_pair_b'),
    mod('dt_pair_b', 'Pasangan B', 'dt_pair_a'),
    makeElement('appService', { id: 'dt_pair_service', name: 'Servis Pasangan', parentId: 'dt_pair_a' }),
    mod('dt_self', 'Modul Diri', 'dt_self'),
    makeElement('externalSystem', { id: 'dt_own', name: 'Sistem Dalaman Rosak', internal: true }),
    makeElement('externalSystem', { id: 'dt_other', name: 'Sistem Agensi B', agency: 'Agensi B' }),
  ];
  const allSites = [...sites, 'dt_site_pdsa', DAMAGED.unprotectedSite];
  const relations: Relation[] = [
    ...['dt_hsm', 'dt_siem', 'dt_dlp'].map((c) => makeRelation('protects', c, 'dt_site_pdsa', { id: `${c}_protects` })),
    // the end of the chain reads the Rahsia record and runs at the unprotected DRC: its top, the application, is named there
    makeRelation('accesses', DAMAGED.chain(chainLength - 1), DAMAGED.data, { id: 'dt_chain_reads' }),
    makeRelation('hostedOn', DAMAGED.chain(chainLength - 1), DAMAGED.unprotectedSite, { id: 'dt_chain_hosted' }),
    makeRelation('dataFlow', 'dt_own', DAMAGED.chain(50 % chainLength), { id: 'dt_own_flow', classification: 'rahsia', method: 'api' } as Partial<Relation>),
    makeRelation('hostedOn', 'dt_own', pick(allSites), { id: 'dt_own_hosted' }),
  ];
  const parts = elements.filter((e) => e.kind === 'module' || e.kind === 'appService' || e.kind === 'application');
  parts.forEach((p, i) => {
    if (rand() < 0.25) relations.push(makeRelation('accesses', p.id, DAMAGED.data, { id: `dt_reads_${i}` }));
    if (rand() < 0.25) relations.push(makeRelation('hostedOn', p.id, pick(allSites), { id: `dt_hosted_${i}` }));
    if (rand() < 0.1) relations.push(makeRelation('dataFlow', p.id, pick(['dt_own', 'dt_other']), { id: `dt_flow_${i}`, dataEntityIds: [DAMAGED.data], method: 'api' } as Partial<Relation>));
  });
  return { elements, relations };
}

/** `doc` with the damaged trees (`damagedTrees`) added after its own elements and relations, on its main view. */
export function withDamagedTrees(doc: LakarDocument, seed: number, chainLength?: number): LakarDocument {
  const sites = doc.elements.values().filter((e) => e.kind === 'site').map((e) => e.id);
  const { elements, relations } = damagedTrees(seed, sites, chainLength);
  const out = makeDocument([...doc.elements.values(), ...elements], [...doc.relations.values(), ...relations], doc.meta.title);
  const main = doc.views.view_main;
  return { ...doc, elements: out.elements, relations: out.relations, views: { ...doc.views, view_main: { ...main, nodes: { ...out.views.view_main.nodes, ...main.nodes } } } };
}
