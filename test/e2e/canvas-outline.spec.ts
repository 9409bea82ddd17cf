/**
 * A view too big to draw box by box (issue 18): a generated model whose main view holds about 1,850 boxes
 * opens fitted, drawn in outline on one 2D canvas with a hint, and React Flow holds no node; a click
 * on a box in the picture selects it (the inspector shows it), zooming in to it brings back its
 * node, ready to edit, and fitting the whole view again goes back to the outline. The keyboard
 * travels the boxes in outline and in nodes alike: each box reached kept clear of the band labels,
 * boxes on one spot reached in turn, from the box selected on the view, announced; a selected
 * relation shows its arrowhead in outline.
 */
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { makeVariedDocument } from '../helpers/varied-model';
import { axeViolations } from './support/axe';
import { expect, importLakarJson, test } from './support/fixtures';

const NAME = 'Kumpulan Sasaran Rangka';
const NEIGHBOUR = 'Kumpulan Sasaran Jiran';
const STACKED = 'Kumpulan Sasaran Bertindih';
const USED = 'Entiti Data Digunakan';
const SHOTS = process.env.LAKAR_OUTLINE_SHOTS;

/**
 * The generated model as a .lakar.json, and the place on the main view of the box named NAME: moved
 * to the middle of the view's width, where the fitted canvas shows it (at the smallest zoom the
 * view is wider than the canvas), clear of the boxes of its row.
 */
function bigView(extras: { stacked?: boolean; arrow?: boolean; self?: boolean } = {}): { buffer: Buffer; box: { x: number; y: number }; neighbour: { x: number; y: number }; boxes: number; data: { elements: Record<string, { name: string }>; views: { view_main: { nodes: Record<string, { x: number; y: number }> } } } } {
  const data = JSON.parse(toLakarJson(makeVariedDocument(2000, 5)));
  for (const [id, r] of Object.entries<{ source: string; target: string }>(data.relations)) if (!data.elements[r.source] || !data.elements[r.target]) delete data.relations[id];
  const nodes: Record<string, { x: number; y: number }> = data.views.view_main.nodes;
  // a target group: a box of its own, never inside another
  const id = Object.keys(nodes).find((k) => data.elements[k]?.kind === 'targetGroup')!;
  data.elements[id].name = NAME;
  const others = Object.entries(nodes).filter(([k, n]) => k !== id && Math.abs(n.y - nodes[id].y) < 100);
  let x = Math.round(Math.max(...Object.values(nodes).map((n) => n.x)) / 20) * 10;
  while (others.some(([, n]) => Math.abs(n.x - x) < 400)) x += 10;
  nodes[id] = { ...nodes[id], x };
  // a second target group just right of it, in the room kept clear
  const next = Object.keys(nodes).find((k) => k !== id && data.elements[k]?.kind === 'targetGroup')!;
  data.elements[next].name = NEIGHBOUR;
  nodes[next] = { ...nodes[next], x: x + 220, y: nodes[id].y };
  // a third target group on the neighbour's very spot (two boxes on one centre)
  if (extras.stacked) {
    const third = Object.keys(nodes).find((k) => k !== id && k !== next && data.elements[k]?.kind === 'targetGroup')!;
    data.elements[third].name = STACKED;
    nodes[third] = { ...nodes[third], x: x + 220, y: nodes[id].y };
  }
  // a data entity straight below the box, which uses it
  if (extras.arrow) {
    const below = Object.keys(nodes).find((k) => data.elements[k]?.kind === 'dataEntity')!;
    data.elements[below].name = USED;
    nodes[below] = { ...nodes[below], x };
    data.relations.rel_e2e_uses = { id: 'rel_e2e_uses', source: id, target: below, kind: 'uses' };
  }
  // a relation of the box with itself
  if (extras.self) data.relations.rel_e2e_self = { id: 'rel_e2e_self', source: id, target: id, kind: 'uses' };
  return { buffer: Buffer.from(JSON.stringify(data)), box: nodes[id], neighbour: nodes[next], boxes: Object.keys(nodes).length, data };
}

/** Screen point of the flow point (x, y) on the canvas as it is now. */
async function screenPoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([fx, fy]) => {
      const pane = document.querySelector('.lmv-flow .react-flow')!.getBoundingClientRect();
      const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      return { x: pane.left + m.e + fx * m.a, y: pane.top + m.f + fy * m.d };
    },
    [x, y] as const,
  );
}

