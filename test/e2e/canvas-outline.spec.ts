/**
 * A view too big to draw box by box (issue 18): a generated model whose main view holds about 1,850 boxes
 * opens fitted, drawn in outline on one 2D canvas with a hint, and React Flow holds no node; a click
 * on a box in the picture selects it (the inspector shows it), zooming in to it brings back its
 * node, ready to edit, and fitting the whole view again goes back to the outline.
 */
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { makeVariedDocument } from '../helpers/varied-model';
import { expect, importLakarJson, test } from './support/fixtures';

const NAME = 'Kumpulan Sasaran Rangka';
const SHOTS = process.env.LAKAR_OUTLINE_SHOTS;

/**
 * The generated model as a .lakar.json, and the place on the main view of the box named NAME: moved
 * to the middle of the view's width, where the fitted canvas shows it (at the smallest zoom the
 * view is wider than the canvas), clear of the boxes of its row.
 */
function bigView(): { buffer: Buffer; box: { x: number; y: number }; boxes: number } {
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
  return { buffer: Buffer.from(JSON.stringify(data)), box: nodes[id], boxes: Object.keys(nodes).length };
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
  await expect(canvas.getByRole('status')).toHaveText('Paparan ini dilukis sebagai rangka kerana terlalu banyak kotak: garisan tidak dilukis. Zum masuk untuk melihat dan menyunting elemen.');
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
