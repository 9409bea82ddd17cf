import { describe, expect, it } from 'vitest';
import { boxIndex, lineIndex, windowAround, windowContents, windowServes, type Rect } from './flowWindow';

/** A row of boxes 170×60, 1,000 flow units apart: box i at x = 1000 i. */
const row = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `b${i}`, x: i * 1000, y: 0, w: 170, h: 60 }));

const idsIn = (boxes: { id: string }[], boxIn: Uint8Array) => boxes.filter((_, i) => boxIn[i]).map((b) => b.id);

describe('what the window of a large view holds', () => {
  const screen: Rect = { x0: 4900, y0: -100, x1: 6100, y1: 500 };

  it('holds the boxes that meet it, not the rest of the view', () => {
    const boxes = row(100);
    const w = windowContents(lineIndex(boxIndex(boxes), []), screen);
    expect(idsIn(boxes, w.boxIn)).toEqual(['b5', 'b6']);
  });

  it('holds the boxes holding a box in it (a module is placed inside its application), however far their corner', () => {
    const boxes = [
      { id: 'app', x: -20_000, y: 0, w: 30_000, h: 400 },
      { id: 'module', x: 5000, y: 100, w: 150, h: 46, parent: 'app' },
      { id: 'service', x: 5010, y: 110, w: 100, h: 20, parent: 'module' },
      ...row(3),
    ];
    const w = windowContents(lineIndex(boxIndex(boxes), []), { x0: 5000, y0: 105, x1: 5050, y1: 115 });
    expect(idsIn(boxes, w.boxIn)).toEqual(['app', 'module', 'service']);
    // a box chosen by its line's end only (not meeting the window) still brings its holders along
    const far = windowContents(lineIndex(boxIndex(boxes), []), { x0: 90_000, y0: 0, x1: 91_000, y1: 10 }, ['service']);
    expect(idsIn(boxes, far.boxIn)).toEqual(['app', 'module', 'service']);
  });

  it('gives React Flow the lines between its boxes and draws the lines passing through with an end far away', () => {
    const boxes = row(100);
    const lines = [
      { source: 'b5', target: 'b6' }, // both ends in the window
      { source: 'b5', target: 'b90' }, // one end far away
      { source: 'b0', target: 'b99' }, // both ends far away, crossing the window
      { source: 'b20', target: 'b30' }, // nowhere near it
      { source: 'b5', target: 'gone' }, // an end not on the view
    ];
    const w = windowContents(lineIndex(boxIndex(boxes), lines), screen);
    expect(w.lines).toEqual([0]);
    expect(w.passing).toEqual([1, 2]);
    // the far ends are not made nodes
    expect(idsIn(boxes, w.boxIn)).toEqual(['b5', 'b6']);
  });

  it('keeps a box being dragged, with its lines, when the window moves off it', () => {
    const boxes = row(100);
    const lines = [{ source: 'b40', target: 'b41' }];
    const w = windowContents(lineIndex(boxIndex(boxes), lines), screen, ['b40', 'b41']);
    expect(idsIn(boxes, w.boxIn)).toEqual(['b5', 'b6', 'b40', 'b41']);
    expect(w.lines).toEqual([0]);
  });
});

describe('when the window moves', () => {
  const screen: Rect = { x0: 0, y0: 0, x1: 1000, y1: 600 };
  const window = windowAround(screen);

  it('covers one screen on each side of the screen', () => {
    expect(window).toEqual({ x0: -1000, y0: -600, x1: 2000, y1: 1200 });
  });

  it('stays while a pan keeps the screen half a screen inside it, and moves before the screen reaches its edge', () => {
    const pan = (dx: number, dy: number): Rect => ({ x0: screen.x0 + dx, y0: screen.y0 + dy, x1: screen.x1 + dx, y1: screen.y1 + dy });
    expect(windowServes(window, screen)).toBe(true);
    expect(windowServes(window, pan(450, 250))).toBe(true);
    expect(windowServes(window, pan(550, 0))).toBe(false);
    expect(windowServes(window, pan(0, -350))).toBe(false);
  });

  it('moves on a zoom out that leaves too little around the screen, and on a zoom in that leaves far too much', () => {
    expect(windowServes(window, { x0: -400, y0: -300, x1: 1400, y1: 900 })).toBe(false);
    expect(windowServes(window, { x0: 400, y0: 250, x1: 600, y1: 350 })).toBe(false);
    expect(windowServes(window, { x0: 167, y0: 100, x1: 833, y1: 500 })).toBe(true);
  });
});
