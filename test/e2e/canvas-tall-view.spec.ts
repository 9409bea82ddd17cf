/**
 * A view far taller than wide (issue 18: the application band of a 10,000-element LMV is 170,000
 * units tall), as a planner works in it: inside the middle of the tall band the band's name is still
 * on screen, and the minimap shows the view across its whole box and still moves the canvas.
 */
import type { Locator, Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { bandLayout, createEmptyDocument, DEFAULT_BAND_HEIGHT, Table, type Element, type ElementKind } from '../../shared/model';
import { makeElement } from '../helpers/factories';
import { expect, importLakarJson, test } from './support/fixtures';

const APPS = 80;
const ROW = 110;
const tree = (page: Page) => page.getByRole('region', { name: 'Model' });

/** One element in each band but the applications', and 80 applications in a column 8,800 units tall. */
function tallView(): Buffer {
  const doc = createEmptyDocument('Paparan tinggi', '2026-01-01T00:00:00.000Z');
  const view = doc.views.view_main;
  view.bandHeights = [DEFAULT_BAND_HEIGHT, DEFAULT_BAND_HEIGHT, DEFAULT_BAND_HEIGHT, DEFAULT_BAND_HEIGHT, APPS * ROW + 60, DEFAULT_BAND_HEIGHT, DEFAULT_BAND_HEIGHT];
  const rows = bandLayout(view);
  const elements: Element[] = [];
  const put = (id: string, kind: ElementKind, name: string, x: number, y: number) => {
    elements.push(makeElement(kind, { id, name } as Partial<Element>) as Element);
    view.nodes[id] = { x, y };
  };
  const others: [ElementKind, string][] = [['targetGroup', 'Orang Awam'], ['channel', 'Portal'], ['service', 'Perkhidmatan'], ['process', 'Proses'], ['dataEntity', 'Data'], ['site', 'Pusat Data']];
  others.forEach(([kind, name], i) => put(`el_o${i}`, kind, name, 220, rows[i < 4 ? i : i + 1].top + 50));
  const apps = rows[4];
  for (let i = 0; i < APPS; i++) put(`el_a${i}`, 'application', `Aplikasi ${String(i + 1).padStart(2, '0')}`, 220, apps.top + 40 + i * ROW);
  return Buffer.from(toLakarJson({ ...doc, elements: Table.of(elements) }));
}

/** Screen box of `locator`, which must be on the page. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

/** The React Flow viewport's translation (screen px). */
async function viewportTranslate(page: Page): Promise<{ x: number; y: number }> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f };
  });
}

test('a tall view: the band name stays in sight wherever the user is inside the band, and the minimap fills its box and moves the canvas', async ({ app }) => {
  await importLakarJson(app, { name: 'tinggi.lakar.json', buffer: tallView() }, '86 elemen');
  const pane = await box(app.locator('.react-flow__pane'));

  // a quarter and three quarters of the way down the application band (the band's middle, where
  // its name used to sit, is off screen either way): its name and number are on the canvas
  const band = app.locator('.lmv-band.band-applications');
  const name = app.locator('.lmv-band-labels .lmv-band-label.band-applications .lmv-band-name');
  const number = app.locator('.lmv-band-labels .lmv-band-label.band-applications .lmv-band-no');
  const onCanvas = async (l: Locator) => {
    const b = await box(l);
    return b.y >= pane.y && b.y + b.height <= pane.y + pane.height && b.x >= pane.x && b.x + b.width <= pane.x + pane.width;
  };
  for (const [element, far] of [['Aplikasi 20', 'top'], ['Aplikasi 60', 'bottom']] as const) {
    await tree(app).getByRole('treeitem', { name: new RegExp(`^${element}`) }).click();
    await expect(app.locator('.react-flow__node').filter({ hasText: element })).toBeVisible();
    // the band's other end is thousands of pixels away
    if (far === 'top') await expect.poll(async () => (await box(band)).y).toBeLessThan(pane.y - 1000);
    else await expect.poll(async () => (await box(band)).y + (await box(band)).height).toBeGreaterThan(pane.y + pane.height + 1000);
    await expect(name).toHaveText('Aplikasi');
    await expect.poll(() => onCanvas(name), `the band's name with ${element} in sight`).toBe(true);
    expect(await onCanvas(number)).toBe(true);
  }
  // the processes band is off screen, and so is its name: it does not cling to the screen for a band out of sight
  const processes = await box(app.locator('.lmv-band-labels .lmv-band-label.band-processes .lmv-band-name'));
  expect(processes.y + processes.height).toBeLessThanOrEqual(pane.y);

  // the minimap takes the view's shape (taller than wide) and its drawing fills the box across,
  // instead of a sliver down one side
  const minimap = app.getByRole('img', { name: 'Peta kecil kanvas' });
  const mini = await box(minimap);
  expect(mini.height).toBeGreaterThan(mini.width);
  const drawnWidth = await minimap.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    let right = 0;
    for (let y = 0; y < height; y++) for (let x = right; x < width; x++) if (data[(y * width + x) * 4 + 3] > 0) right = x + 1;
    return right / (window.devicePixelRatio || 1);
  });
  expect(drawnWidth).toBeGreaterThan(mini.width * 0.8);
  // a thumb along its side says the map goes on, and where the box is in it
  await expect(minimap.locator('.lmv-minimap-thumb.is-vertical')).toBeVisible();
  await expect(minimap.locator('.lmv-minimap-thumb.is-horizontal')).toBeHidden();
  // the visible area's frame is in the box
  const frame = await box(minimap.locator('.lmv-minimap-frame'));
  expect(frame.y).toBeGreaterThanOrEqual(mini.y - 1);
  expect(frame.y + frame.height).toBeLessThanOrEqual(mini.y + mini.height + 1);

  // a click near the minimap's bottom moves the canvas down the view; near its top, back up
  const before = await viewportTranslate(app);
  await app.mouse.click(mini.x + mini.width / 2, mini.y + mini.height - 6);
  await expect.poll(async () => (await viewportTranslate(app)).y).toBeLessThan(before.y - 100);
  const below = await viewportTranslate(app);
  await app.mouse.click(mini.x + mini.width / 2, mini.y + 6);
  await expect.poll(async () => (await viewportTranslate(app)).y).toBeGreaterThan(below.y + 100);
  // and a drag to the box's bottom edge carries on down the view
  const start = await viewportTranslate(app);
  await app.mouse.move(mini.x + mini.width / 2, mini.y + mini.height / 2);
  await app.mouse.down();
  for (let i = 0; i < 8; i++) await app.mouse.move(mini.x + mini.width / 2, mini.y + mini.height - 2 + i);
  await app.mouse.up();
  await expect.poll(async () => (await viewportTranslate(app)).y).toBeLessThan(start.y - 100);
  await expect(name).toBeVisible();
});
