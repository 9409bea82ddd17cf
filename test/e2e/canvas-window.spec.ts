/**
 * A large view zoomed in (issue 18): React Flow holds only the boxes near the screen, not the
 * 1,800 of the view, so a click costs what the screen shows. A pick in the model tree of a box far
 * away brings it on screen, selected, with its node ready to drag; a pan brings the next boxes in;
 * lines running off to boxes far away are still drawn.
 */
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { makeVariedDocument } from '../helpers/varied-model';
import { expect, importLakarJson, test } from './support/fixtures';

const NEAR = 'Kumpulan Sasaran Awal';
const FAR = 'Kumpulan Sasaran Hujung';
const SHOTS = process.env.LAKAR_WINDOW_SHOTS;

/** The generated model (about 1,850 boxes on its main view, 125,000 px wide) with its first and last target group named. */
function bigView(): { buffer: Buffer; boxes: number; ends: (relation: string) => string; endIds: (relation: string) => string[] } {
  const data = JSON.parse(toLakarJson(makeVariedDocument(2000, 5)));
  for (const [id, r] of Object.entries<{ source: string; target: string }>(data.relations)) if (!data.elements[r.source] || !data.elements[r.target]) delete data.relations[id];
  const nodes: Record<string, { x: number; y: number }> = data.views.view_main.nodes;
  // target groups: boxes of their own, never inside another
  const groups = Object.keys(nodes)
    .filter((k) => data.elements[k]?.kind === 'targetGroup')
    .sort((a, b) => nodes[a].x - nodes[b].x);
  data.elements[groups[0]].name = NEAR;
  data.elements[groups[groups.length - 1]].name = FAR;
  const endIds = (id: string): string[] => [data.relations[id].source, data.relations[id].target];
  const ends = (id: string) => endIds(id).map((e) => data.elements[e].name).join(' → ');
  return { buffer: Buffer.from(JSON.stringify(data)), boxes: Object.keys(nodes).length, ends, endIds };
}

/** Nodes React Flow holds (FlowCanvas puts the count on the canvas). */
const heldNodes = async (page: Page) => Number(await page.locator('#lmv-canvas').getAttribute('data-nodes'));

