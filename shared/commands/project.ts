/** Commands on the project metadata and per-project checker settings. */
import { z } from 'zod';
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
    draft.meta = validOrThrow(projectMetaSchema, merged, 'meta.invalid');
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