test('a view of thousands of boxes is drawn in outline: a click selects a box, zooming in brings its node back', async ({ app }) => {
  test.setTimeout(90_000);
  const { buffer, box, boxes } = bigView();
  expect(boxes).toBeGreaterThan(1500);
  await importLakarJson(app, { name: 'rangka.lakar.json', buffer }, /elemen/, { timeout: 60_000 });

  const canvas = app.locator('#lmv-canvas');
  const outline = canvas.locator('canvas.lmv-outline');
  await expect(outline).toBeVisible({ timeout: 30_000 });
  await expect(canvas.getByRole('status')).toHaveText('Paparan ini dilukis sebagai rangka kerana terlalu banyak kotak: hanya garisan hubungan yang dipilih dilukis. Zum masuk untuk melihat dan menyunting elemen.');
  await expect(outline).toHaveAttribute('data-boxes', String(boxes));
  // React Flow holds none of the boxes: no node, no line in the DOM
  expect(await canvas.locator('.react-flow__node').count()).toBe(0);
  expect(await canvas.locator('.react-flow__edge').count()).toBe(0);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-fitted.png` });

  // a click on the box in the picture selects it (the canvas may still be refitting to the panels
  // settling around it: the point is worked out again if the first click lands off the box)
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(async () => {
    const at = await screenPoint(app, box.x + 85, box.y + 30);
    await app.mouse.click(at.x, at.y);
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(NAME, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-selected.png` });

  // zoomed in to it: its node is back, selected, with only its neighbours beside it
  await app.getByRole('button', { name: 'Zum pilihan' }).click();
  const node = canvas.locator('.react-flow__node', { hasText: NAME });
  await expect(node).toBeVisible();
  await expect(node.locator('.lmv-node')).toHaveClass(/is-selected/);
  await expect(outline).toHaveCount(0);
  await expect(canvas.getByRole('status')).toHaveCount(0);
  expect(await canvas.locator('.react-flow__node').count()).toBeLessThan(200);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-zoomed-in.png` });

  // the whole view fitted again: back to the outline
  await app.getByRole('button', { name: 'Muat skrin' }).click();
  await expect(outline).toBeVisible();
  await expect(canvas.locator('.react-flow__node')).toHaveCount(0);
});

/** The view imported and shown in outline, with the box named NAME clicked (selected). */
async function outlineWithNameSelected(app: Page, extras: Parameters<typeof bigView>[0] = {}) {
  const view = bigView(extras);
  await importLakarJson(app, { name: 'rangka.lakar.json', buffer: view.buffer }, /elemen/, { timeout: 60_000 });
  const canvas = app.locator('#lmv-canvas');
  const outline = canvas.locator('canvas.lmv-outline');
  await expect(outline).toBeVisible({ timeout: 30_000 });
  const inspector = app.getByRole('region', { name: 'Pemeriksa' });
  await expect(async () => {
    const at = await screenPoint(app, view.box.x + 85, view.box.y + 30);
    await app.mouse.click(at.x, at.y);
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(NAME, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  return { ...view, canvas, outline, inspector };
}

test('in outline the keyboard reaches the boxes: arrows select the nearest box that way, kept in sight, and Enter zooms to it', async ({ app }) => {
  test.setTimeout(90_000);
  const { data, canvas, outline, inspector, boxes } = await outlineWithNameSelected(app);
  const heading = inspector.getByRole('heading', { level: 2 });
  // the picture is reached with Tab from the canvas, and says what it is and what the keys do
  const picture = canvas.getByRole('application', { name: `Rangka paparan, ${boxes} kotak` });
  await expect(picture).toHaveAttribute('aria-describedby', /.+/);
  await canvas.focus();
  await app.keyboard.press('Tab');
  await expect(picture).toBeFocused();
  await expect(canvas.getByText('Anak panah memilih kotak terdekat ke arah itu; Enter mengezum ke kotak yang dipilih untuk menyuntingnya.')).toBeAttached();
  expect(await axeViolations(app, { include: '#lmv-canvas' })).toEqual([]);

  // right of the box selected: its neighbour, announced
  await app.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(NEIGHBOUR);
  await expect(canvas.getByText(`Dipilih: ${NEIGHBOUR} (Kumpulan Sasar)`)).toBeAttached();
  await app.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(NAME);
  // far along the row: every box selected is kept on screen (the canvas pans after it)
  const pane = await canvas.locator('.react-flow').boundingBox();
  const nodes = data.views.view_main.nodes;
  for (let i = 0; i < 12; i++) {
    const before = await heading.textContent();
    await app.keyboard.press('ArrowLeft');
    await expect(heading).not.toHaveText(before!);
    const name = (await heading.textContent())!;
    const at = Object.keys(nodes).filter((k) => data.elements[k]?.name === name);
    await expect(async () => {
      const points = await Promise.all(at.map((k) => screenPoint(app, nodes[k].x + 10, nodes[k].y + 10)));
      expect(points.some((p) => p.x >= pane!.x && p.x <= pane!.x + pane!.width && p.y >= pane!.y && p.y <= pane!.y + pane!.height)).toBe(true);
    }).toPass({ timeout: 5000 });
  }
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-keyboard.png` });

  // Enter: zoomed to the box, whose node is back with the keyboard focus
  const chosen = (await heading.textContent())!;
  await app.keyboard.press('Enter');
  await expect(outline).toHaveCount(0);
  const node = canvas.locator('.react-flow__node', { hasText: chosen }).first();
  await expect(node).toBeFocused();
  await expect(node.locator('.lmv-node')).toHaveClass(/is-selected/);
});

