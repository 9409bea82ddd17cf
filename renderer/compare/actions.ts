/**
 * What File › Compare with… and File › Merge from… do: pick the other copy (and, to merge, the
 * common ancestor) through `project:peek`, which reads a file without opening it in both editions,
 * then let the panel show the differences or the conflict screen. The merge is applied as one
 * `merge.apply` command, so Edit › Undo takes it back in one step.
 */
import { describeConflict, mergeDocuments, type MergeConflict, type Resolution } from '../../shared/merge';
import type { LakarDocument } from '../../shared/model';
import { diffDocuments } from '../../shared/diff';
import { parseDocumentReusingSteps, type ParseCount } from '../../shared/model/parse-reusing';
import { fromWire } from '../../shared/model/wire';
import { describeError } from '../backend/errors';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { useShell } from '../shell/shellStore';
import { INITIAL, useCompare, type Answer, type PickedCopy } from './compareStore';
import { runInSlices } from './slices';

/**
 * A copy as `project:peek` gives it: a document, whose tables the desktop edition leaves in their wire
 * form (shared/ipc/page-api.ts) for the merge's check to read as it goes; `fromWire` makes it a document.
 */
interface PeekedCopy {
  name: string;
  doc: unknown;
}

async function peek(): Promise<PeekedCopy | null> {
  const api = useEditor.getState().api;
  if (!api) return null;
  try {
    return await api['project:peek']({});
  } catch (e) {
    useCompare.getState().set({ error: describeError(e) });
    return null;
  }
}

/** Make sure the bottom region (where the panel lives) is shown. */
function showPanel(): void {
  if (useShell.getState().hidden.bottom) useShell.getState().toggleRegion('bottom');
}

/** File › Compare with…: pick a copy and show how the open project differs from it. */
export async function compareWith(): Promise<void> {
  if (!useEditor.getState().history) return;
  const other = await peek();
  if (!other) {
    if (useCompare.getState().error) showPanel();
    return;
  }
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'compare', other: { name: other.name, doc: fromWire(other.doc) as LakarDocument } });
  showPanel();
}

/** The pick for the merge under way: aborted by Cancel, by another pick and by closing the panel. */
let picking: AbortController | null = null;

/** Stop the pick under way, if any (nothing it did stays: the copy is not taken). */
function stopPicking(): void {
  picking?.abort();
  picking = null;
}

/** File › Merge from…: open the merge panel, which asks for their copy and the common ancestor. */
export function startMerge(): void {
  if (!useEditor.getState().history) return;
  stopPicking();
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge' });
  showPanel();
}

/**
 * `copy` holding, for every item it has unchanged, the open project's own (or the other copy's, when
 * the project changed it and the other copy did not): read from a file, it shares nothing, and the
 * merge's preview and the merge itself compared all of it, item by item, with the project's (a
 * 100,000-element project: ~2 s of the merge command's 2.7–3.5 s). Compared once here, they pass
 * over what is one object on all sides. The same document: its data as it was, in its order.
 * Compared a slice at a time (./slices.ts), `onProgress` told how far; null when `signal` stopped it.
 */
