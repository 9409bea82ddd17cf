/**
 * Which elements are on a view (some view's `nodes` has a node for them): element.notOnView asks it
 * of every element of a full check.
 *
 * A full check asks by element slot (the element the checker graph's pass is calling back about,
 * `ModelGraph.slotHere`): the answers for the whole document are read at once on the first
 * question, one read of the node maps per element in one short loop, and kept as a byte per slot.
 * Why: the same reads made one by one from the rule, amid the fused pass's reads of every element
 * and its relations, missed the cache in the node maps (dictionaries of ~92,000 and ~17,000 keys on
 * the varied 100,000-element model) each time: ~23–30 ms of CPU per full check in profiles (load
 * ~4). In one loop they took ~5–7 ms (measured alone, load ~4), and the rule ~1.3 ms besides.
 * Listing the node maps' keys instead (`Object.keys`) to mark the slots took ~40 ms: V8 sorts a
 * dictionary's keys into their order. A recheck (the graph no longer fresh) reads the node maps
 * by id, as few anchors ask.
 */
import type { LakarDocument } from '../model/schema';

type Views = LakarDocument['views'];
type NodeMap = Readonly<Record<string, unknown>>;

/**
 * The node maps of every view of the last views object read by id (`onSomeView`; the views change
 * only with an edit of a view). One entry held, not a WeakMap by views: on the varied
 * 100,000-element model element.notOnView alone took 32.7 ms CPU as it was, 19.4 so (with the read
 * below; medians of 15, alternating in one process, load ~3). Measured with two such documents open
 * in the process, both took ~35: a read of a record by id goes a slower, generic way once it has
 * met many records. It keeps the last checked document's views alive as the checker keeps that document.
 */
let lastViews: Views | undefined;
let lastNodeMaps: readonly NodeMap[] = [];

function nodeMaps(views: Views): readonly NodeMap[] {
  if (views !== lastViews) {
    lastNodeMaps = Object.values(views).map((v) => v.nodes);
    lastViews = views;
  }
  return lastNodeMaps;
}

/** True when some view of `views` has a node for element `id`. */
export function onSomeView(views: Views, id: string): boolean {
  // a read rather than `id in nodes`: a node is never undefined, and the read is V8's faster way
  // (with `in`, 22.4 ms CPU instead of 17.8 in the same runs)
  const maps = nodeMaps(views);
  for (let i = 0; i < maps.length; i++) if (maps[i][id] !== undefined) return true;
  return false;
}

/**
 * The answers of `onSomeViewAt` for the last ids and views it was asked about, 1 at a slot on some
 * view: one held, as `lastNodeMaps` (it keeps the last checked document's ids alive, ~0.8 MB at
 * 100,000 elements, their strings being the node maps' keys).
 */
let bitsIds: readonly string[] | undefined;
let bitsViews: Views | undefined;
let bits = new Uint8Array(0);

/**
 * `onSomeView(views, ids[slot])`, `ids` the element ids by slot of a document the checker graph
 * indexed (`ModelGraph.slotHere`): the answers for every slot are read on the first question (see
 * the module comment) and kept while the same `ids` and `views` are asked about.
 */
export function onSomeViewAt(views: Views, ids: readonly string[], slot: number): boolean {
  if (ids !== bitsIds || views !== bitsViews) {
    bits = new Uint8Array(ids.length);
    for (let i = 0; i < ids.length; i++) if (onSomeView(views, ids[i])) bits[i] = 1;
    bitsIds = ids;
    bitsViews = views;
  }
  return bits[slot] === 1;
}
