/**
 * infra.classifiedControlsPartial (001 Jadual 3-1 label 7, §2.6.6; Jadual 4-1
 * A.1.a vi): HSM, SIEM and DLP protect every site where an application holding classified data
 * runs. Beyond the break/pass cases on the worked example (review.test.ts): the application's tree
 * (its modules run where it does not), hostings that lead nowhere, the order applications are named
 * in, and rechecks after edits to hostings and protections, which must say what a full check says.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../commands';
import type { Element, LakarDocument, Relation } from '../../model/schema';
import { Table } from '../../model/table';
import { makeDocument, makeElement, makeRelation } from '../../../test/helpers/factories';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { checkDocument, createChecker } from '../index';
import type { CheckReport } from '../types';

const RULE = 'infra.classifiedControlsPartial';

const found = (report: CheckReport) => report.problems.filter((p) => p.ruleId === RULE).map((p) => ({ elements: p.elementIds, en: p.message.en }));

/**
 * Two sites: PDSA JDN, protected by an HSM, a SIEM and a DLP, and a DRC protected by nothing. The
 * application Sistem Cuti runs at PDSA JDN and its module Modul Laporan at the DRC; the application
 * reads Rekod Cuti (Sulit). Sistem Gaji, at the DRC too, receives a Rahsia flow from Sistem Cuti.
 */
function twoSites(extra: { elements?: Element[]; relations?: Relation[] } = {}): LakarDocument {
  const elements: Element[] = [
    makeElement('application', { id: 'app_cuti', name: 'Sistem Cuti' }),
    makeElement('module', { id: 'mod_laporan', name: 'Modul Laporan', parentId: 'app_cuti' }),
    makeElement('application', { id: 'app_gaji', name: 'Sistem Gaji' }),
    makeElement('application', { id: 'app_awam', name: 'Portal Awam' }),
    makeElement('dataEntity', { id: 'de_cuti', name: 'Rekod Cuti', classification: 'sulit' }),
    makeElement('site', { id: 'site_pdsa', name: 'PDSA JDN', siteType: 'pdsaJdn' }),
    makeElement('site', { id: 'site_drc', name: 'DRC Enstek', siteType: 'drc' }),
    makeElement('securityControl', { id: 'sec_hsm', name: 'HSM', controlType: 'hsm' }),
    makeElement('securityControl', { id: 'sec_siem', name: 'SIEM', controlType: 'siem' }),
    makeElement('securityControl', { id: 'sec_dlp', name: 'DLP', controlType: 'dlp' }),
    ...(extra.elements ?? []),
  ];
  const relations: Relation[] = [
    makeRelation('accesses', 'app_cuti', 'de_cuti', { id: 'acc_cuti' }),
    makeRelation('dataFlow', 'app_cuti', 'app_gaji', { id: 'fl_gaji', classification: 'rahsia' } as Partial<Relation>),
    makeRelation('hostedOn', 'app_cuti', 'site_pdsa', { id: 'h_cuti' }),
    makeRelation('hostedOn', 'mod_laporan', 'site_drc', { id: 'h_laporan' }),
    makeRelation('hostedOn', 'app_gaji', 'site_drc', { id: 'h_gaji' }),
    // an application holding no classified data, at the DRC: not named
    makeRelation('hostedOn', 'app_awam', 'site_drc', { id: 'h_awam' }),
    ...['sec_hsm', 'sec_siem', 'sec_dlp'].map((c) => makeRelation('protects', c, 'site_pdsa', { id: `p_${c}` })),
    ...(extra.relations ?? []),
  ];
  return makeDocument(elements, relations);
}