/** Ids of the nodes drawn in the DOM. */
const drawnIds = (page: Page) => page.locator('#lmv-canvas .react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));

async function pickInTree(page: Page, name: string) {
  const tree = page.getByRole('region', { name: 'Model' });
  await tree.getByLabel('Cari elemen').fill(name);
  await tree.getByRole('treeitem', { name: new RegExp(`^${name}`) }).click();
}

test('a large view zoomed in: React Flow holds the boxes near the screen, a tree pick far away brings its box, a pan brings the next ones', async ({ app }) => {
  test.setTimeout(120_000);
  const { buffer, boxes } = bigView();
  expect(boxes).toBeGreaterThan(1500);
  await importLakarJson(app, { name: 'jendela.lakar.json', buffer }, /elemen/, { timeout: 60_000 });
  const canvas = app.locator('#lmv-canvas');
  await expect(canvas.locator('canvas.lmv-outline')).toBeVisible({ timeout: 30_000 });

  // zoomed in to a box at the left end of the view: its node, selected, and only its neighbours held
  await pickInTree(app, NEAR);
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  const near = canvas.locator('.react-flow__node', { hasText: NEAR });
  await expect(near.locator('.lmv-node')).toHaveClass(/is-selected/);
  await expect(near).toBeInViewport();
  await expect(canvas.locator('canvas.lmv-outline')).toHaveCount(0);
  await expect.poll(() => heldNodes(app)).toBeGreaterThan(0);
  expect(await heldNodes(app)).toBeLessThan(boxes / 5);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/window-near.png` });

  // the box at the other end, 120,000 px away, picked in the tree: on screen, selected; the first one is let go
  await pickInTree(app, FAR);
  const far = canvas.locator('.react-flow__node', { hasText: FAR });
  await expect(far).toBeInViewport();
  await expect(far.locator('.lmv-node')).toHaveClass(/is-selected/);
  await expect(near).toHaveCount(0);
  expect(await heldNodes(app)).toBeLessThan(boxes / 5);
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(FAR);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/window-far.png` });

  // its node drags as on any view: one move, recorded when the mouse is released
  const undo = app.getByRole('button', { name: 'Buat asal', exact: true });
  await expect(undo).toBeDisabled();
  const before = (await far.boundingBox())!;
  await app.mouse.move(before.x + before.width / 2, before.y + 10);
  await app.mouse.down();
  await app.mouse.move(before.x + before.width / 2 - 60, before.y + 10, { steps: 5 });
  await app.mouse.move(before.x + before.width / 2 - 120, before.y + 10, { steps: 5 });
  await app.mouse.up();
  await expect.poll(async () => (await far.boundingBox())!.x).toBeLessThan(before.x - 60);
  await expect(undo).toBeEnabled();

  // lines running from the boxes here to boxes out of the window are drawn
  await expect.poll(async () => Number(await canvas.locator('svg.lmv-passing-lines').getAttribute('data-lines'))).toBeGreaterThan(0);

  // a pan to the left, a few screens: other boxes come in, and React Flow still holds a few
  const seen = new Set(await drawnIds(app));
  const pane = (await canvas.boundingBox())!;
  await app.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12; i++) await app.mouse.wheel(-400, 0);
  await expect(far).toHaveCount(0);
  await expect.poll(async () => (await drawnIds(app)).filter((id) => !seen.has(id)).length).toBeGreaterThan(3);
  expect(await heldNodes(app)).toBeLessThan(boxes / 5);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/window-panned.png` });
});

/** Where node `id`'s box is on the view (React Flow's translate of a top-level node). */
const flowPosition = (page: Page, name: string) =>
  page
    .locator('#lmv-canvas .react-flow__node', { hasText: name })
    .evaluate((el) => {
      const m = /translate\(([-\d.]+)px, *([-\d.]+)px\)/.exec((el as HTMLElement).style.transform)!;
      return { x: Number(m[1]), y: Number(m[2]) };
    });

test('a large view zoomed in: a drag of a selected box moves every selected box of the view, those far outside the window too, in one undo step', async ({ app }) => {
  test.setTimeout(120_000);
  const { buffer } = bigView();
  await importLakarJson(app, { name: 'jendela.lakar.json', buffer }, /elemen/, { timeout: 60_000 });
  const canvas = app.locator('#lmv-canvas');
  await expect(canvas.locator('canvas.lmv-outline')).toBeVisible({ timeout: 30_000 });
  await pickInTree(app, NEAR);
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  const near = canvas.locator('.react-flow__node', { hasText: NEAR });
  await expect(near.locator('.lmv-node')).toHaveClass(/is-selected/);
  const nearBefore = await flowPosition(app, NEAR);

  // the box at the other end, then every box of the view selected (Ctrl+A on the canvas)
  await pickInTree(app, FAR);
  const far = canvas.locator('.react-flow__node', { hasText: FAR });
  await expect(far).toBeInViewport();
  await far.click();
  await app.keyboard.press('Control+a');
  await expect(near).toHaveCount(0);
  const farBefore = await flowPosition(app, FAR);

  // dragged right (the near box is at the view's left edge, where a box can go no further left)
  const zoom = await app.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const box = (await far.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + 10);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width / 2 + 50 * zoom, box.y + 10, { steps: 5 });
  await app.mouse.move(box.x + box.width / 2 + 100 * zoom, box.y + 10, { steps: 5 });
  await app.mouse.up();
  const undo = app.getByRole('button', { name: 'Buat asal', exact: true });
  await expect(undo).toBeEnabled();
  await expect.poll(async () => (await flowPosition(app, FAR)).x).toBeGreaterThan(farBefore.x + 50);
  const farAfter = await flowPosition(app, FAR);
  // (React Flow snaps the selection to its 10 px grid as a whole: the same small shift down or up for every box)
  const dx = farAfter.x - farBefore.x;
  const dy = farAfter.y - farBefore.y;

  // the box 120,000 px away, never in the window during the drag, moved by as much
  await pickInTree(app, NEAR);
  await expect(near).toBeInViewport();
  await expect.poll(async () => (await flowPosition(app, NEAR)).x).toBe(nearBefore.x + dx);
  expect((await flowPosition(app, NEAR)).y).toBe(nearBefore.y + dy);

  // one undo puts both back
  await undo.click();
  await expect.poll(async () => (await flowPosition(app, NEAR)).x).toBe(nearBefore.x);
  expect((await flowPosition(app, NEAR)).y).toBe(nearBefore.y);
  await pickInTree(app, FAR);
  await expect(far).toBeInViewport();
  await expect.poll(async () => (await flowPosition(app, FAR)).x).toBe(farBefore.x);

  // every box selected again, then a click on the empty canvas: nothing stays selected, far away either
  await far.click();
  await app.keyboard.press('Control+a');
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/elemen dan \d+ hubungan dipilih/);
  const empty = await emptySpot(app);
  await app.mouse.click(empty.x, empty.y);
  await expect(inspector.getByRole('heading', { level: 2 })).not.toHaveText(/dipilih/);
  await expect(canvas.locator('.lmv-node.is-selected')).toHaveCount(0);
});

/** A point of the canvas over no box, line or label (the bare pane, 20 px clear of the lines to boxes outside the window). */
const emptySpot = (page: Page) =>
  page.locator('#lmv-canvas').evaluate((canvas) => {
    const r = canvas.getBoundingClientRect();
    const svg = canvas.querySelector<SVGSVGElement>('svg.lmv-passing-lines');
    const paths = svg ? [...svg.querySelectorAll<SVGPathElement>('path')] : [];
    const labels = svg ? [...svg.querySelectorAll('g.lmv-edge-label')].map((g) => g.getBoundingClientRect()) : [];
    const zoom = new DOMMatrix(getComputedStyle(canvas.querySelector('.react-flow__viewport')!).transform).a;
    const nearLine = (x: number, y: number) =>
      labels.some((b) => x > b.left - 20 && x < b.right + 20 && y > b.top - 20 && y < b.bottom + 20) ||
      paths.some((o) => {
        const p = new DOMPoint(x, y).matrixTransform(o.getScreenCTM()!.inverse());
        const width = o.style.strokeWidth;
        o.style.strokeWidth = `${40 / zoom}px`;
        const hit = o.isPointInStroke(p);
        o.style.strokeWidth = width;
        return hit;
      });
    for (let y = r.top + r.height * 0.3; y < r.bottom - 20; y += 7)
      for (let x = r.left + r.width * 0.3; x < r.right - 20; x += 7) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') && !nearLine(x, y)) return { x, y };
    throw new Error('no empty spot on the canvas');
  });

/**
 * Points on screen of passing lines drawn with an arrowhead in the window (their own <path>, named by
 * relation id), one a line, over the bare pane, with no other passing line or label within `clear` screen px.
 */
const passingLinePoints = (page: Page, clear: number) =>
  page.locator('#lmv-canvas').evaluate((canvas, clear) => {
    const r = canvas.getBoundingClientRect();
    const svg = canvas.querySelector<SVGSVGElement>('svg.lmv-passing-lines')!;
    const paths = [...svg.querySelectorAll<SVGPathElement>('path')];
    const labels = [...svg.querySelectorAll('g.lmv-edge-label')].map((g) => g.getBoundingClientRect());
    const zoom = new DOMMatrix(getComputedStyle(canvas.querySelector('.react-flow__viewport')!).transform).a;
    const found: { x: number; y: number; id: string }[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('path[data-id]')) {
      const others = paths.filter((p) => p !== path);
      const total = path.getTotalLength();
      for (let f = 0.02; f < 1; f += 0.02) {
        const p = path.getPointAtLength(total * f);
        const s = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
        if (s.x < r.left + 40 || s.x > r.right - 40 || s.y < r.top + 40 || s.y > r.bottom - 40) continue;
        if (!document.elementFromPoint(s.x, s.y)?.classList.contains('react-flow__pane')) continue;
        if (labels.some((b) => s.x > b.left - clear && s.x < b.right + clear && s.y > b.top - clear && s.y < b.bottom + clear)) continue;
        // no other line within `clear` px: none of their strokes, widened to 2 × clear, holds the point
        const near = others.some((o) => {
          const width = o.style.strokeWidth;
          o.style.strokeWidth = `${(2 * clear) / zoom}px`;
          const hit = o.isPointInStroke(p);
          o.style.strokeWidth = width;
          return hit;
        });
        if (!near) {
          found.push({ x: s.x, y: s.y, id: path.getAttribute('data-id')! });
          break;
        }
      }
    }
    return found;
  }, clear);

test('a large view zoomed in: a click on a line to a box outside the window selects it, Delete takes it off and undo brings it back', async ({ app }) => {
  test.setTimeout(120_000);
  const { buffer, ends, endIds } = bigView();
  // a tall window: the canvas shows three bands at once
  await app.setViewportSize({ width: 1440, height: 1300 });
  await importLakarJson(app, { name: 'jendela.lakar.json', buffer }, /elemen/, { timeout: 60_000 });
  const canvas = app.locator('#lmv-canvas');
  await expect(canvas.locator('canvas.lmv-outline')).toBeVisible({ timeout: 30_000 });
  await pickInTree(app, FAR);
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  await expect(canvas.locator('.react-flow__node', { hasText: FAR })).toBeInViewport();
  await expect(canvas.locator('canvas.lmv-outline')).toHaveCount(0);
  // zoomed out a little: more lines on screen
  const zoom = app.getByTestId('zoom-level');
  await expect(zoom).toHaveText(/ 150 %$/);
  for (const percent of [125, 104, 87]) {
    await app.getByRole('button', { name: 'Zum keluar' }).click();
    await expect(zoom).toHaveText(new RegExp(` ${percent} %$`));
  }
  await expect(canvas.locator('canvas.lmv-outline')).toHaveCount(0);
  // the routes have come (the lines are drawn routed, cut to the window)
  await expect.poll(async () => canvas.locator('svg.lmv-passing-lines path[data-id]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(async () => canvas.locator('.react-flow__edge path[data-routed="true"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);

  // a click selects it: the inspector shows the relation, the line is drawn selected; the pointer is a line's
  // (a line whose box in the window is in sight, to drag it below)
  const inSight = (id: string) =>
    canvas.locator(`.react-flow__node[data-id="${id}"]`).evaluateAll((els) =>
      els.some((el) => {
        const b = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2));
      }),
    );
  let spot = { x: 0, y: 0, id: '' };
  let boxId = '';
  await expect(async () => {
    for (const candidate of await passingLinePoints(app, 10))
      for (const end of endIds(candidate.id))
        if (await inSight(end)) {
          spot = candidate;
          boxId = end;
          return;
        }
    throw new Error('no passing line clear of the others, with its box in sight');
  }).toPass({ timeout: 30_000 });
  await app.mouse.click(spot.x, spot.y);
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(ends(spot.id));
  await expect(canvas).toHaveAttribute('data-over-line');
  // its tooltip says what it is, as a line React Flow holds does: its kind and its ends
  const pane = canvas.locator('.react-flow__pane');
  await expect.poll(async () => (await pane.getAttribute('title')) ?? '').toContain(ends(spot.id));
  const line = canvas.locator(`svg.lmv-passing-lines [data-id="${spot.id}"]`);
  await expect(line).toHaveAttribute('stroke', /./);
  const selectedStroke = await line.getAttribute('stroke');
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/window-passing-selected.png` });

  // Delete takes the relation off (as for any selected line), one undo brings it back
  await app.keyboard.press('Delete');
  await expect(line).toHaveCount(0);
  // the pointer not moved: neither the pointer of a line nor the tooltip of the one taken off stays
  await expect(canvas).not.toHaveAttribute('data-over-line');
  await expect(pane).not.toHaveAttribute('title');
  await expect(inspector.getByRole('heading', { level: 2 })).not.toHaveText(ends(spot.id));
  await app.getByRole('button', { name: 'Buat asal', exact: true }).click();
  await expect(line).toHaveCount(1);

  // a click on it again, then Shift+click on a box: both selected; a click on the bare pane lets both go
  await app.mouse.click(spot.x, spot.y);
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(ends(spot.id));
  expect(await line.getAttribute('stroke')).toBe(selectedStroke);
  // the relation labels switched off and on from the keyboard, the pointer still on the line: it stays a line's
  const labelsButton = app.getByRole('button', { name: 'Label hubungan' });
  await labelsButton.focus();
  await app.keyboard.press('Space');
  await expect(canvas).toHaveClass(/hide-kind-labels/);
  await expect(canvas).toHaveAttribute('data-over-line');
  await app.keyboard.press('Space');
  await expect(canvas).not.toHaveClass(/hide-kind-labels/);
  await expect(canvas).toHaveAttribute('data-over-line');
  await canvas.locator('.react-flow__node', { hasText: FAR }).click({ modifiers: ['Shift'] });
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/1 elemen dan 1 hubungan dipilih/);
  // Shift+click on the line takes it out again (as on any line), then puts it back
  await app.keyboard.down('Shift');
  await app.mouse.click(spot.x, spot.y);
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(FAR);
  await app.mouse.click(spot.x, spot.y);
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(/1 elemen dan 1 hubungan dipilih/);
  // with Shift held (React Flow's pane then readies a box selection) the hover still follows the pointer
  const empty = await emptySpot(app);
  await app.mouse.move(empty.x, empty.y);
  await expect(canvas).not.toHaveAttribute('data-over-line');
  await expect(pane).not.toHaveAttribute('title');
  await app.mouse.move(spot.x, spot.y);
  await expect(canvas).toHaveAttribute('data-over-line');
  await app.keyboard.up('Shift');
  await app.mouse.move(empty.x, empty.y);
  await expect(canvas).not.toHaveAttribute('data-over-line');
  await app.mouse.click(empty.x, empty.y);
  await expect(inspector.getByRole('heading', { level: 2 })).not.toHaveText(/dipilih|→/);

  // its box in the window dragged (the mouse still down): the line follows the box, as other lines do
  const near = canvas.locator(`.react-flow__node[data-id="${boxId}"]`);
  const box = (await near.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await app.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
  const centreX = async () => {
    const at = await near.evaluate((el) => ({ transform: (el as HTMLElement).style.transform, width: (el as HTMLElement).offsetWidth }));
    return Number(/translate\(([-\d.]+)px/.exec(at.transform)![1]) + at.width / 2;
  };
  // the ends of the line as drawn: one of them at the dragged box's centre, where it is now
  const lineEnds = () => line.first().evaluate((el) => [...el.querySelectorAll<SVGPathElement>('path'), ...(el instanceof SVGPathElement ? [el] : [])].flatMap((p) => [p.getPointAtLength(0).x, p.getPointAtLength(p.getTotalLength()).x]));
  await expect.poll(async () => {
    const x = await centreX();
    return (await lineEnds()).some((e) => Math.abs(e - x) < 1.5);
  }).toBe(true);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/window-passing-drag.png`, clip: { x: box.x - 500, y: box.y - 300, width: 1000, height: 500 } });
  await app.mouse.up();
});
