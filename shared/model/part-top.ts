/**
 * What heads a module's or application service's tree of parts (001 Jadual 3-1: modules sit under an
 * application, application services under a module or an application), read the same way by every
 * reader of a document outside the checker: the IDD's supplier and consumer codes, the Senarai
 * Semak's copies of data. The checker's own walk (`shared/rules/trees.ts`, `rootFrom`) gives the same
 * top, so a finding and the paper never disagree about whose part an element is.
 */
import type { Element } from './schema';

/** Chains up to this long are walked without a record of the parents met (a real model's are a few steps). */
const SHORT_CHAIN = 64;

/**
 * The element at the end of the walk up `id`'s parents while it is a module or an application
 * service, however long the chain: the part itself when it is no part or has no parent, the last
 * element found when a parent names no element. A part whose walk never ends (parents in a cycle,
 * in a hand-edited file: it is in the cycle or below it) is its own top: it belongs to no
 * application. Why no depth bound, as these readers had (50 parents): a module at the bottom of a
 * longer chain then had a module halfway up as its top, so the IDD printed no agency for a supplier
 * whose application the checker found.
 */
export function partTop(elements: { get(id: string): Element | undefined }, id: string): Element | undefined {
  const start = elements.get(id);
  let e = start;
  let met: Set<Element> | null = null;
  for (let steps = 0; e && (e.kind === 'module' || e.kind === 'appService') && e.parentId; steps++) {
    const parent = elements.get(e.parentId);
    if (!parent) break;
    if (steps >= SHORT_CHAIN) {
      // past a real chain's length: a parent met twice is a cycle
      met ??= new Set();
      if (met.has(parent)) return start;
      met.add(parent);
    }
    e = parent;
  }
  return e;
}
