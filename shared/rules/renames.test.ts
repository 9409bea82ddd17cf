/**
 * A rename rechecks only what names affect (checker.ts): local rules within `names` steps of the
 * renamed element, and global rules from the structure they kept (define.ts, `structure`). Names
 * matter to rules beyond messages: a data entity named like a registry (001 §2.6.1, data.onceOnly*),
 * a process named like a payment (dpi.ePayment), a service named like another sector's function
 * (Jadual 5-2), two applications with one name (app.duplicateInModel). So after every rename, mixed
 * with edits that change structure, the recheck must report what a full check of the same document
 * reports, word for word and in the same order.
 */
import { describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { executeCommand } from '../commands';
import type { Element, LakarDocument } from '../model/schema';
import { fromDocumentData, toDocumentData } from '../model/wire';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { checkDocument, createChecker, RULES } from './index';
import { edit, sample } from '../../test/helpers/rules';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import { ModelGraph } from './graph';
import type { GlobalRule } from './define';
import type { CheckReport, Problem } from './types';

const line = (p: Problem) => [p.ruleId, p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(',')].join('|');
const lines = (r: CheckReport) => r.problems.map(line);

/** Names that some rule reads for more than its message, and plain ones. */
const NAMES = ['Maklumat Identiti Individu', 'Bayaran Lesen', 'Sistem Gaji', 'Pendaftaran Syarikat', 'Rekod Cuti', 'Portal Awam', 'x', 'Sistem Gaji Baharu dengan Nama yang Panjang Sekali'];

/** A small pseudo-random sequence (the same every run). */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The varied 400-element model (seed `seed`) read back as from a file, checked by a checker ready for edits. */
function checkedVaried(seed: number) {
  const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
  const checker = createChecker();
  const report = checker.check(doc);
  checker.prepareForEdits();
  return { doc, report, checker };
}

function rename(doc: LakarDocument, e: Element, name: string) {
  return executeCommand(doc, 'element.update', { id: e.id, patch: { name } });
}

describe('a recheck after renames', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals a full check on the varied model (seed ${seed}), renames mixed with structural edits`, () => {
      // read back from data, as a document opened from a file
      let doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
      const next = random(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
      const checker = createChecker();
      checker.check(doc);
      checker.prepareForEdits();
      let renames = 0;
      for (let step = 0; step < 60; step++) {
        const elements = doc.elements.values();
        const e = pick(elements);
        let edit: { doc: LakarDocument; patches: Patch[] };
        if (step % 6 === 5) {
          // a structural edit between renames: a relation gone, or data classified
          edit = executeCommand(doc, 'relation.remove', { ids: [pick(doc.relations.values()).id] });
        } else if (step % 6 === 4 && e.kind === 'dataEntity') {
          edit = executeCommand(doc, 'element.update', { id: e.id, patch: { classification: 'sulit' } });
        } else {
          // the name of another element of the same kind now and then (duplicates are a finding)
          const same = elements.filter((x) => x.kind === e.kind && x.id !== e.id);
          edit = rename(doc, e, next() < 0.2 && same.length ? pick(same).name : pick(NAMES));
          renames++;
        }
        doc = edit.doc;
        const report = checker.check(doc, edit.patches);
        expect(lines(report), `step ${step}`).toEqual(lines(checkDocument(doc)));
      }
      expect(renames).toBeGreaterThan(40);
    });
  }

  it('takes a rename through element.update for a rename when the schema gives back equal lists (a site’s hardware)', () => {
    const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, 4)));
    const site = doc.elements.values().find((e) => e.kind === 'site' && !!e.hardware?.length)!;
    const byCommand = createChecker();
    byCommand.check(doc);
    const edit = rename(doc, site, 'Pusat Data Baharu');
    expect(lines(byCommand.check(edit.doc, edit.patches))).toEqual(lines(checkDocument(edit.doc)));
    // the same document with the name alone replaced, hardware list and all kept
    const nameOnly: LakarDocument = { ...doc, elements: doc.elements.set(site.id, { ...site, name: 'Pusat Data Baharu' }) };
    const byName = createChecker();
    byName.check(doc);
    expect(lines(byName.check(nameOnly))).toEqual(lines(checkDocument(nameOnly)));
    expect(byCommand.lastRun.anchorsChecked).toBe(byName.lastRun.anchorsChecked);
  });

  it('rechecks fewer anchors than an edit that changes structure', () => {
    const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, 4)));
    const app = doc.elements.values().find((e) => e.kind === 'application' && doc.relations.values().filter((r) => r.source === e.id || r.target === e.id).length > 3)!;
    const checker = createChecker();
    checker.check(doc);
    checker.prepareForEdits();
    const renamed = executeCommand(doc, 'element.update', { id: app.id, patch: { name: 'Sistem Baharu' } });
    const report = checker.check(renamed.doc, renamed.patches);
    const forRename = checker.lastRun.anchorsChecked;
    expect(lines(report)).toEqual(lines(checkDocument(renamed.doc)));
    const moved = executeCommand(renamed.doc, 'element.update', { id: app.id, patch: { agency: 'Agensi Lain' } });
    expect(lines(checker.check(moved.doc, moved.patches))).toEqual(lines(checkDocument(moved.doc)));
    expect(forRename).toBeLessThan(checker.lastRun.anchorsChecked);
  });

  it('shows the new name when an element is renamed with another change its global rules say does not matter (a description)', () => {
    // a site hosting an application that holds Rahsia data, with an HSM protecting another site only:
    // infra.classifiedControlsPartial names both; a description matters to none of its structure
    let doc = makeDocument(
      [
        makeElement('application', { id: 'app', name: 'Sistem Gaji' }),
        makeElement('dataEntity', { id: 'de', name: 'Rekod Gaji', classification: 'rahsia' }),
        makeElement('site', { id: 'site_a', name: 'Pusat Data A', siteType: 'agencyHq' }),
        makeElement('site', { id: 'site_b', name: 'Pusat Data B', siteType: 'drc' }),
        makeElement('securityControl', { id: 'hsm', name: 'HSM', controlType: 'hsm' }),
      ],
      [makeRelation('accesses', 'app', 'de', { id: 'r1' }), makeRelation('hostedOn', 'app', 'site_a', { id: 'r2' }), makeRelation('protects', 'hsm', 'site_b', { id: 'r3' })],
    );
    const checker = createChecker();
    expect(checker.check(doc).problems.some((p) => p.ruleId === 'infra.classifiedControlsPartial')).toBe(true);
    for (const [id, name] of [['site_a', 'Pusat Data Baharu'], ['app', 'Sistem Gaji Baharu']]) {
      const edited = executeCommand(doc, 'element.update', { id, patch: { name, description: `${name}, diperihalkan` } });
      doc = edited.doc;
      const report = checker.check(doc, edited.patches);
      expect(lines(report)).toEqual(lines(checkDocument(doc)));
      expect(report.problems.find((p) => p.ruleId === 'infra.classifiedControlsPartial')!.message.en).toContain(`"${name}"`);
    }
  });
});

describe('renaming the top of a tree of modules and application services', () => {
  // data.capturedAndReceived names the application at the top of the consumer's tree however deep
  // the flow's end sits in it: a rename recheck walks only a few steps from the renamed application,
  // so these findings are found again from what they point at (`pointsAtRootsNamed`)
  it('renames every top of a tree in turn: each recheck equals a full check, findings naming it through deep parts included', () => {
    let deepRenamed = 0;
    for (const seed of [1, 2, 3]) {
      let doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
      const checker = createChecker();
      let report = checker.check(doc);
      checker.prepareForEdits();
      const parentIds = new Set(doc.elements.values().map((e) => (e.kind === 'module' || e.kind === 'appService' ? e.parentId : undefined)));
      const tops = doc.elements.values().filter((e) => parentIds.has(e.id) && !((e.kind === 'module' || e.kind === 'appService') && e.parentId && doc.elements.has(e.parentId)));
      expect(tops.length).toBeGreaterThan(3);
      for (const top of tops) {
        const before = new Set(lines(report));
        const edit = rename(doc, top, `${top.name} (baharu)`);
        doc = edit.doc;
        report = checker.check(doc, edit.patches);
        expect(lines(report), `renamed ${top.id}`).toEqual(lines(checkDocument(doc)));
        // a finding that changed with the name and whose flow ends two or more levels below the top
        const levelsBelow = (id: string) => {
          let n = 0;
          for (let e = doc.elements.get(id); e && n < 50; e = e.kind === 'module' || e.kind === 'appService' ? doc.elements.get(e.parentId ?? '') : undefined, n++) if (e.id === top.id) return n;
          return -1; // not in the top's tree
        };
        const deep = report.problems.filter((p) => p.ruleId === 'data.capturedAndReceived' && p.elementIds.includes(top.id) && !before.has(line(p)))
          .some((p) => { const f = doc.relations.get(p.relationIds[0]); return !!f && Math.max(levelsBelow(f.source), levelsBelow(f.target)) >= 2; });
        if (deep) deepRenamed++;
      }
    }
    expect(deepRenamed).toBeGreaterThan(0);
  });

  it('renames the top named by a finding that an earlier edit made: the recheck names it anew, as a full check does', () => {
    // the worked example, checked and ready for edits before any flow.classificationHandedOn finding
    // exists; the edits below make one naming Sistem Pengambilan Pekerja through a flow whose
    // supplier sits two levels down its tree, so only what the finding points at leads a rename to it
    let doc = sample();
    const checker = createChecker();
    checker.check(doc);
    checker.prepareForEdits();
    const steps = [
      // JPN's identity data now reaches an application service of the system as Rahsia
      () => executeCommand(doc, 'relation.update', { id: 'fl_b', patch: { target: 'as_apply', classification: 'rahsia' } }),
      // and that service hands it on to Agensi A as Sulit
      () => executeCommand(doc, 'relation.update', { id: 'fl_a', patch: { source: 'as_apply', dataEntityIds: ['de_calon', 'de_tapisan', 'de_identiti'], responseFields: undefined } }),
      () => rename(doc, doc.elements.get('app_spp')!, 'Sistem Pengambilan Baharu'),
      // the finding goes, then comes back, and the system is renamed again
      () => executeCommand(doc, 'relation.update', { id: 'fl_b', patch: { classification: 'sulit' } }),
      () => executeCommand(doc, 'relation.update', { id: 'fl_b', patch: { classification: 'rahsia' } }),
      () => rename(doc, doc.elements.get('app_spp')!, 'Sistem Pengambilan Kedua'),
    ];
    const named: string[] = [];
    for (const [i, step] of steps.entries()) {
      const change = step();
      doc = change.doc;
      const report = checker.check(doc, change.patches);
      expect(lines(report), `step ${i}`).toEqual(lines(checkDocument(doc)));
      named.push(...report.problems.filter((p) => p.ruleId === 'flow.classificationHandedOn').map((p) => p.message.en));
    }
    expect(named.some((m) => m.includes('"Sistem Pengambilan Baharu" received them as Secret'))).toBe(true);
    expect(named.some((m) => m.includes('"Sistem Pengambilan Kedua" received them as Secret'))).toBe(true);
  });
});

describe('a rule showing names only in its findings (namesOnlyShown)', () => {
  // after a rename such a rule's recheck checks again only the anchors within `names` that have findings
  const declaring = RULES.filter((r) => r.scope === 'local' && !!r.namesOnlyShown);
  /** What a rule finds, names aside: the elements and relations of each finding, in order. */
  const found = (doc: LakarDocument, ruleId: string) => checkDocument(doc).problems.filter((p) => p.ruleId === ruleId).map((p) => `${p.elementIds.join(',')}|${p.relationIds.join(',')}`);

  it('is declared by the flow and data rules costing most per anchor near a renamed application', () => {
    expect(declaring.map((r) => r.id).sort()).toEqual(['data.capturedAndReceived', 'data.ownerNotSupplier', 'flow.classificationHandedOn', 'flow.fieldsMissing']);
  });

  for (const seed of [1, 2, 3]) {
    it(`finds the same whatever every element is named, names some rules read among them (seed ${seed})`, () => {
      const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
      // every element one name (all duplicates), then each a name some rule reads or a plain one
      const renamings = [() => 'Sistem', (i: number) => NAMES[i % NAMES.length]];
      for (const nameOf of renamings) {
        const renamed = edit(doc, (d) => {
          let i = 0;
          for (const e of Object.values(d.elements)) e.name = nameOf(i++);
        });
        for (const rule of declaring) expect(found(renamed, rule.id), rule.id).toEqual(found(doc, rule.id));
      }
      expect(declaring.some((rule) => found(doc, rule.id).length > 0)).toBe(true);
    });
  }
});

describe('a rule whose findings point at every element they name (pointsAtEveryNamed)', () => {
  // a recheck after renames that no finding of such a rule points at keeps its findings without running it
  const declaring = RULES.filter((r): r is GlobalRule => r.scope === 'global' && !!r.pointsAtEveryNamed);

  it('is declared by the rules naming sites and applications, channels, services and data', () => {
    expect(declaring.map((r) => r.id).sort()).toEqual(['channel.classifiedData', 'infra.classifiedControlsPartial']);
  });

  for (const seed of [2, 3]) {
    it(`keeps its findings word for word when every element they do not point at is renamed (seed ${seed})`, () => {
      const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
      const report = checkDocument(doc);
      for (const rule of declaring) {
        const before = report.problems.filter((p) => p.ruleId === rule.id);
        expect(before.length, rule.id).toBeGreaterThan(0);
        const pointed = new Set(before.flatMap((p) => p.elementIds));
        const renamed = edit(doc, (d) => {
          for (const e of Object.values(d.elements)) if (!pointed.has(e.id)) e.name = `${e.name} (lain)`;
        });
        expect(checkDocument(renamed).problems.filter((p) => p.ruleId === rule.id).map(line), rule.id).toEqual(before.map(line));
      }
    });

    it(`makes, asked for the findings pointing at some elements, exactly those of all its findings, in order (seed ${seed})`, () => {
      const doc = fromDocumentData(toDocumentData(makeVariedDocument(400, seed)));
      const ctx = { doc, graph: new ModelGraph(doc), catalogue: builtinCatalogueIndex(), agencyApplications: [] };
      for (const rule of declaring) {
        expect(rule.findingsPointingAt, rule.id).toBeDefined();
        const structure = rule.structure!(ctx);
        const all = rule.findingsFrom(ctx, structure);
        const pointed = [...new Set(all.flatMap((p) => p.elementIds))];
        for (const some of [pointed.slice(0, 1), pointed.slice(3, 6), pointed.filter((_, i) => i % 7 === 0)]) {
          const elements = new Set(some);
          const expected = all.filter((p) => p.elementIds.some((id) => elements.has(id))).map(line);
          expect(rule.findingsPointingAt!(ctx, structure, elements).map(line), rule.id).toEqual(expected);
        }
      }
    });

    it(`is made again after renaming an element a finding points at, as a full check makes it (seed ${seed})`, () => {
      const { checker, ...start } = checkedVaried(seed);
      let { doc, report } = start;
      for (const rule of declaring) {
        const ids = [...new Set(report.problems.filter((p) => p.ruleId === rule.id).flatMap((p) => p.elementIds))].slice(0, 6);
        for (const id of ids) {
          const before = report.problems.filter((p) => p.ruleId === rule.id).map(line);
          const change = rename(doc, doc.elements.get(id)!, `Nama Baharu ${id}`);
          doc = change.doc;
          report = checker.check(doc, change.patches);
          expect(lines(report), `${rule.id}: renamed ${id}`).toEqual(lines(checkDocument(doc)));
          expect(report.problems.filter((p) => p.ruleId === rule.id).map(line), `${rule.id}: renamed ${id}`).not.toEqual(before);
        }
      }
    });

    // the findings pointing at an element are found by an index the remade listing takes over: a
    // second rename of the same element, or several renamed by one edit, must find the remade ones
    it(`is made again as a full check makes it when the same elements are renamed again, one by one and several at once (seed ${seed})`, () => {
      const { checker, ...start } = checkedVaried(seed);
      let { doc, report } = start;
      for (const rule of declaring) {
        const ids = [...new Set(report.problems.filter((p) => p.ruleId === rule.id).flatMap((p) => p.elementIds))].slice(0, 4);
        for (const round of [1, 2, 3])
          for (const id of ids) {
            const change = rename(doc, doc.elements.get(id)!, `Nama ${round} ${id}`);
            doc = change.doc;
            report = checker.check(doc, change.patches);
            expect(lines(report), `${rule.id}: renamed ${id} (round ${round})`).toEqual(lines(checkDocument(doc)));
          }
        // one edit renaming all of them: a document compared with the last one (no patches)
        doc = edit(doc, (d) => {
          for (const id of ids) d.elements[id].name = `Nama bersama ${id}`;
        });
        report = checker.check(doc);
        expect(lines(report), `${rule.id}: ${ids.length} renamed at once`).toEqual(lines(checkDocument(doc)));
        expect(report.problems.some((p) => p.ruleId === rule.id && p.message.ms.includes('Nama bersama')), rule.id).toBe(true);
      }
    });
  }
});

describe('a rule reading no element name (readsNoNames)', () => {
  // the checker does not run such a rule after renames: its findings must be the same whatever the names
  const declaring = RULES.filter((r): r is GlobalRule => r.scope === 'global' && !!r.readsNoNames);

  /** Projects on which each declaring rule finds something (001 §4.2.1 a–b, §3.3.2), with two applications of one name (which app.duplicateInModel reads). */
  function projects(): LakarDocument[] {
    const make = (category: 'wog' | 'agensiSpesifik', agencies: string[]) => {
      const doc = makeDocument([
        makeElement('service', { name: 'Permohonan Lesen', agency: agencies[0] }),
        ...agencies.map((agency) => makeElement('application', { name: 'Sistem Lesen', agency })),
        makeElement('dataEntity', { name: 'Maklumat Pemohon' }),
      ]);
      doc.meta = { ...doc.meta, category, sector: 'ekonomi' };
      return doc;
    };
    return [make('wog', ['JPN', 'JPN']), make('agensiSpesifik', ['JPN', 'LHDN']), fromDocumentData(toDocumentData(makeVariedDocument(400, 2)))];
  }

  it('is declared by rules that count elements or read agencies and catalogue references', () => {
    expect(declaring.map((r) => r.id).sort()).toEqual(['agensiSpesifik.otherAgencies', 'catalogue.sectorRefsUnused', 'lmv.bandEmpty', 'wog.singleAgency']);
  });

  it('finds the same, word for word, when every element is renamed, and a recheck after the renames equals a full check', () => {
    const fired = new Set<string>();
    for (const doc of projects()) {
      const checker = createChecker();
      const before = checker.check(doc);
      checker.prepareForEdits();
      const renamed = edit(doc, (d) => {
        for (const e of Object.values(d.elements)) e.name = `${e.name} ${e.id}`;
      });
      const after = checkDocument(renamed);
      for (const rule of declaring) {
        const of = (r: CheckReport) => r.problems.filter((p) => p.ruleId === rule.id).map(line);
        if (of(before).length) fired.add(rule.id);
        expect(of(after), rule.id).toEqual(of(before));
      }
      expect(lines(checker.check(renamed))).toEqual(lines(after));
    }
    expect([...fired].sort()).toEqual(declaring.map((r) => r.id).sort());
  });
});

describe('a damaged file whose channels and applications are kept under other keys', () => {
  it('is checked, and a rename recheck of it equals a full check (the rules keeping a structure once crashed on it)', () => {
    const data = toDocumentData(makeVariedDocument(400, 2));
    const elements: Record<string, Element> = {};
    for (const [key, e] of Object.entries(data.elements)) elements[e.kind === 'channel' || e.kind === 'application' ? `k_${key}` : key] = e;
    const doc: LakarDocument = fromDocumentData({ ...data, elements });
    const report = checkDocument(doc);
    // 003 §2.4.2: classified data is named with the channel that carries it, the channel by its own name
    const channels = report.problems.filter((p) => p.ruleId === 'channel.classifiedData');
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((p) => !p.message.en.includes('"?"'))).toBe(true);
    const checker = createChecker();
    checker.check(doc);
    checker.prepareForEdits();
    const service = doc.elements.values().find((e) => e.kind === 'service')!;
    const edit = executeCommand(doc, 'element.update', { id: service.id, patch: { name: 'Perkhidmatan Baharu' } });
    expect(lines(checker.check(edit.doc, edit.patches))).toEqual(lines(checkDocument(edit.doc)));
  });
});
