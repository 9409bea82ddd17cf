/**
 * The words of Lakar's vocabulary in the items of a document just read made the vocabulary's own
 * strings: each item's `kind`, and the words the checker reads of most items (a data flow's method,
 * direction, category and classification, a data entity's classification, an application's category).
 *
 * Why: a document read from a file (JSON.parse keeps one shared string only of texts of up to 10
 * characters: `application`, `externalSystem`, `usesPlatform`… are a string of their own in each
 * item) or sent to the window (structured clone copies every string) holds a separate copy of the
 * word in each item, and every `e.kind === 'application'` of the rules then compares characters, and
 * every lookup by kind hashes the copy. With the word the very string of the code's literals (V8
 * interns literals), a comparison is of two addresses. Only an item not frozen is changed, and only
 * to an equal string: nothing anyone can see of the document changes.
 * Measured on the varied 100,000-element model with app-length ids (12 alternating child pairs,
 * load 6–15): the full check as opening or an edit meets it 0.94× the CPU (median ratio, lower in
 * 9 of 12), the same tables again 0.93× (10 of 12), the first check of a document just read 0.94×
 * (10 of 12); the walk costs ~35–60 ms CPU once per document read, about what its first check saves.
 */
import { CLASSIFICATIONS, APPLICATION_CATEGORIES, FLOW_CATEGORIES, FLOW_DIRECTIONS, FLOW_METHODS } from './vocabulary';
import { ELEMENT_KINDS } from './kinds';
import { SIMPLE_RELATION_KINDS } from './schema';

/** Each word → itself, as the code's own string; made at the first read (the schema's module imports this one's importers). */
let OWN: Map<string, string> | undefined;

function words(): Map<string, string> {
  if (OWN) return OWN;
  OWN = new Map();
  for (const list of [ELEMENT_KINDS.map((k) => k.kind), SIMPLE_RELATION_KINDS, ['dataFlow'], CLASSIFICATIONS, APPLICATION_CATEGORIES, FLOW_CATEGORIES, FLOW_DIRECTIONS, FLOW_METHODS]) {
    for (const w of list as readonly string[]) OWN.set(w, w);
  }
  return OWN;
}

type Item = { kind?: unknown; [field: string]: unknown };

/** The fields `ownItem` writes. */
const FIELDS = ['kind', 'method', 'direction', 'category', 'classification'];

/** `item[field]` made the vocabulary's own string when it is one of its words. */
function own(item: Item, field: string, own: Map<string, string>) {
  const v = item[field];
  if (typeof v !== 'string') return;
  const w = own.get(v);
  if (w !== undefined) item[field] = w;
}

/** Make the vocabulary words of `items` (a document's elements or relations just read) its own strings (see the module comment). */
export function ownWords(items: readonly unknown[]) {
  // a field Object.prototype holds (polluted by some code) reads as every item's that lacks it, and would be
  // written as the item's own: the document, saved, would keep it. The walk only speeds the checker up: left out
  if (FIELDS.some((field) => field in Object.prototype)) return;
  const w = words();
  // items read are not frozen; asking each (a call into the engine per item) cost more than the
  // writes, so a frozen item is met by its refusal to be written, and from then on each is asked
  let frozenMet = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (typeof item !== 'object' || item === null || (frozenMet && Object.isFrozen(item))) continue;
    try {
      ownItem(item, w);
    } catch {
      // frozen (data an editor made): its first write was refused, so it is left as it was
      frozenMet = true;
    }
  }
}

function ownItem(item: Item, w: Map<string, string>) {
  own(item, 'kind', w);
  switch (item.kind) {
    case 'dataFlow':
      own(item, 'method', w);
      own(item, 'direction', w);
      own(item, 'category', w);
      own(item, 'classification', w);
      break;
    case 'dataEntity':
      own(item, 'classification', w);
      break;
    case 'application':
      own(item, 'category', w);
      break;
  }
}

/** `table` (just made of items read), its items' words made the vocabulary's own (`ownWords`). */
export function withOwnWords<T extends { values(): readonly unknown[] }>(table: T): T {
  ownWords(table.values());
  return table;
}
