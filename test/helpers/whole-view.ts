/**
 * For tests of commands that draw again only part of a view stored as drawn (shared/commands/normalize.ts):
 * the same document made of new objects, on which the command normalises whole views instead, and
 * whether a view is stored as drawn (a whole-view normalisation would change nothing).
 */
import type { Patch } from 'immer';
import { z } from 'zod';
import { defineCommand, executeCommand } from '../../shared/commands';
import { normalizeView } from '../../shared/commands/normalize';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';

/** The same document made of new objects: nothing remembered about it applies, so every command normalises whole views. */
export const freshCopy = (doc: LakarDocument): LakarDocument => fromDocumentData(JSON.parse(JSON.stringify(toDocumentData(doc)))) as LakarDocument;

/** Patches in the order of their paths (the same set of patches compares equal). */
export const byPath = (patches: Patch[]) => [...patches].sort((a, b) => (a.path.join('/') < b.path.join('/') ? -1 : 1));

// a whole-view normalisation on its own, to ask whether a view trusted as stored as drawn is so
defineCommand({
  id: 'test.normalizeView',
  labelKey: 'command.view.layout',
  args: z.object({ viewId: z.string() }),
  run: (draft, { viewId }) => void normalizeView(draft, viewId),
});

/** The patches a whole-view normalisation of `viewId` would give on (a fresh copy of) `doc`: none when it is stored as drawn. */
export function normalisationOf(doc: LakarDocument, viewId: string): Patch[] {
  return executeCommand(doc, 'test.normalizeView', { viewId }).patches;
}