describe('infra.classifiedControlsPartial (001 Jadual 3-1 label 7, §2.6.6)', () => {
  it('names the site where a module of an application holding classified data runs, with the application', () => {
    expect(found(checkDocument(twoSites()))).toEqual([
      {
        elements: ['site_drc', 'app_cuti', 'app_gaji'],
        en: 'Site "DRC Enstek" hosts "Sistem Cuti", "Sistem Gaji", which holds classified data, but is not protected by HSM, SIEM, DLP, which protect other sites only.',
      },
    ]);
  });

  it('lists the applications in the order the classified data meets them: accessing it, then the flows classified themselves', () => {
    // Sistem Gaji now also reads the Sulit record, after Sistem Cuti: still named second. Read
    // before Sistem Cuti (a data entity listed earlier), it comes first.
    const rekodGaji = makeElement('dataEntity', { id: 'de_gaji', name: 'Rekod Gaji', classification: 'terhad' });
    const before = makeDocument([rekodGaji, ...twoSites().elements.values()], [makeRelation('accesses', 'app_gaji', 'de_gaji', { id: 'acc_gaji' }), ...twoSites().relations.values()]);
    expect(found(checkDocument(before)).map((f) => f.elements)).toEqual([['site_drc', 'app_gaji', 'app_cuti']]);
  });

  it('names the first three applications at a site and counts the others, pointing at all of them', () => {
    // Sistem Gaji and three more applications reading the Sulit record run at the DRC: the finding
    // shows three names, says how many more, and points at the site and every one of them
    const more = ['app_a', 'app_b', 'app_c'];
    const doc = twoSites({
      elements: more.map((id, i) => makeElement('application', { id, name: `Sistem ${'ABC'[i]}` })),
      relations: more.flatMap((id) => [makeRelation('accesses', id, 'de_cuti', { id: `acc_${id}` }), makeRelation('hostedOn', id, 'site_drc', { id: `h_${id}` })]),
    });
    const [finding] = checkDocument(doc).problems.filter((p) => p.ruleId === RULE);
    expect(finding.elementIds).toEqual(['site_drc', 'app_cuti', 'app_a', 'app_b', 'app_c', 'app_gaji']);
    expect(finding.message.en).toBe('Site "DRC Enstek" hosts "Sistem Cuti", "Sistem A", "Sistem B" and 2 more, which holds classified data, but is not protected by HSM, SIEM, DLP, which protect other sites only.');
    expect(finding.message.ms).toContain('"Sistem Cuti", "Sistem A", "Sistem B" dan 2 lagi');
  });

  it('passes over hostings from a missing element, on something that is not a site, or of an application the control protects itself', () => {
    const doc = twoSites({
      elements: [makeElement('network', { id: 'net_lan', name: 'LAN' }), makeElement('site', { id: 'site_hq', name: 'Ibu Pejabat', siteType: 'agencyHq' })],
      relations: [
        makeRelation('hostedOn', 'el_gone', 'site_hq', { id: 'h_gone' }),
        makeRelation('hostedOn', 'app_cuti', 'net_lan', { id: 'h_lan' }),
        makeRelation('hostedOn', 'app_cuti', 'el_nowhere', { id: 'h_nowhere' }),
        // a DLP protecting Sistem Gaji itself: at the DRC it lacks only the HSM and the SIEM
        makeRelation('protects', 'sec_dlp', 'app_gaji', { id: 'p_dlp_gaji' }),
      ],
    });
    expect(found(checkDocument(doc))).toEqual([
      {
        elements: ['site_drc', 'app_cuti', 'app_gaji'],
        en: 'Site "DRC Enstek" hosts "Sistem Cuti", "Sistem Gaji", which holds classified data, but is not protected by HSM, SIEM, DLP, which protect other sites only.',
      },
    ]);
    // with the DLP on Sistem Cuti too, the DRC lacks only what protects neither application
    const both = twoSites({ relations: [makeRelation('protects', 'sec_dlp', 'app_cuti', { id: 'p_dlp_cuti' }), makeRelation('protects', 'sec_dlp', 'app_gaji', { id: 'p_dlp_gaji' })] });
    expect(found(checkDocument(both)).map((f) => f.en)).toEqual([expect.stringContaining('is not protected by HSM, SIEM, which protect other sites only')]);
  });

  it('after each edit of the hostings, protections and trees, a recheck says what a full check of the edited model says', () => {
    const steps: [string, (doc: LakarDocument) => { doc: LakarDocument }][] = [
      ['move the module to PDSA JDN', (d) => executeCommand(d, 'relation.update', { id: 'h_laporan', patch: { target: 'site_pdsa' } })],
      ['host Sistem Gaji at PDSA JDN as well', (d) => executeCommand(d, 'relation.add', { relation: makeRelation('hostedOn', 'app_gaji', 'site_pdsa', { id: 'h_gaji_pdsa' }) })],
      ['drop the SIEM from PDSA JDN', (d) => executeCommand(d, 'relation.remove', { ids: ['p_sec_siem'] })],
      ['move the module back to the DRC', (d) => executeCommand(d, 'relation.update', { id: 'h_laporan', patch: { target: 'site_drc' } })],
      ['give the module another parent', (d) => executeCommand(d, 'element.update', { id: 'mod_laporan', patch: { parentId: 'app_awam' } })],
      ['classify the record Terbuka', (d) => executeCommand(d, 'element.update', { id: 'de_cuti', patch: { classification: 'terbuka' } })],
      ['remove the Rahsia flow', (d) => executeCommand(d, 'relation.remove', { ids: ['fl_gaji'] })],
    ];
    const checker = createChecker();
    let doc = twoSites();
    checker.check(doc);
    for (const [what, step] of steps) {
      doc = step(doc).doc;
      const recheck = checker.check(doc);
      expect(checker.lastRun.mode, what).toBe('incremental');
      expect(found(recheck), what).toEqual(found(checkDocument(doc)));
    }
  });

  it('names each module of a cycle of parents (a damaged file) as its own top, where it runs itself, in a full check as in a recheck', () => {
    // two modules naming each other as parent, both reading the Sulit record: a walk up finds no
    // application, so each is its own top (as a module whose parent is missing) holding only
    // itself; Modul C1 runs at the DRC, Modul C2 nowhere
    const doc = twoSites({
      elements: [makeElement('module', { id: 'mod_c1', name: 'Modul C1', parentId: 'mod_c2' }), makeElement('module', { id: 'mod_c2', name: 'Modul C2', parentId: 'mod_c1' })],
      relations: [
        makeRelation('accesses', 'mod_c1', 'de_cuti', { id: 'acc_c1' }),
        makeRelation('accesses', 'mod_c2', 'de_cuti', { id: 'acc_c2' }),
        makeRelation('hostedOn', 'mod_c1', 'site_drc', { id: 'h_c1' }),
      ],
    });
    const full = found(checkDocument(doc));
    expect(full.map((f) => f.elements)).toEqual([['site_drc', 'app_cuti', 'mod_c1', 'app_gaji']]);
    const checker = createChecker();
    checker.check(doc);
    const edited = executeCommand(doc, 'relation.add', { relation: makeRelation('hostedOn', 'app_awam', 'site_pdsa', { id: 'h_awam_pdsa' }) }).doc;
    expect(found(checker.check(edited))).toEqual(full);
    expect(checker.lastRun.mode).toBe('incremental');
    // Modul C2 put under Portal Awam: the cycle is gone, both modules are Portal Awam's, named at the DRC
    const mended = executeCommand(edited, 'element.update', { id: 'mod_c2', patch: { parentId: 'app_awam' } }).doc;
    expect(found(checker.check(mended)).map((f) => f.elements)).toEqual([['site_drc', 'app_cuti', 'app_awam', 'app_gaji']]);
    expect(found(checkDocument(mended))).toEqual(found(checker.check(mended)));
  });

  it('lists a module given another application among that application’s parts in the document’s order, in a recheck as in a full check', () => {
    // Modul Arkib (listed first in the file) runs at the DRC and Modul Laporan at an HQ site, both
    // unprotected; given to Sistem Cuti, its sites are named in the order a full check (or the file
    // reopened) lists the application's parts, not with Modul Arkib's last because it came last
    const doc = twoSites({
      elements: [makeElement('site', { id: 'site_hq', name: 'Ibu Pejabat', siteType: 'agencyHq' })],
      relations: [makeRelation('hostedOn', 'mod_arkib', 'site_drc', { id: 'h_arkib' })],
    });
    const withArkib = { ...doc, elements: Table.of([makeElement('module', { id: 'mod_arkib', name: 'Modul Arkib', parentId: 'app_awam' }), ...doc.elements.values()]) };
    const start = executeCommand(withArkib, 'relation.update', { id: 'h_laporan', patch: { target: 'site_hq' } }).doc;
    const checker = createChecker();
    checker.check(start);
    const moved = executeCommand(start, 'element.update', { id: 'mod_arkib', patch: { parentId: 'app_cuti' } });
    const full = found(checkDocument(moved.doc));
    expect(full.map((f) => f.elements[0])).toEqual(['site_hq', 'site_drc']);
    expect(found(checker.check(moved.doc, moved.patches))).toEqual(full);
  });

  it('takes a module whose parent is missing, or is no application, as its own top or that element’s, in a full check as in a recheck', () => {
    // a full check finds tops by the slots the graph numbered while indexing, a recheck by ids: a
    // module naming a missing parent is its own top (named at its site); one naming a site as
    // parent has that site as top, which holds nothing (not named)
    const doc = twoSites({
      elements: [
        makeElement('module', { id: 'mod_yatim', name: 'Modul Yatim', parentId: 'app_tiada' }),
        makeElement('module', { id: 'mod_salah', name: 'Modul Salah', parentId: 'site_pdsa' }),
      ],
      relations: [
        makeRelation('accesses', 'mod_yatim', 'de_cuti', { id: 'acc_yatim' }),
        makeRelation('accesses', 'mod_salah', 'de_cuti', { id: 'acc_salah' }),
        makeRelation('hostedOn', 'mod_yatim', 'site_drc', { id: 'h_yatim' }),
        makeRelation('hostedOn', 'mod_salah', 'site_drc', { id: 'h_salah' }),
      ],
    });
    expect(found(checkDocument(doc)).map((f) => f.elements)).toEqual([['site_drc', 'app_cuti', 'mod_yatim', 'app_gaji']]);
    const checker = createChecker();
    checker.check(doc);
    let now = doc;
    for (const [id, parentId] of [['mod_yatim', 'app_gaji'], ['mod_salah', 'app_tiada'], ['mod_yatim', 'app_tiada']]) {
      now = executeCommand(now, 'element.update', { id, patch: { parentId } }).doc;
      expect(found(checker.check(now)), `${id} → ${parentId}`).toEqual(found(checkDocument(now)));
      expect(checker.lastRun.mode).toBe('incremental');
    }
  });

  /**
   * The agency's own systems (Sistem Dalaman, external systems marked internal) hold what they
   * receive: Jadual 4-1 A.1.a vi asks HSM, SIEM and DLP wherever the agency keeps classified data.
   * Another agency's system is that agency's to protect.
   */
  const ownAndOther = (internal: boolean) =>
    twoSites({
      elements: [
        makeElement('site', { id: 'site_onsite', name: 'On-site', siteType: 'onSite' }),
        makeElement('externalSystem', { id: 'sys_own', name: 'Sistem XY', internal }),
        makeElement('externalSystem', { id: 'sys_other', name: 'Sistem A', agency: 'Agensi A' }),
      ],
      relations: [
        makeRelation('dataFlow', 'app_cuti', 'sys_own', { id: 'fl_own', dataEntityIds: ['de_cuti'] } as Partial<Relation>),
        makeRelation('dataFlow', 'app_cuti', 'sys_other', { id: 'fl_other', dataEntityIds: ['de_cuti'] } as Partial<Relation>),
        makeRelation('hostedOn', 'sys_own', 'site_onsite', { id: 'h_own' }),
        makeRelation('hostedOn', 'sys_other', 'site_onsite', { id: 'h_other' }),
      ],
    });

  it('names the site where the agency’s own system receiving classified data runs, never for another agency’s system (Jadual 4-1 A.1.a vi)', () => {
    const onSite = (doc: LakarDocument) => found(checkDocument(doc)).filter((f) => f.elements[0] === 'site_onsite');
    expect(onSite(ownAndOther(true))).toEqual([
      { elements: ['site_onsite', 'sys_own'], en: 'Site "On-site" hosts "Sistem XY", which holds classified data, but is not protected by HSM, SIEM, DLP, which protect other sites only.' },
    ]);
    expect(onSite(ownAndOther(false))).toEqual([]);
    // a recheck after the system is marked the agency's own (or not) says what a full check says
    const checker = createChecker();
    let doc = ownAndOther(false);
    checker.check(doc);
    for (const internal of [true, false]) {
      doc = executeCommand(doc, 'element.update', { id: 'sys_own', patch: { internal } }).doc;
      expect(found(checker.check(doc)), String(internal)).toEqual(found(checkDocument(doc)));
      expect(checker.lastRun.mode).toBe('incremental');
    }
  });

  it('finds the worked example’s On-site protected as its Sistem XY and YZ need, and names it without its controls (001 §3.3.4 f–g)', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    expect(found(checkDocument(doc))).toEqual([]);
    const onSite = doc.relations.values().filter((r) => r.kind === 'protects' && r.target === 'site_onsite').map((r) => r.id);
    expect(onSite).toHaveLength(3);
    const bare = executeCommand(doc, 'relation.remove', { ids: onSite }).doc;
    expect(found(checkDocument(bare)).map((f) => f.elements)).toEqual([['site_onsite', 'sys_xy', 'sys_yz']]);
  });
});
