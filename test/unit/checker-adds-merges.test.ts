/**
 * Issue 18: the recheck after a paste (element.addMany), a merge (merge.apply) and the undo of
 * either rechecks only what the added or removed items reach, and still gives a full check's
 * findings word for word, in report order. Random pastes of elements and relations the rules read
 * (classified data and the flows and accesses reaching it, protecting controls, hosting, open
 * channels, MyGDX platforms, catalogue references, parts of application trees, ends of the wrong
 * kind, ids a damaged file's relations and parents already name), merges of a paste, a removal and a
 * reclassification made on their side, and undos, on a varied model; each report beside a full check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand } from '../../shared/commands';
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import type { Element, ElementKind, Relation, RelationKind } from '../../shared/model/schema';
import { RELATION_RULES } from '../../shared/model/kinds';
import { CHANNEL_TYPES, CLASSIFICATIONS, FLOW_METHODS, LIFECYCLES, PLATFORM_TYPES, SECURITY_CONTROL_TYPES } from '../../shared/model/vocabulary';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeVariedDocument } from '../helpers/varied-model';
import { replayWithUndos } from '../helpers/edit-script';

/** A finding as a reader sees it: rule, message, what it points at, parameters. */
const line = (p: Problem) => [p.ruleId, p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const lines = (r: CheckReport) => r.problems.map(line);

/** Ids the varied model's relations and parents name without an element (a damaged file's): a paste may bring one. */
const DANGLING_IDS = ['el_gone', 'el_missing', 'el_nodata'];
const KINDS: readonly ElementKind[] = ['targetGroup', 'application', 'module', 'appService', 'dataEntity', 'securityControl', 'site', 'channel', 'platform', 'service', 'process', 'externalSystem'];
const RELATION_KINDS = Object.keys(RELATION_RULES) as RelationKind[];

/** A paste of 1–4 elements and 1–4 relations among them and the document's elements, chosen by `seed`. */
function paste(doc: LakarDocument, seed: number, tag: string): { elements: Element[]; relations: Relation[] } {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const maybe = <T>(p: number, v: () => T): T | undefined => (rand() < p ? v() : undefined);
  const existing = doc.elements.values();
  const elements: Element[] = [];
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const free = DANGLING_IDS.filter((id) => !doc.elements.get(id) && !elements.some((e) => e.id === id));
    const id = free.length && rand() < 0.1 ? pick(free) : `el_p${tag}_${i}`;
    const base = { id, kind, name: `Tampal ${tag} ${i}` };
    const parents = [...elements, ...existing].filter((e) => e.kind === 'application' || e.kind === 'module');
    const extra = ({
      dataEntity: { classification: maybe(0.7, () => pick(CLASSIFICATIONS)), registryRef: maybe(0.2, () => 'reg.keselamatan.penduduk') },
      securityControl: { controlType: pick(SECURITY_CONTROL_TYPES) },
      channel: { channelType: pick(CHANNEL_TYPES) },
      targetGroup: { lifecycle: pick(LIFECYCLES) },
      platform: { platformType: pick(PLATFORM_TYPES) },
      process: { genericProcess: maybe(0.6, () => pick([14, 20, 3])) },
      module: { parentId: maybe(0.8, () => pick(parents).id) },
      appService: { parentId: maybe(0.8, () => pick(parents).id) },
    } as Partial<Record<ElementKind, object>>)[kind];
    elements.push({ ...base, ...extra } as Element);
  }
  const all = [...elements, ...existing];
  const data = all.filter((e) => e.kind === 'dataEntity').map((e) => e.id);
  const endOf = (allowed: readonly ElementKind[] | null, near: boolean) => {
    // `near`: among the pasted elements, as a paste's relations mostly are
    const pool = (near ? elements : all).filter((e) => !allowed || allowed.includes(e.kind) || rand() < 0.03);
    return (pool.length ? pick(pool) : pick(all)).id;
  };
  const relations: Relation[] = [];
  const relationCount = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < relationCount; i++) {
    const kind = pick(RELATION_KINDS);
    const rule = RELATION_RULES[kind];
    // a quarter join two elements already there (what the other side of a merge draws)
    const base = { id: `rel_p${tag}_${i}`, kind, source: endOf(rule.source, rand() < 0.5), target: endOf(rule.target, rand() < 0.5) };
    if (kind === 'dataFlow') {
      relations.push({ ...base, method: maybe(0.8, () => pick(FLOW_METHODS)), classification: maybe(0.3, () => pick(CLASSIFICATIONS)), dataEntityIds: maybe(0.8, () => [...new Set([pick(data), pick(data)])]) } as Relation);
    } else relations.push(base as Relation);
  }
  return { elements, relations };
}

/** `doc` as read back from a file (its own objects, nothing shared with `doc`). */
const opened = (doc: LakarDocument) => fromDocumentData(JSON.parse(JSON.stringify(doc)) as LakarDocumentData) as LakarDocument;

/** Their side of a merge: a paste, the removal of one element and the reclassification of a data entity, made on `base`. */
function theirSide(base: LakarDocument, seed: number, tag: string): LakarDocument {
  let theirs = executeCommand(base, 'element.addMany', paste(base, seed, tag)).doc;
  const ids = base.elements.ids();
  theirs = executeCommand(theirs, 'element.remove', { ids: [ids[seed % ids.length]] }).doc;
  const data = base.elements.values().filter((e) => e.kind === 'dataEntity');
  if (data.length) theirs = executeCommand(theirs, 'element.update', { id: data[(seed >>> 3) % data.length].id, patch: { classification: CLASSIFICATIONS[seed % CLASSIFICATIONS.length] } }).doc;
  return opened(theirs);
}

type Step = { op: 'paste' | 'merge' | 'undo'; seed: number };
const stepArbitrary: fc.Arbitrary<Step> = fc.record({ op: fc.constantFrom('paste', 'paste', 'merge', 'undo'), seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }) });

// each run: a full check and up to 8 rechecks beside a full check each of a 500-element model (~1 s
// on a quiet machine); the time limit is for a hang, not for speed
const SLOW_MACHINE_LIMIT_MS = 300_000;

describe('the recheck after pastes, merges and their undos', () => {
  it('gives a full check’s findings in report order', { timeout: SLOW_MACHINE_LIMIT_MS }, () => {
    let stepsChecked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), fc.boolean(), (modelSeed, steps, prepare) => {
        const doc = makeVariedDocument(500, modelSeed);
        const checker = createChecker();
        checker.check(doc);
        if (prepare) checker.prepareForEdits();
        const command = (current: LakarDocument, step: Step, k: number) =>
          step.op === 'paste'
            ? executeCommand(current, 'element.addMany', paste(current, step.seed, `${k}`))
            : executeCommand(current, 'merge.apply', { base: opened(current), theirs: theirSide(opened(current), step.seed, `${k}t`), prefer: 'theirs' });
        // a command refusing a step (a pasted id taken) skips it: a user would see a message
        replayWithUndos(doc, steps, command, (edited, patches, step, k) => {
          stepsChecked++;
          expect(lines(checker.check(edited, patches)), `step ${k}: ${step.op} ${step.seed}`).toEqual(lines(checkDocument(edited)));
        });
      }),
      { numRuns: 40, seed: 18 },
    );
    // the script's edits were made and checked, not all refused
    expect(stepsChecked).toBeGreaterThan(40);
  });
});
