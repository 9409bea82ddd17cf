/**
 * A large view zoomed out (issue 18): the band labels keep one screen size at every zoom, so a
 * planner looking over thousands of elements still reads which band is which (they used to shrink
 * with the canvas to specks), each at the canvas's left edge, inside the canvas, in band order and
 * none covering another even where the bands are thinner on screen than their labels. A view fitted
 * to the screen leaves the zoomed-out labels room left of it, so they cover none of its boxes.
 */
import type { Page } from '@playwright/test';
import { toLakarJson } from '../../shared/interchange/json';
import { BANDS, bandOf, createEmptyDocument, defaultSlot, Table, type Element, type ElementKind } from '../../shared/model';
import { makeElement } from '../helpers/factories';
import { expect, importLakarJson, test } from './support/fixtures';

/** Elements in each of the seven bands, side by side: a view some 80,000 units wide. */
const PER_BAND = 400;
const KIND_OF_BAND: ElementKind[] = ['targetGroup', 'channel', 'service', 'process', 'application', 'dataEntity', 'site'];
/** The band names as Jadual 3-1 writes them, in the Malay interface. */
const NAMES = ['Pengguna Perkhidmatan', 'Medium Perkhidmatan', 'Perkhidmatan', 'Proses Peringkat Tinggi', 'Aplikasi', 'Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat', 'Infrastruktur'];
/** The smallest text a planner reads on screen without leaning in. */
const READABLE_PX = 11;
/** The widest a band's name may be on screen when zoomed out (a chip), about one box of the view at 100 %. */
const MAX_NAME_PX = 240;

function largeView(): Buffer {
  const doc = createEmptyDocument('Landskap besar', '2026-01-01T00:00:00.000Z');
  const view = doc.views.view_main;
  const elements: Element[] = [];
  KIND_OF_BAND.forEach((kind, b) => {
    expect(bandOf(kind)).toBe(BANDS[b]);
    for (let i = 0; i < PER_BAND; i++) {
      const id = `el_${b}_${i}`;
      elements.push(makeElement(kind, { id, name: `${kind} ${i + 1}` } as Partial<Element>) as Element);
      view.nodes[id] = defaultSlot(view, BANDS[b], i);
    }
  });
  return Buffer.from(toLakarJson({ ...doc, elements: Table.of(elements) }));
}

/** The React Flow viewport's zoom. */
const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** Each band label's name as drawn: its text, its screen box and its font size on screen (px). */
function drawnNames(page: Page) {
  return page.locator('.lmv-band-labels .lmv-band-name').evaluateAll((names) =>
    names.map((n) => {
      const el = n as HTMLElement;
      const box = el.getBoundingClientRect();
      // the font's CSS size times the scale the canvas and the label's own transform put on it
      const scale = box.width / el.offsetWidth;
      return { text: el.textContent, x: box.x, y: box.y, width: box.width, height: box.height, fontPx: parseFloat(getComputedStyle(el).fontSize) * scale };
    }),
  );
}

