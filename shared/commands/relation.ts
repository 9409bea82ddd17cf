/** Commands on relations, including the typed data-flow setters. */
import { z } from 'zod';
import { relationAllowed } from '../model/kinds';
import { idSchema, relationSchema, type Relation } from '../model/schema';
import { FLOW_METHODS } from '../model/vocabulary';
import { CommandError, defineCommand, type CommandDraft } from './registry';
import { checkEditFormats, validOrThrow } from './validate';
import { redrawSites, sitesRelisted } from './protected-sites';

function checkEnds(draft: CommandDraft, rel: Relation) {
  const s = draft.elements.get(rel.source);
  const t = draft.elements.get(rel.target);
  if (!s || !t) throw new CommandError('relation.danglingEnd', [{ params: { id: rel.id } }]);
  if (!relationAllowed(rel.kind, s.kind, t.kind)) {
    throw new CommandError('relation.notAllowed', [{ params: { kind: rel.kind, source: s.kind, target: t.kind } }]);
  }
  if (rel.kind === 'dataFlow') {
    for (const d of [...(rel.dataEntityIds ?? []), ...(rel.reverse?.dataEntityIds ?? [])]) {
      if (draft.elements.get(d)?.kind !== 'dataEntity') throw new CommandError('flow.dataEntityMissing', [{ params: { id: d } }]);
    }
  }
}

/**
 * The data a two-way flow's target supplies is some of the data the flow carries: drop from the
 * reverse service any data the flow no longer carries (e.g. after it was taken off the flow).
 */
function keepReverseDataCarried(rel: Relation): Relation {
  if (rel.kind !== 'dataFlow' || !rel.reverse?.dataEntityIds) return rel;
  const carried = new Set(rel.dataEntityIds ?? []);
  const kept = rel.reverse.dataEntityIds.filter((d) => carried.has(d));
  if (kept.length === rel.reverse.dataEntityIds.length) return rel;
  const reverse = { ...rel.reverse };
  if (kept.length) reverse.dataEntityIds = kept;
  else delete reverse.dataEntityIds;
  return { ...rel, reverse };
}

export const addRelation = defineCommand({
  id: 'relation.add',
  labelKey: 'command.relation.add',
  args: z.object({ relation: z.unknown() }),
  run(draft, { relation }) {
    const rel = keepReverseDataCarried(validOrThrow(relationSchema, relation, 'relation.invalid'));
    if (draft.relations.get(rel.id)) throw new CommandError('relation.duplicateId', [{ params: { id: rel.id } }]);
    checkEnds(draft, rel);
    draft.relations.set(rel.id, rel);
    // a control protecting a site is listed in the site's box, which grows by its line
    redrawSites(draft, sitesRelisted(draft.elements.current(), undefined, rel));
  },
});

export const updateRelation = defineCommand({
  id: 'relation.update',
  labelKey: 'command.relation.update',
  args: z.object({ id: idSchema, patch: z.record(z.string(), z.unknown()) }),
  run(draft, { id, patch }) {
    const current = draft.relations.get(id);
    if (!current) throw new CommandError('relation.notFound', [{ params: { id } }]);
    if ('id' in patch && patch.id !== id) throw new CommandError('relation.idImmutable');
    const merged: Record<string, unknown> = { ...current, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
    const rel = keepReverseDataCarried(checkEditFormats(validOrThrow(relationSchema, merged, 'relation.invalid'), 'relation.invalid', Object.keys(patch)));
    checkEnds(draft, rel);
    draft.relations.set(id, rel);
    // retargeted, or from another control: the lists of the site it left and of the one it protects now
    redrawSites(draft, sitesRelisted(draft.elements.current(), current, rel));
  },
});

export const removeRelations = defineCommand({
  id: 'relation.remove',
  labelKey: 'command.relation.remove',
  args: z.object({ ids: z.array(idSchema).min(1) }),
  run(draft, { ids }) {
    const elements = draft.elements.current();
    const sites = new Set<string>();
    for (const id of ids) {
      for (const site of sitesRelisted(elements, draft.relations.get(id), undefined)) sites.add(site);
      draft.relations.delete(id);
    }
    redrawSites(draft, [...sites]);
  },
});

export const setFlowMethod = defineCommand({
  id: 'flow.setMethod',
  labelKey: 'command.flow.setMethod',
  args: z.object({ id: idSchema, method: z.enum(FLOW_METHODS) }),
  run(draft, { id, method }) {
    const rel = draft.relations.get(id);
    if (!rel || rel.kind !== 'dataFlow') throw new CommandError('flow.notFound', [{ params: { id } }]);
    if (rel.method !== method) draft.relations.set(id, { ...rel, method });
  },
});