test('in outline Shift+click adds a box to the selection without starting a box selection', async ({ app }) => {
  test.setTimeout(90_000);
  const { neighbour, canvas, inspector } = await outlineWithNameSelected(app);
  const at = await screenPoint(app, neighbour.x + 85, neighbour.y + 30);
  await app.keyboard.down('Shift');
  await app.mouse.move(at.x, at.y);
  await app.mouse.down();
  // a hand that shakes a pixel while clicking
  await app.mouse.move(at.x + 1, at.y);
  await expect(canvas.locator('.react-flow__selection')).toHaveCount(0);
  await app.mouse.up();
  await app.keyboard.up('Shift');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('2 elemen dan 0 hubungan dipilih');
});

test('the keyboard focus stays on the canvas as it goes into outline and back: a zoom out from a node focuses the picture, a zoom in from the picture the canvas', async ({ app }) => {
  test.setTimeout(90_000);
  const { canvas, outline, inspector } = await outlineWithNameSelected(app);
  const heading = inspector.getByRole('heading', { level: 2 });
  await canvas.focus();
  await app.keyboard.press('Tab');
  await expect(outline).toBeFocused();
  // zoomed to 100 %: the picture gives way to the nodes, and the focus stays on the canvas (it fell to the page)
  await app.keyboard.press('Control+0');
  await expect(outline).toHaveCount(0);
  await expect(canvas).toBeFocused();
  // so the next arrow still goes into the nodes, from the box selected
  await app.keyboard.press('ArrowRight');
  const node = canvas.locator('.react-flow__node:focus');
  await expect(node).toHaveCount(1);
  const chosen = (await heading.textContent())!;
  // the whole view fitted from that node: the node goes, and the focus goes to the picture, where the arrows go on
  await app.keyboard.press('f');
  await expect(outline).toBeVisible();
  await expect(outline).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  await expect(heading).not.toHaveText(chosen);
});

/** Pans the canvas with the wheel (as a touchpad does) until the flow point (x, y) is `paneX` px from the canvas's left edge. */
async function panTo(app: Page, x: number, y: number, paneX: number) {
  const pane = (await app.locator('#lmv-canvas .react-flow').boundingBox())!;
  await app.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 20);
  for (let i = 0; i < 20; i++) {
    const before = (await screenPoint(app, x, y)).x;
    const off = before - (pane.x + paneX);
    if (Math.abs(off) < 3) return;
    await app.mouse.wheel(off, 0);
    await expect.poll(async () => (await screenPoint(app, x, y)).x).not.toBe(before);
  }
}

/** The right edge (screen px) of the band labels in sight over the canvas: their numbers, names or chips. */
async function labelsRight(app: Page): Promise<number> {
  return app.evaluate(() => {
    const pane = document.querySelector('#lmv-canvas .react-flow')!.getBoundingClientRect();
    let right = pane.left;
    for (const el of document.querySelectorAll('#lmv-canvas .lmv-band-content')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.bottom > pane.top && r.top < pane.bottom) right = Math.max(right, r.right);
    }
    return right;
  });
}

