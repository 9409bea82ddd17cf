/**
 * Keyboard travel over random landscapes, boxes stacked on one spot and ties included: whatever
 * the layout, holding an arrow key comes to an end, and the arrow keys reach every box they reached
 * before stacks were gone through (they reach more: each box of a stack).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/model';
import { boxesRecord } from '../../../shared/model/boxes-record';
import { Table } from '../../../shared/model/table';
import { neighbourInDirection, type Direction } from './navigate';

type Nodes = Record<string, { x: number; y: number; w?: number; h?: number }>;
const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];

/** The rule before stacks were gone through (main at aa4fb5d): a stack is entered at its first box and never left for another of its boxes. */
function oldNeighbour(nodes: Nodes, from: string, direction: Direction): string | null {
  const centre = (n: Nodes[string]) => ({ x: n.x + (n.w ?? NODE_WIDTH) / 2, y: n.y + (n.h ?? NODE_HEIGHT) / 2 });
  const a = centre(nodes[from]);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of Object.keys(nodes)) {
    if (id === from) continue;
    const b = centre(nodes[id]);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** Every box the arrow keys reach from `start`, by any sequence of keys. */
function reachable(nodes: Nodes, start: string, step: (nodes: Nodes, from: string, d: Direction) => string | null): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length) {
    const at = todo.pop()!;
    for (const d of DIRECTIONS) {
      const next = step(nodes, at, d);
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

// boxes on a coarse grid (so that many share a row, a column or a spot), some of another size on
// the same centre, some a hair apart
const box = fc.record({
  col: fc.integer({ min: 0, max: 4 }),
  row: fc.integer({ min: 0, max: 4 }),
  size: fc.constantFrom(0, 0, 0, 1, 2),
  nudge: fc.constantFrom(0, 0, 0, 0, 0.5, 1e-9),
});
const landscape = fc.array(box, { minLength: 1, maxLength: 14 }).map((boxes) => {
  const nodes: Nodes = {};
  boxes.forEach(({ col, row, size, nudge }, i) => {
    const w = NODE_WIDTH + size * 40;
    const h = NODE_HEIGHT + size * 20;
    // centred on the grid point, whatever its size
    nodes[`n${i}`] = { x: col * 250 - w / 2 + nudge, y: row * 150 - h / 2, w, h };
  });
  return nodes;
});

describe('keyboard travel over any landscape', () => {
  it('comes to an end when one arrow key is held, from any box, in each direction', () => {
    fc.assert(
      fc.property(landscape, (nodes) => {
        const ids = Object.keys(nodes);
        for (const start of ids) {
          for (const d of DIRECTIONS) {
            const seen = new Set([start]);
            for (let at = neighbourInDirection(nodes, start, d); at !== null; at = neighbourInDirection(nodes, at, d)) {
              expect(seen.has(at), `${d} from ${start} comes back to ${at}`).toBe(false);
              seen.add(at);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("goes the same way in a view's record of boxes as in a plain record (it reads the record's table, not the record box by box)", () => {
    fc.assert(
      fc.property(landscape, (nodes) => {
        const record = boxesRecord(Table.fromRecord(nodes));
        for (const start of Object.keys(nodes)) for (const d of DIRECTIONS) expect(neighbourInDirection(record, start, d)).toBe(neighbourInDirection(nodes, start, d));
      }),
      { numRuns: 200 },
    );
  });

  it('reaches from any box every box it reached before, and each box of a stack it reaches', () => {
    fc.assert(
      fc.property(landscape, (nodes) => {
        for (const start of Object.keys(nodes)) {
          const now = reachable(nodes, start, neighbourInDirection);
          for (const id of reachable(nodes, start, oldNeighbour)) expect(now.has(id), `${id} from ${start}`).toBe(true);
          // a stack reached is reached whole
          for (const id of now) {
            const c = nodes[id];
            for (const [other, o] of Object.entries(nodes)) {
              if (o.x + o.w! / 2 === c.x + c.w! / 2 && o.y + o.h! / 2 === c.y + c.h! / 2) expect(now.has(other), `${other} stacked on ${id}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
