/** Commands on the project metadata and per-project checker settings. */
import { isDraft, original } from 'immer';
import { z } from 'zod';
import { sameData } from '../model/parse-reusing';
import { projectMetaSchema } from '../model/schema';
import { defineCommand } from './registry';
import { validOrThrow } from './validate';

export const updateMeta = defineCommand({
  id: 'project.updateMeta',
  labelKey: 'command.project.updateMeta',
  args: z.object({ patch: z.record(z.string(), z.unknown()) }),
  run(draft, { patch }) {
    const merged: Record<string, unknown> = { ...draft.meta, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
    const valid = validOrThrow(projectMetaSchema, merged, 'meta.invalid') as Record<string, unknown>;
    // only the patched fields change: the others keep their identity (the checker compares the
    // application list and catalogue update by reference; patches stay as small as the edit)
    const meta = draft.meta as Record<string, unknown>;
    // a field given the value it has (an outcome or a list cell retyped with a trailing space the schema
    // trims) is no change: a new object of the same data made an undo step that undid nothing and
    // marked the file unsaved (element and relation fields: TableDraft.set)
    const was = (isDraft(meta) ? original(meta) : meta) as Record<string, unknown>;
    for (const k of Object.keys(patch)) {
      if (valid[k] !== undefined && sameData(valid[k], was[k])) continue;
      if (valid[k] === undefined) delete meta[k];
      else meta[k] = valid[k];
    }
  },
});

export const setRuleEnabled = defineCommand({
  id: 'rules.setEnabled',
  labelKey: 'command.rules.setEnabled',
  args: z.object({ ruleId: z.string().min(1), enabled: z.boolean() }),
  run(draft, { ruleId, enabled }) {
    const off = new Set(draft.meta.disabledRules ?? []);
    if (enabled) off.delete(ruleId);
    else off.add(ruleId);
    draft.meta.disabledRules = [...off].sort();
  },
});
