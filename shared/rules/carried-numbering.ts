/**
 * The ids the data flows carry (`dataEntityIds`) as numbers, flow by flow: what the carriers
 * (carriers.ts) are made from, worked out with the rest of a document's numbering (table-numbering.ts)
 * and kept with it. Each distinct carried id gets a serial, looked up once per carried id per flow in
 * a map (~71,000 lookups of 7,700 ids on the 100,000-element varied model), which a full check of
 * tables already numbered no longer does.
 */
import type { Element } from '../model/schema';

/**
 * Read-only once made (shared by every build over the same tables): the flows carrying ids, once
 * each in document order, by their places among the relations (`flowPlaces`), and the serials of the
 * ids each carries, in its order, at `serials[starts[i]]` … `serials[starts[i + 1] - 1]` (to
 * `serials.length` for the last); by serial, the element under the id (null: none).
 */
export interface CarriedNumbering {
  /** Carried id → its serial, keyed by the element's table key when the id is an element's. Copied by each `Carriers`. */
  readonly serialOf: ReadonlyMap<string, number>;
  readonly elements: readonly (Element | null)[];
  readonly flowPlaces: Int32Array;
  readonly starts: Int32Array;
  readonly serials: Int32Array;
}

/** A list of numbers grown by doubling, kept outside the heap the garbage collector walks. */
class NumberList {
  private items: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  push(x: number) {
    if (this.length === this.items.length) {
      const more = new Int32Array(2 * this.items.length);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.length++] = x;
  }

  at(i: number): number {
    return this.items[i];
  }

  /** The numbers pushed (a view: pushing more afterwards may leave it behind). */
  view(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}

/** Numbers the carried ids of a document's flows, met in document order (`add`), then `done`. */
export class CarriedNumberer {
  private readonly serialOf = new Map<string, number>();
  private readonly elementsBySerial: (Element | null)[] = [];
  private readonly isData: number[] = [];
  private readonly serials: NumberList;
  private readonly flowPlaces: NumberList;
  private readonly starts: NumberList;

  /**
   * `elements`: the document's elements in order, the element in slot `s` at `elements[s]` (slots
   * past them name no element); `keys[s]` the table key of the element in slot `s` (its id).
   * `relations`: the number of the document's relations (room for the flows met).
   */
  constructor(
    private readonly elements: readonly Element[],
    private readonly keys: readonly string[],
    relations: number,
  ) {
    this.serials = new NumberList(relations);
    this.flowPlaces = new NumberList(relations >> 1);
    this.starts = new NumberList(relations >> 1);
  }

  /**
   * Relation `k` of the document, a data flow, carries `id`; `slotOf` gives the slot of an id (-1:
   * none), asked once per id. True when the id is a data entity's (the flow's ends are suspect when not).
   */
  add(id: string, k: number, slotOf: (id: string) => number): boolean {
    let serial = this.serialOf.get(id);
    if (serial === undefined) {
      serial = this.elementsBySerial.length;
      const slot = slotOf(id);
      const element = slot >= 0 && slot < this.elements.length ? this.elements[slot] : null;
      // keyed by the element's own key string, the one rules ask with (the kinds' ids are the
      // table's keys): a lookup then finds its key by pointer, not by comparing characters (asking
      // for the flows of every data entity twice took 1.6 against 2.3 ms, medians of 40 alternating runs)
      this.serialOf.set(element ? this.keys[slot] : id, serial);
      this.elementsBySerial.push(element);
      this.isData.push(element?.kind === 'dataEntity' ? 1 : 0);
    }
    const flows = this.flowPlaces;
    if (flows.length === 0 || flows.at(flows.length - 1) !== k) {
      flows.push(k);
      this.starts.push(this.serials.length);
    }
    this.serials.push(serial);
    return this.isData[serial] === 1;
  }

  /** What was met, numbered. */
  done(): CarriedNumbering {
    return {
      serialOf: this.serialOf,
      elements: this.elementsBySerial,
      flowPlaces: this.flowPlaces.view(),
      starts: this.starts.view(),
      serials: this.serials.view(),
    };
  }
}
