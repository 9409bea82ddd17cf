/**
 * Commands as they ran before shared/commands/nodes-draft.ts: immer drafts the views' boxes too (a
 * copy of a view's whole record of boxes per edit). The reference the boxes written beside the
 * draft are compared with: every command must give the same documents and patches.
 */
import { executeDraftingViews, type CommandResult, type ViewsDrafting } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model/schema';

/** Views handed to the command as immer's draft of them, nothing written beside it. */
const immerDraftsViews: ViewsDrafting = {
  stands: (proxy) => proxy,
  views: (draftViews) => draftViews,
  leaveAll: () => {},
  withNodes: (views) => views,
  finish: (doc) => ({ doc, patches: [], inversePatches: [] }),
};

/** Apply command `id` to `doc` with immer drafting the views' boxes. */
export function executeWithBoxesByImmer(doc: LakarDocument, id: string, args: unknown): CommandResult {
  return executeDraftingViews(doc, id, args, immerDraftsViews);
}