async function sharingWithProject(copy: PeekedCopy, other: PickedCopy | null, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<PickedCopy | null> {
  // made a document only where the check does not make it: its tables are built then
  const asRead = (): PickedCopy => ({ name: copy.name, doc: fromWire(copy.doc) as LakarDocument });
  const open = useEditor.getState().history?.doc;
  if (!open) return asRead();
  const count: ParseCount = { done: 0, total: 0 };
  const shared = await runInSlices(parseDocumentReusingSteps(copy.doc, open, other?.doc, count), {
    signal,
    onSlice: () => onProgress(count.total > 0 ? Math.min(1, count.done / count.total) : 0),
  });
  if (!shared) return null;
  // refused (never: the copy was checked as it was read): as it was read
  return shared.success ? { name: copy.name, doc: shared.data } : asRead();
}

/**
 * Pick their copy (`which` = theirs) or the common ancestor (`base`) for the merge: read it, then
 * check it beside the open project with its progress in the panel; Cancel (cancelPick) stops either,
 * leaving the project and the copies picked before as they were.
 */
export async function pickForMerge(which: 'theirs' | 'base'): Promise<void> {
  stopPicking();
  const control = (picking = new AbortController());
  const { set } = useCompare.getState();
  set({ error: null, pickCancelled: null, picking: { which, phase: 'read', fraction: 0 } });
  // a copy picked for this project is never taken into another's merge: closing the project, or
  // showing another (or the recovered one) in its place while the copy is read or checked, stops the pick
  const opening = useEditor.getState().opening;
  const unsubscribe = useEditor.subscribe((s) => {
    if (s.opening === opening || control.signal.aborted) return;
    control.abort();
    if (picking === control) picking = null;
    set({ picking: null });
  });
  try {
    const copy = await peek();
    if (control.signal.aborted) return;
    if (!copy) {
      picking = null;
      set({ picking: null });
      return;
    }
    set({ picking: { which, phase: 'check', fraction: 0 } });
    const other = useCompare.getState()[which === 'theirs' ? 'base' : 'theirs'];
    const shared = await sharingWithProject(copy, other, control.signal, (fraction) => set({ picking: { which, phase: 'check', fraction } }));
    if (!shared || control.signal.aborted || useEditor.getState().opening !== opening) return;
    picking = null;
    set({ [which]: shared, answers: {}, picking: null });
  } catch (e) {
    // a copy that arrived damaged (its tables' wire form refused): said in the panel, the pick over
    if (control.signal.aborted) return;
    picking = null;
    set({ picking: null, error: describeError(e) });
  } finally {
    unsubscribe();
  }
}

/** Cancel the pick under way: the copy is not taken, the open project is untouched. */
export function cancelPick(): void {
  const under = useCompare.getState().picking;
  stopPicking();
  if (under) useCompare.getState().set({ picking: null, pickCancelled: under.which });
}

/** Close the panel (a comparison or an unfinished merge leaves nothing behind). */
export function closeCompare(): void {
  stopPicking();
  useCompare.getState().set({ ...INITIAL, answers: {} });
}

/** The merge as it would be applied now: against the open document as it is. */
export function previewMerge(mine: LakarDocument, base: PickedCopy, theirs: PickedCopy) {
  const result = mergeDocuments(base.doc, mine, theirs.doc);
  const incoming = diffDocuments(mine, result.doc).changes.length;
  return { result, incoming };
}

/** A typed value for a field whose sides hold `like` (numbers stay numbers, texts stay texts). */
export function typedValue(text: string, like: unknown): unknown {
  if (typeof like === 'number') {
    const n = Number(text.replace(/,/g, '').trim());
    return Number.isFinite(n) ? n : text;
  }
  if (typeof like === 'boolean') return text === 'true';
  return text.trim() === '' ? undefined : text.trim();
}

/** Whether a conflict can be answered with a typed value on this screen (one text, number or yes/no). */
export function canEdit(c: MergeConflict): boolean {
  if (!c.editable) return false;
  const kinds = [c.mine, c.theirs].filter((v) => v !== undefined).map((v) => typeof v);
  return kinds.length > 0 && kinds.every((k) => k === kinds[0] && (k === 'string' || k === 'number' || k === 'boolean'));
}

/** Give every conflict the same answer. */
export function answerAll(conflicts: readonly MergeConflict[], side: 'mine' | 'theirs'): void {
  useCompare.getState().set({ answers: Object.fromEntries(conflicts.map((c) => [c.id, side])) });
}

/** Answer one conflict. */
export function answer(id: string, value: Answer): void {
  useCompare.getState().set({ answers: { ...useCompare.getState().answers, [id]: value } });
}

/** The resolutions of `answers` for the merge command; null while a conflict has no answer. */
export function resolutionsOf(conflicts: readonly MergeConflict[], answers: Record<string, Answer>): Record<string, Resolution> | null {
  const out: Record<string, Resolution> = {};
  for (const c of conflicts) {
    const a = answers[c.id];
    if (a === undefined) return null;
    out[c.id] = typeof a === 'string' ? a : { value: typedValue(a.edit, c.mine ?? c.theirs) };
  }
  return out;
}

/** Apply the merge to the open project as one undoable step; false (with the reason shown) when refused. */
export function applyMerge(conflicts: readonly MergeConflict[]): boolean {
  const { base, theirs, answers } = useCompare.getState();
  const resolutions = resolutionsOf(conflicts, answers);
  if (!base || !theirs || !resolutions) return false;
  const before = useEditor.getState().history?.doc;
  const error = useEditor.getState().tryDispatch('merge.apply', { base: base.doc, theirs: theirs.doc, resolutions });
  if (error) {
    useCompare.getState().set({ error: { key: error.key, params: error.details[0]?.params } });
    return false;
  }
  const after = useEditor.getState().history?.doc;
  const changes = before && after ? diffDocuments(before, after).changes.length : 0;
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge', merged: { conflicts: conflicts.length, changes, from: theirs.name } });
  return true;
}

/** Select and centre the element a change or conflict is about. */
export function showOnCanvas(elementIds: readonly string[], relationIds: readonly string[] = []): void {
  useEditor.getState().setSelection({ elements: [...elementIds], relations: [...relationIds] });
  const first = elementIds[0];
  if (first) useCanvas.getState().requestReveal(first);
}

/** The elements and relations a conflict is about on the canvas. */
export function placeOf(c: MergeConflict, docs: { mine: LakarDocument; theirs: LakarDocument; base: LakarDocument }): { elements: string[]; relations: string[] } {
  if (c.collection === 'elements') return { elements: [c.entityId], relations: [] };
  if (c.collection === 'relations') {
    const r = docs.mine.relations.get(c.entityId) ?? docs.theirs.relations.get(c.entityId) ?? docs.base.relations.get(c.entityId);
    return { elements: r ? [r.source, r.target] : [], relations: [c.entityId] };
  }
  if (c.collection === 'views' && c.path?.[0] === 'nodes' && c.path[1]) return { elements: [c.path[1]], relations: [] };
  return { elements: [], relations: [] };
}

export { describeConflict };
