/**
 * Seeded random edits of a document through the real commands, for tests that follow a document
 * edit by edit (the incremental checker and what reads its reports). Each step is one command of a
 * mix a user makes: renames, field changes (a data entity's classification, a channel's, network's
 * or security control's type, a target group's lifecycle and group), removals and additions of elements and relations,
 * moving a relation's end, moving a node, switching a rule off and on, a project field.
 */
import type { Patch } from 'immer';
import { executeCommand, type CommandResult } from '../../shared/commands';
import { applyDocumentPatches, type LakarDocument } from '../../shared/model';
import { CHANNEL_TYPES, CLASSIFICATIONS, FLOW_METHODS, LIFECYCLES, NETWORK_TYPES, SECURITY_CONTROL_TYPES } from '../../shared/model/vocabulary';
import { makeElement, makeRelation } from './factories';

export interface EditStep {
  what: string;
  doc: LakarDocument;
  patches: Patch[];
  /** The patches that undo the step (the command's, as the editor's undo applies them). */
  inversePatches: Patch[];
}

const RULES_TO_TOGGLE = ['element.unconnected', 'flow.fieldsMissing', 'app.duplicateInModel', 'data.classificationMissing'];

/** `count` edits of `doc` chosen by `seed` (the same edits for the same seed and document); edits a command refuses are skipped. */
export function* editScript(doc: LakarDocument, seed: number, count: number): Generator<EditStep> {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 5; attempt++) {
    const elements = doc.elements.values();
    const relations = doc.relations.values();
    const el = pick(elements);
    const rel = relations.length ? pick(relations) : undefined;
    const n = attempt;
    const edits: [string, () => CommandResult][] = [
      ['rename an element', () => executeCommand(doc, 'element.update', { id: el.id, patch: { name: `${el.name.split(' ')[0]} ${n % 5}` } })],
      ['rename an element to another element’s name', () => executeCommand(doc, 'element.update', { id: el.id, patch: { name: pick(elements).name } })],
      ['classify data', () => executeCommand(doc, 'element.update', { id: el.id, patch: el.kind === 'dataEntity' ? { classification: pick(CLASSIFICATIONS) } : { description: `d ${n}` } })],
      ['change a channel’s type', () => executeCommand(doc, 'element.update', { id: pick(elements.filter((e) => e.kind === 'channel')).id, patch: { channelType: pick(CHANNEL_TYPES) } })],
      ['change a target group', () => executeCommand(doc, 'element.update', { id: pick(elements.filter((e) => e.kind === 'targetGroup')).id, patch: { lifecycle: pick(LIFECYCLES), group: pick(['Bukan Warganegara', 'Warganegara', undefined]) } })],
      ['change a network’s or a security control’s type', () => {
        const target = pick(elements.filter((e) => e.kind === 'network' || e.kind === 'securityControl'));
        return executeCommand(doc, 'element.update', { id: target.id, patch: target.kind === 'network' ? { networkType: pick(NETWORK_TYPES) } : { controlType: pick(SECURITY_CONTROL_TYPES) } });
      }],
      ['remove an element', () => executeCommand(doc, 'element.remove', { ids: [el.id] })],
      ['add an application', () => executeCommand(doc, 'element.add', { element: makeElement('application', { id: `el_script${n}`, name: pick(elements).name }), viewId: Object.keys(doc.views)[0] })],
      ['add a relation', () => executeCommand(doc, 'relation.add', { relation: makeRelation('association', el.id, pick(elements).id, { id: `rel_script${n}` }) })],
      ['remove a relation', () => executeCommand(doc, 'relation.remove', { ids: [rel!.id] })],
      ['move a relation’s end', () => executeCommand(doc, 'relation.update', { id: rel!.id, patch: { target: pick(elements).id } })],
      ['change a flow’s method', () => executeCommand(doc, 'relation.update', { id: rel!.id, patch: rel!.kind === 'dataFlow' ? { method: pick(FLOW_METHODS) } : { label: `l ${n}` } })],
      ['switch a rule off or on', () => executeCommand(doc, 'rules.setEnabled', { ruleId: pick(RULES_TO_TOGGLE), enabled: rand() < 0.5 })],
      ['change the sector', () => executeCommand(doc, 'project.updateMeta', { patch: { sector: pick(['ekonomi', 'sosial1', undefined]) } })],
    ];
    const [what, run] = pick(edits);
    let step: CommandResult;
    try {
      step = run();
    } catch {
      continue; // the command refused it (an end of the wrong kind, say): a user would see a message
    }
    if (step.doc === doc) continue;
    doc = step.doc;
    made++;
    yield { what, doc, patches: step.patches, inversePatches: step.inversePatches };
  }
}

/**
 * Run a script of edits and undos from `start`: an `undo` step applies the inverse patches of the
 * last edit not yet undone (as the editor's undo does; nothing to undo skips it), any other step is
 * the command `edit` makes for it, skipped when the command refuses it (throws; a user would get a
 * message), there is none (null) or it changes nothing. `after` gets the document and the patches
 * of every step that changed it.
 */
export function replayWithUndos<S extends { op: string }>(
  start: LakarDocument,
  steps: readonly S[],
  edit: (doc: LakarDocument, step: S, k: number) => CommandResult | null,
  after: (doc: LakarDocument, patches: Patch[], step: S, k: number) => void,
): void {
  let doc = start;
  const undos: Patch[][] = [];
  steps.forEach((step, k) => {
    let patches: Patch[];
    if (step.op === 'undo') {
      const inverse = undos.pop();
      if (!inverse) return;
      doc = applyDocumentPatches(doc, inverse);
      patches = inverse;
    } else {
      let result: CommandResult | null;
      try {
        result = edit(doc, step, k);
      } catch {
        return;
      }
      if (!result || result.doc === doc) return;
      doc = result.doc;
      patches = result.patches;
      undos.push(result.inversePatches);
    }
    after(doc, patches, step, k);
  });
}
