/**
 * Commands of the proposal paper besides `project.updateMeta`: marking a view as the current
 * landscape (As-Is) or the proposal (To-Be), accepting an imported view as a Landscape Map View, and
 * confirming the assumptions an import made (the app's banner and the paper's annex then go away).
 */
import { z } from 'zod';
import { VIEW_STATES } from '../model/vocabulary';
import { CommandError, defineCommand } from './registry';

export const setViewState = defineCommand({
  id: 'view.setState',
  labelKey: 'command.proposal.setViewState',
  args: z.object({ id: z.string().min(1), state: z.enum(VIEW_STATES).optional() }),
  run(draft, { id, state }) {
    const v = draft.views[id];
    if (!v) throw new CommandError('view.notFound', [{ params: { id } }]);
    if (state) v.state = state;
    else delete v.state;
  },
});

export const acceptViewAsLmv = defineCommand({
  id: 'view.acceptAsLmv',
  labelKey: 'command.proposal.acceptViewAsLmv',
  args: z.object({ id: z.string().min(1) }),
  run(draft, { id }) {
    const v = draft.views[id];
    if (!v) throw new CommandError('view.notFound', [{ params: { id } }]);
    delete v.imported;
  },
});

export const confirmImport = defineCommand({
  id: 'project.confirmImport',
  labelKey: 'command.proposal.confirmImport',
  /** `at`: when the user confirmed (ISO timestamp); the caller passes it so the command stays pure. */
  args: z.object({ at: z.string().min(1).max(100) }),
  run(draft, { at }) {
    const a = draft.meta.importAssumptions;
    if (!a) throw new CommandError('meta.invalid', [{ params: { message: 'importAssumptions' } }]);
    a.confirmedAt = at;
  },
});
