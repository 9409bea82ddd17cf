import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { bezierEdge, bezierPieces, PIECE_LENGTH } from './edgeGeometry';

const ends = (d: string) => {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { start: [n[0], n[1]], end: [n[6], n[7]] };
};

describe('bezierPieces', () => {
  it('draws a short line as one piece, the same curve as the whole edge', () => {
    const pieces = bezierPieces(0, 0, Position.Bottom, 40, 120, Position.Top);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].offset).toBe(0);
    expect(pieces[0].d).toBe(bezierEdge(0, 0, Position.Bottom, 40, 120, Position.Top).path);
  });

  it('splits a long line into joined pieces from source to target, each about a tile long', () => {
    const pieces = bezierPieces(100, 50, Position.Bottom, 2300, 1650, Position.Top);
    expect(pieces.length).toBeGreaterThan(8);
    expect(ends(pieces[0].d).start).toEqual([100, 50]);
    expect(ends(pieces[pieces.length - 1].d).end).toEqual([2300, 1650]);
    for (let i = 1; i < pieces.length; i++) {
      expect(ends(pieces[i].d).start).toEqual(ends(pieces[i - 1].d).end);
      // the dash pattern runs on: each piece starts where the previous one's length ends
      const step = pieces[i].offset - pieces[i - 1].offset;
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThanOrEqual(PIECE_LENGTH * 1.6);
    }
  });

  it('gives the pieces the length of the curve, so the dashes continue across them', () => {
    // a straight vertical curve: its length is known exactly
    const pieces = bezierPieces(0, 0, Position.Bottom, 0, 1000, Position.Top);
    const last = ends(pieces[pieces.length - 1].d);
    expect(pieces[pieces.length - 1].offset + (last.end[1] - last.start[1])).toBeCloseTo(1000, 0);
  });
});