test('in outline an arrow key that brings a box in from the left edge keeps it clear of the band labels there', async ({ app }) => {
  test.setTimeout(90_000);
  const { box, neighbour, canvas, outline, inspector } = await outlineWithNameSelected(app);
  // the box selected pushed to the canvas's left edge, its neighbour just right of it, both under the zoomed-out chips
  await panTo(app, box.x, box.y, 10);
  await expect(canvas.locator('.lmv-band-labels')).toHaveClass(/is-chip/);
  await canvas.focus();
  await app.keyboard.press('Tab');
  await expect(outline).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(NEIGHBOUR);
  // brought out from under the chips, whole: its left edge right of every label in sight
  const chips = await labelsRight(app);
  expect(chips).toBeGreaterThan((await canvas.locator('.react-flow').boundingBox())!.x + 60);
  await expect.poll(async () => (await screenPoint(app, neighbour.x, neighbour.y)).x).toBeGreaterThan(chips);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-clear-of-labels.png` });
});

test('in nodes an arrow key keeps the box it goes to clear of the band labels at the left edge too', async ({ app }) => {
  test.setTimeout(90_000);
  const { box, canvas, outline, inspector } = await outlineWithNameSelected(app);
  await canvas.focus();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Enter');
  await expect(outline).toHaveCount(0);
  // zoomed out to where the band labels are chips, the nodes still drawn
  const labels = canvas.locator('.lmv-band-labels');
  for (let i = 0; i < 8 && !/is-chip/.test((await labels.getAttribute('class')) ?? ''); i++) await app.getByRole('button', { name: 'Zum keluar' }).click();
  await expect(labels).toHaveClass(/is-chip/);
  const node = canvas.locator('.react-flow__node', { hasText: NAME });
  await expect(node).toBeVisible();
  await panTo(app, box.x, box.y, 10);
  await node.focus();
  await app.keyboard.press('ArrowRight');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(NEIGHBOUR);
  const next = canvas.locator('.react-flow__node', { hasText: NEIGHBOUR });
  await expect(next).toBeFocused();
  const chips = await labelsRight(app);
  await expect.poll(async () => (await next.boundingBox())!.x).toBeGreaterThan(chips);
  expect(await axeViolations(app, { include: '#lmv-canvas' })).toEqual([]);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/nodes-clear-of-labels.png` });
});

test('in nodes the arrow keys reach each of two boxes on one spot in turn, as the outline does', async ({ app }) => {
  test.setTimeout(90_000);
  const { canvas, outline, inspector } = await outlineWithNameSelected(app, { stacked: true });
  const heading = inspector.getByRole('heading', { level: 2 });
  await canvas.focus();
  await app.keyboard.press('Tab');
  // in outline: right goes into the pair, then to the other of it
  await app.keyboard.press('ArrowRight');
  const first = (await heading.textContent())!;
  expect([NEIGHBOUR, STACKED]).toContain(first);
  await app.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(first === NEIGHBOUR ? STACKED : NEIGHBOUR);
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(NAME);
  // in nodes, the same
  await app.keyboard.press('Enter');
  await expect(outline).toHaveCount(0);
  await expect(canvas.locator('.react-flow__node', { hasText: NAME })).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(first);
  await expect(canvas.locator('.react-flow__node', { hasText: first })).toBeFocused();
  await app.keyboard.press('ArrowRight');
  const second = first === NEIGHBOUR ? STACKED : NEIGHBOUR;
  await expect(heading).toHaveText(second);
  await expect(canvas.locator('.react-flow__node', { hasText: second })).toBeFocused();
  // and back out the way it came
  await app.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(first);
  await app.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(NAME);
});

test('in outline the arrow keys start from the box selected on this view, though the selection begins with an element the view does not show; the choice is announced', async ({ app }) => {
  test.setTimeout(90_000);
  const { box, canvas, outline, inspector } = await outlineWithNameSelected(app);
  const heading = inspector.getByRole('heading', { level: 2 });
  // the box away from the middle of the screen, where the keys start with nothing selected
  await panTo(app, box.x, box.y, 300);
  // an element of the model not on this view, from the tree, then the box added with Shift+click
  await app.getByRole('treeitem').filter({ hasText: 'tiada pada paparan' }).first().click();
  await expect(heading).not.toHaveText(NAME);
  const at = await screenPoint(app, box.x + 85, box.y + 30);
  await app.keyboard.down('Shift');
  await app.mouse.click(at.x, at.y);
  await app.keyboard.up('Shift');
  await expect(heading).toHaveText('2 elemen dan 0 hubungan dipilih');
  await canvas.focus();
  await app.keyboard.press('Tab');
  await expect(outline).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(NEIGHBOUR);
  await expect(canvas.getByText(`Dipilih: ${NEIGHBOUR} (Kumpulan Sasar)`)).toBeAttached();
  // in English, the same words
  await app.getByRole('button', { name: 'English' }).click();
  await outline.focus();
  await app.keyboard.press('ArrowLeft');
  await expect(canvas.getByText(`Selected: ${NAME} (Target Group)`)).toBeAttached();
  expect(await axeViolations(app, { include: '#lmv-canvas' })).toEqual([]);
});