test('zoomed out over a large view, every band label stays readable, at the left edge, inside the canvas and apart', async ({ app }) => {
  await importLakarJson(app, { name: 'besar.lakar.json', buffer: largeView() }, /2[,.]?800 elemen/);
  await app.getByRole('button', { name: 'Muat skrin' }).click();
  // the view is far wider than the screen: fitting it zooms out as far as the canvas goes
  await expect.poll(() => zoomOf(app)).toBeLessThan(0.06);
  const pane = (await app.locator('.react-flow__pane').boundingBox())!;

  const check = async (when: string) => {
    const names = await drawnNames(app);
    expect(names.map((n) => n.text), when).toEqual(NAMES);
    names.forEach((n, i) => {
      expect(n.fontPx, `${n.text} ${when}: font size on screen`).toBeGreaterThanOrEqual(READABLE_PX);
      expect(n.height, `${n.text} ${when}: height on screen`).toBeGreaterThanOrEqual(READABLE_PX);
      // no wider than about a box: band 6's long name wraps instead of covering a row of its boxes
      expect(n.width, `${n.text} ${when}: width on screen`).toBeLessThanOrEqual(MAX_NAME_PX);
      // inside the canvas, at its left edge
      expect(n.x, `${n.text} ${when}`).toBeGreaterThanOrEqual(pane.x);
      expect(n.x, `${n.text} ${when}`).toBeLessThan(pane.x + 60);
      expect(n.x + n.width, `${n.text} ${when}`).toBeLessThanOrEqual(pane.x + pane.width);
      expect(n.y, `${n.text} ${when}`).toBeGreaterThanOrEqual(pane.y);
      expect(n.y + n.height, `${n.text} ${when}`).toBeLessThanOrEqual(pane.y + pane.height);
      // top to bottom in band order, none covering the next
      if (i > 0) expect(n.y, `${n.text} ${when}: below ${names[i - 1].text}`).toBeGreaterThanOrEqual(names[i - 1].y + names[i - 1].height);
    });
    // the labels sit at their bands: the bands, thinner than the labels, are within the labels' stack
    const [users, infrastructure] = [(await app.locator('.lmv-bands .lmv-band.band-users').boundingBox())!, (await app.locator('.lmv-bands .lmv-band.band-infrastructure').boundingBox())!];
    const [firstLabel, lastLabel] = [(await app.locator('.lmv-band-labels .lmv-band-label.band-users .lmv-band-content').boundingBox())!, (await app.locator('.lmv-band-labels .lmv-band-label.band-infrastructure .lmv-band-content').boundingBox())!];
    expect(firstLabel.y, when).toBeLessThanOrEqual(users.y);
    expect(lastLabel.y + lastLabel.height, when).toBeGreaterThanOrEqual(infrastructure.y + infrastructure.height);
    return names;
  };

  const fitted = await check('fitted');
  await app.screenshot({ path: 'test-results/band-labels-zoomed-out.png' });

  // zoomed in a little, still an overview: the labels keep their size
  for (let i = 0; i < 3; i++) {
    const before = await zoomOf(app);
    await app.getByRole('button', { name: 'Zum masuk' }).click();
    await expect.poll(() => zoomOf(app)).toBeGreaterThan(before * 1.1);
  }
  await expect.poll(() => zoomOf(app)).toBeGreaterThan(0.08);
  const closer = await check('zoomed in a little');
  closer.forEach((n, i) => expect(n.fontPx).toBeCloseTo(fitted[i].fontPx, 1));
  await app.screenshot({ path: 'test-results/band-labels-closer.png' });

  // at 100 % in the middle of the view, working: the label stuck at the edge is the band's number, as large as ever
  await app.locator('.react-flow__pane').click({ button: 'right', position: { x: pane.width / 2, y: pane.height - 60 } });
  await app.getByRole('menu', { name: 'Menu konteks kanvas' }).getByRole('menuitem', { name: 'Zum 100 %' }).click();
  await expect.poll(() => zoomOf(app)).toBe(1);
  const number = app.locator('.lmv-band-labels .lmv-band-label.band-applications .lmv-band-no');
  await expect(number).toHaveText('5');
  const numberBox = (await number.boundingBox())!;
  expect(numberBox.height).toBeGreaterThanOrEqual(READABLE_PX);
  expect(numberBox.x).toBeGreaterThanOrEqual(pane.x);
  expect(numberBox.y).toBeGreaterThanOrEqual(pane.y);
  expect(numberBox.y + numberBox.height).toBeLessThanOrEqual(pane.y + pane.height);
  await app.screenshot({ path: 'test-results/band-labels-working.png' });
});

test('the worked example fitted to the screen: the band labels, zoomed out, cover none of its boxes', async ({ app }) => {
  // opening fits the LMV to the screen (below 100 %: the labels are chips wider than their column);
  // band 6's name, as Jadual 3-1 writes it, used to hide two systems of the first column
  await app.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(app.locator('.react-flow__node').first()).toBeVisible();
  await expect.poll(() => zoomOf(app)).toBeLessThan(1);
  await expect(app.locator('.lmv-band-labels.is-chip')).toHaveCount(1);
  const rects = (selector: string) =>
    app.locator(selector).evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }));
  const labels = await rects('.lmv-band-labels .lmv-band-content');
  const boxes = await rects('.react-flow__node');
  const pane = (await app.locator('.react-flow__pane').boundingBox())!;
  expect(labels).toHaveLength(7);
  expect(boxes.length).toBeGreaterThan(40);
  for (const l of labels) {
    expect(l.left, l.name).toBeGreaterThanOrEqual(pane.x);
    for (const b of boxes) {
      const overlap = l.left < b.right && b.left < l.right && l.top < b.bottom && b.top < l.bottom;
      expect(overlap, `${l.name} covers ${b.name.slice(0, 40)}`).toBe(false);
    }
  }
  await app.screenshot({ path: 'test-results/band-labels-worked-example.png' });
});
