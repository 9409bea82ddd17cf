/**
 * The merge applied to the open project as one command (one undo step): `merge.apply` merges the
 * project as it is now ("mine") with `theirs`, both edited from `base`, answering the conflicts with
 * `resolutions` (shared/merge). Only the entities that differ are written, so the patches, the
 * recovery journal and the next save stay as small as the merge itself.
 */
import { freeze } from 'immer';
import { z } from 'zod';
import { collectionsOf, deepEqual, entitiesOf, projectEntity } from '../diff/structure';
import { mergeDocuments, MergeError } from '../merge';
import { documentSchema, type LakarDocument } from '../model/schema';
import { CommandError, currentDocument, defineCommand, type CommandDraft } from './registry';
import { isTableField } from '../model/table-edit';
import { parseDocumentReusing } from '../model/parse-reusing';
import { ListingWalk } from '../model/listing-walk';
import type { TableDraft } from './table-draft';
import type { Table } from '../model/table';

const resolutionSchema = z.union([z.enum(['mine', 'theirs']), z.object({ value: z.unknown() })]);

const mergeOptions = {
  resolutions: z.record(z.string(), resolutionSchema).default({}),
  /** Side taken for conflicts without a resolution; without it every conflict must be answered. */
  prefer: z.enum(['mine', 'theirs']).optional(),
};
const mergeArgsSchema = z.object({ base: documentSchema, theirs: documentSchema, ...mergeOptions });
/** The arguments with the two documents not checked yet (parseMergeArgs checks them beside the open project). */
const uncheckedDocuments = z.object({ base: z.unknown(), theirs: z.unknown(), ...mergeOptions });
type MergeArgs = z.output<typeof mergeArgsSchema>;

/**
 * mergeArgsSchema's parse, checking of `base` and `theirs` only what differs from the open project
 * (parseDocumentReusing): both are versions of it, and checking their every item cost more than the
 * merge. A refusal comes from mergeArgsSchema itself, so its issues are the same.
 */
function parseMergeArgs(args: unknown, doc: LakarDocument): z.ZodSafeParseResult<MergeArgs> {
  const options = uncheckedDocuments.safeParse(args);
  if (options.success) {
    const base = parseDocumentReusing(options.data.base, doc);
    // their items mine changed and they did not are base's: the merge sees at once that they left them as they were
    const theirs = base.success ? parseDocumentReusing(options.data.theirs, doc, base.data) : base;
    if (base.success && theirs.success) return { success: true, data: { ...options.data, base: base.data, theirs: theirs.data } };
  }
  return mergeArgsSchema.safeParse(args);
}

/**
 * `value` frozen, as immer freezes what a command wrote: frozen before it goes into the draft, immer
 * does not walk it looking for drafts (a merged view of 10,000 nodes: a Set entry per node).
 */
const frozen = <T>(value: T): T => freeze(value, true);

/** Write into `draft` what differs in `next`, entity by entity. */
export function applyDocument(draft: CommandDraft, next: LakarDocument): void {
  const now = currentDocument(draft);
  const target = draft as unknown as Record<string, unknown>;
  const collections = collectionsOf(now, next);
  for (const c of collections) {
    if (isTableField(c)) {
      // read as tables: turning the merged table into a record to compare it cost more than the comparison
      const [have, want] = [now[c] as Table<unknown>, next[c] as Table<unknown>];
      const table = draft[c] as TableDraft<unknown>;
      // the open table read in line with the merged one (../model/listing-walk.ts): they list the same ids in the same order but for a few
      const inHave = new ListingWalk(have.ids(), have.values(), (id) => have.get(id));
      const [ids, items] = [want.ids(), want.values()];
      const changed: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        const was = inHave.itemOf(ids[i]);
        if (was !== items[i] && !deepEqual(was, items[i])) changed.push(i);
      }
      for (const id of inHave.notMet()) if (!want.has(id)) table.delete(id);
      for (const i of changed) table.set(ids[i], items[i]);
      continue;
    }
    const have = entitiesOf(now, c);
    const want = entitiesOf(next, c);
    if (!(c in target) && c in next) target[c] = {};
    const into = target[c] as Record<string, unknown> | undefined;
    if (!into) continue;
    for (const id of Object.keys(have)) if (!(id in want)) delete into[id];
    for (const [id, value] of Object.entries(want)) if (!deepEqual(have[id], value)) into[id] = frozen(value);
  }
  const was = projectEntity(now, collections);
  const will = projectEntity(next, collections);
  for (const key of Object.keys(was)) if (!(key in will)) delete target[key];
  for (const [key, value] of Object.entries(will)) if (!deepEqual(was[key], value)) target[key] = frozen(value);
}

export const applyMerge = defineCommand({
  id: 'merge.apply',
  labelKey: 'command.merge.apply',
  args: mergeArgsSchema,
  parseArgs: parseMergeArgs,
  run(draft, { base, theirs, resolutions, prefer }) {
    const mine = currentDocument(draft);
    let result;
    try {
      result = mergeDocuments(base, mine, theirs, { resolutions, prefer });
    } catch (e) {
      if (e instanceof MergeError) throw new CommandError(e.key, [{ params: e.params }]);
      throw e;
    }
    if (!prefer && result.unresolved.length > 0) throw new CommandError('merge.unresolved', [{ params: { count: result.unresolved.length } }]);
    applyDocument(draft, result.doc);
  },
});
