import { describe, expect, it } from 'vitest';
import { bandLayout } from '../../../shared/model';
import { bandAt, firstNode, neighbourInDirection } from './navigate';

// a small landscape: a row of three nodes, one below the middle one, one far below and off to the left
const nodes = {
  a: { x: 200, y: 30 },
  b: { x: 400, y: 30 },
  c: { x: 600, y: 30 },
  d: { x: 410, y: 200 },
  e: { x: 200, y: 600 },
};

describe('neighbourInDirection', () => {
  it('goes to the next node of the row with left and right, and stops at the ends', () => {
    expect(neighbourInDirection(nodes, 'a', 'right')).toBe('b');
    expect(neighbourInDirection(nodes, 'b', 'right')).toBe('c');
    expect(neighbourInDirection(nodes, 'c', 'right')).toBeNull();
    expect(neighbourInDirection(nodes, 'b', 'left')).toBe('a');
  });

  it('prefers the node straight below to a nearer one off to the side', () => {
    expect(neighbourInDirection(nodes, 'b', 'down')).toBe('d');
    expect(neighbourInDirection(nodes, 'd', 'up')).toBe('b');
  });

  it('ignores nodes more to the side than ahead (outside the 45° cone)', () => {
    // from a, "down" reaches e (straight below) and not d (as far aside as below)
    expect(neighbourInDirection(nodes, 'a', 'down')).toBe('e');
    expect(neighbourInDirection(nodes, 'e', 'right')).toBeNull();
  });

  it('reaches each of nodes stacked on one centre in turn, as the outline does: right and down go on through the stack, left and up back', () => {
    const stacked = { left: { x: 600, y: 1000 }, a: { x: 1000, y: 1000 }, b: { x: 1000, y: 1000 }, c: { x: 1000, y: 1000 }, right: { x: 1400, y: 1000 } };
    const walk = (from: string, direction: 'left' | 'right' | 'up' | 'down') => {
      const seen = [from];
      for (let next = neighbourInDirection(stacked, from, direction); next && seen.length < 10; next = neighbourInDirection(stacked, next, direction)) seen.push(next);
      return seen;
    };
    expect(walk('left', 'right')).toEqual(['left', 'a', 'b', 'c', 'right']);
    expect(walk('right', 'left')).toEqual(['right', 'c', 'b', 'a', 'left']);
    expect(walk('a', 'down')).toEqual(['a', 'b', 'c']);
    expect(walk('c', 'up')).toEqual(['c', 'b', 'a']);
  });

  it('answers null for a node that is not on the view', () => {
    expect(neighbourInDirection(nodes, 'zz', 'left')).toBeNull();
  });
});

describe('firstNode', () => {
  it('starts from the top-left node, and from nothing on an empty view', () => {
    expect(firstNode(nodes)).toBe('a');
    expect(firstNode({})).toBeNull();
  });
});

describe('bandAt', () => {
  it('names the band under a height of the plane, clamping above and below', () => {
    const rows = bandLayout({});
    expect(bandAt({}, rows[4].top + 5)).toBe('applications');
    expect(bandAt({}, -50)).toBe('users');
    expect(bandAt({}, 1e6)).toBe('infrastructure');
  });
});