test('in outline a selected relation shows its direction: an arrowhead at the box it points to', async ({ app }) => {
  test.setTimeout(90_000);
  const { box, data, inspector } = await outlineWithNameSelected(app, { arrow: true });
  // the relation picked in the inspector of the box that uses the data entity below it
  await inspector.getByRole('button', { name: new RegExp(USED) }).click();
  await expect(inspector.getByRole('heading', { level: 2 })).not.toHaveText(NAME);
  // the tip: where the line meets the top edge of the data entity, straight below the box
  const nodes = data.views.view_main.nodes;
  const used = nodes[Object.keys(nodes).find((k) => data.elements[k]?.name === USED)!];
  const tip = await screenPoint(app, box.x + 85, used.y);
  // pixels of the selection's colour beside the line, in the 14 px above the tip: the head's sides
  const beside = () =>
    app.evaluate(
      ([tx, ty]) => {
        const c = document.querySelector<HTMLCanvasElement>('canvas.lmv-outline')!;
        const r = c.getBoundingClientRect();
        const ratio = c.width / r.width;
        const x0 = Math.round((tx - r.left - 10) * ratio);
        const y0 = Math.round((ty - r.top - 14) * ratio);
        const w = Math.round(20 * ratio);
        const h = Math.round(12 * ratio);
        const d = c.getContext('2d')!.getImageData(x0, y0, w, h).data;
        let n = 0;
        for (let i = 0; i < w * h; i++) {
          // the line itself (2 px) left out
          if (Math.abs((x0 + (i % w)) / ratio + r.left - tx) < 2.5) continue;
          const [red, green, blue, alpha] = [d[i * 4], d[i * 4 + 1], d[i * 4 + 2], d[i * 4 + 3]];
          if (alpha > 150 && red < 50 && green > 60 && green < 120 && blue > 130 && blue < 210) n++;
        }
        return n;
      },
      [tip.x, tip.y] as const,
    );
  await expect.poll(beside).toBeGreaterThan(8);
  if (SHOTS) {
    await app.screenshot({ path: `${SHOTS}/outline-arrow.png` });
    await app.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot({ path: `${SHOTS}/outline-arrow-dark.png` });
  }
});

test('in outline a selected relation of a box with itself is drawn: a loop out of its right side, with its head', async ({ app }) => {
  test.setTimeout(90_000);
  const { box, inspector } = await outlineWithNameSelected(app, { self: true });
  await inspector.getByRole('button', { name: new RegExp(NAME) }).first().click();
  await expect(inspector.getByRole('heading', { level: 2 })).not.toHaveText(NAME);
  // right of the box's right side, level with its middle: pixels of the selection's colour (none before the fix)
  const side = await screenPoint(app, box.x + 170, box.y + 30);
  const loopPixels = () =>
    app.evaluate(
      ([sx, sy]) => {
        const c = document.querySelector<HTMLCanvasElement>('canvas.lmv-outline')!;
        const r = c.getBoundingClientRect();
        const ratio = c.width / r.width;
        const x0 = Math.round((sx - r.left + 3) * ratio);
        const y0 = Math.round((sy - r.top - 14) * ratio);
        const w = Math.round(24 * ratio);
        const h = Math.round(28 * ratio);
        const d = c.getContext('2d')!.getImageData(x0, y0, w, h).data;
        let n = 0;
        for (let i = 0; i < w * h; i++) {
          const [red, green, blue, alpha] = [d[i * 4], d[i * 4 + 1], d[i * 4 + 2], d[i * 4 + 3]];
          if (alpha > 150 && red < 50 && green > 60 && green < 120 && blue > 130 && blue < 210) n++;
        }
        return n;
      },
      [side.x, side.y] as const,
    );
  await expect.poll(loopPixels).toBeGreaterThan(20);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/outline-self.png` });
});
