/**
 * Commands as they ran before shared/commands/nodes-draft.ts: immer drafts the views' boxes too (a
 * copy of a view's whole record of boxes per edit). The reference the boxes written beside the
 * draft are compared with: every command must give the same documents and patches.
 */
import { executeDraftingViews, type CommandResult, type ViewsDrafting } from '../../shared/commands';
import { plainBoxes } from '../../shared/model/boxes-record';
import type { LakarDocument } from '../../shared/model/schema';

/** Views handed to the command as immer's draft of them, nothing written beside it. */
const immerDraftsViews: ViewsDrafting = {
  stands: (proxy) => proxy,
  views: (draftViews) => draftViews,
  leaveAll: () => {},
  withNodes: (views) => views,
  finish: (doc) => ({ doc, patches: [], inversePatches: [] }),
  abandon: () => {},
};

/**
 * Apply command `id` to `doc` with immer drafting the views' boxes, as plain records (immer leaves a
 * boxes record kept in a table alone, shared/model/boxes-record.ts).
 */
export function executeWithBoxesByImmer(doc: LakarDocument, id: string, args: unknown): CommandResult {
  const views = Object.fromEntries(Object.entries(doc.views).map(([viewId, view]) => [viewId, { ...view, nodes: plainBoxes(view.nodes) }]));
  return executeDraftingViews({ ...doc, views }, id, args, immerDraftsViews);
}
