/**
 * The LMV canvas editor's arranging tools, driven like a user: palette drops into each band,
 * multi-select with align/distribute and their undo, the model tree's search and kind filter, the
 * inspector's inline messages, the minimap and auto-layout keeping every node in its band.
 */
import type { Page } from '@playwright/test';
import { BANDS, bandOf, NODE_HEIGHT, NODE_WIDTH, totalBandHeight, type ElementKind } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { expect, test } from './support/fixtures';

const palette = (page: Page) => page.getByRole('region', { name: 'Palet' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const tree = (page: Page) => page.getByRole('region', { name: 'Model' });
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });

async function openExample(page: Page) {
  await page.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(page.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
}

/** Nodes on screen that lie outside the band of their kind, or over the band labels' column. */
async function nodesOutOfBand(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const rect = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const bands = Object.fromEntries([...document.querySelectorAll('.lmv-bands .lmv-band')].map((b) => [[...b.classList].find((c) => c.startsWith('band-'))!.slice(5), rect(b)]));
    const labels = rect(document.querySelector('.lmv-bands .lmv-band-head'));
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => ({
      name: n.querySelector('.lmv-name')!.textContent!,
      kind: [...n.querySelector('.lmv-node')!.classList].find((c) => c.startsWith('k-'))!.slice(2),
      box: rect(n),
    }));
    return { bands, labels, nodes };
  });
  const out: string[] = [];
  for (const n of shown.nodes) {
    const band = shown.bands[bandOf(n.kind as ElementKind)];
    if (n.box.top < band.top - 0.5 || n.box.bottom > band.bottom + 0.5 || n.box.left < shown.labels.right) out.push(`${n.name} (${n.kind})`);
  }
  return out;
}

// counts the tree and the canvas show for the worked example, read from the example itself
const exampleElements = pengambilanPekerjaExample().elements.values();
const EXAMPLE_TOTAL = exampleElements.length;

const viewportTransform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test.describe('canvas arranging', () => {
  test('drops a palette item of each band into the band of its kind, right of the band labels, without moving the canvas', async ({ app }) => {
    await app.getByRole('button', { name: 'Projek baharu' }).click();
    const pane = app.locator('.react-flow__pane');
    await expect(pane).toBeVisible();
    await app.getByRole('button', { name: 'Peta kecil' }).click();
    const items = ['G2C — Kerajaan kepada Rakyat', 'Portal Rai', 'Perkhidmatan', '4 Pengesahan (Certify)', 'Aplikasi Utama Spesifik Agensi', 'Sistem luaran', 'PDSA JDN'];
    expect(items).toHaveLength(BANDS.length);
    const before = await viewportTransform(app);
    for (const [i, item] of items.entries()) {
      // every item dropped on the first band's label, far from the band of most of them
      await palette(app)
        .getByRole('button', { name: `Tambah ${item}`, exact: true })
        .dragTo(pane, { targetPosition: { x: 20 + i * 4, y: 30 } });
      await expect(inspector(app).getByRole('heading', { level: 2 })).not.toHaveText('LMV');
      expect(await viewportTransform(app), `the canvas stays put after dropping ${item}`).toBe(before);
    }
    await expect(app.locator('.react-flow__node')).toHaveCount(items.length);
    expect(await nodesOutOfBand(app)).toEqual([]);
    // a node dragged onto the band labels stops at their edge
    const first = node(app, 'Portal Rai');
    const box = (await first.boundingBox())!;
    await first.hover();
    await app.mouse.down();
    await app.mouse.move(box.x - 300, box.y + 5, { steps: 6 });
    await app.mouse.up();
    expect(await nodesOutOfBand(app)).toEqual([]);
  });

  test('aligns and distributes a multi-selection, as one undo step each', async ({ app }) => {
    await openExample(app);
    await app.getByRole('button', { name: 'Peta kecil' }).click();
    await app.getByRole('button', { name: 'Muat skrin' }).click();
    const names = ['Sistem XY', 'Sistem B', 'Sistem D'];
    // unevenly placed: Sistem B a little lower and to the left
    await node(app, 'Sistem B').click();
    await app.keyboard.press('Control+Shift+ArrowDown');
    await app.keyboard.press('Control+Shift+ArrowLeft');
    const xs = async () => Promise.all(names.map(async (n) => (await node(app, n).boundingBox())!));
    const start = await xs();
    expect(start[1].y).toBeGreaterThan(start[0].y + 5);

    await node(app, 'Sistem XY').click();
    for (const n of names.slice(1)) await node(app, n).click({ modifiers: ['Shift'] });
    await expect(inspector(app)).toContainText('3 elemen dan 0 hubungan dipilih');
    const arrange = app.getByRole('combobox', { name: 'Jajar / agih…' });
    await arrange.selectOption({ label: 'Jajar atas' });
    await expect.poll(async () => new Set((await xs()).map((b) => Math.round(b.y))).size).toBe(1);
    await arrange.selectOption({ label: 'Agih sama rata (mendatar)' });
    await expect
      .poll(async () => {
        // equal gaps left to right, whatever order the example's layout gives the three
        const [a, b, c] = (await xs()).sort((p, q) => p.x - q.x);
        return Math.abs(b.x - a.x - a.width - (c.x - b.x - b.width));
      })
      .toBeLessThan(2);
    // undo the distribution, then the alignment: back to where they were
    await app.keyboard.press('Control+z');
    await app.keyboard.press('Control+z');
    await expect.poll(async () => (await xs()).map((b) => Math.round(b.y))).toEqual(start.map((b) => Math.round(b.y)));
    await app.keyboard.press('Control+Shift+z');
    await expect.poll(async () => new Set((await xs()).map((b) => Math.round(b.y))).size).toBe(1);
    // duplicate the three (Ctrl+D): the copies are selected, and go from the model with one Ctrl+Delete
    await app.keyboard.press('Control+d');
    await expect(tree(app).getByText(`${EXAMPLE_TOTAL + names.length} elemen`, { exact: true })).toBeVisible();
    await expect(node(app, 'Sistem B')).toHaveCount(2);
    await app.keyboard.press('Control+Delete');
    await expect(tree(app).getByText(`${EXAMPLE_TOTAL} elemen`, { exact: true })).toBeVisible();
  });

  test('finds elements in the model tree and shows a bad value inline without changing the model', async ({ app }) => {
    await openExample(app);
    const search = tree(app).getByLabel('Cari elemen');
    // the example's systems are the elements named "Sistem …"; the search ignores case
    const systems = exampleElements.filter((e) => /^Sistem /.test(e.name)).length;
    expect(exampleElements.filter((e) => /sistem/i.test(e.name))).toHaveLength(systems);
    await search.fill('sistem');
    await expect(tree(app).getByText(`${systems} daripada ${EXAMPLE_TOTAL} elemen`)).toBeVisible();
    await expect(tree(app).getByRole('treeitem', { name: /^Sistem/ })).toHaveCount(systems);
    await search.fill('');
    await tree(app).getByLabel('Tapis mengikut jenis').selectOption({ label: 'Rangkaian' });
    const networks = exampleElements.filter((e) => e.kind === 'network').length;
    await expect(tree(app).getByText(`${networks} daripada ${EXAMPLE_TOTAL} elemen`)).toBeVisible();
    await tree(app).getByRole('treeitem', { name: 'IPVPN' }).click();

    const speed = inspector(app).getByLabel('Kelajuan (Mbps)');
    await speed.fill('-5');
    await expect(inspector(app).getByRole('alert')).toHaveText('Nilai mesti lebih daripada 0.');
    await expect(speed).toHaveAttribute('aria-invalid', 'true');
    await expect(node(app, 'IPVPN').locator('.lmv-facts')).toHaveText('100 Mbps');
    await speed.fill('1000');
    await expect(inspector(app).getByRole('alert')).toHaveCount(0);
    await expect(node(app, 'IPVPN').locator('.lmv-facts')).toHaveText('1 Gbps');
  });

  test('opens the view fitted, moves the canvas from the minimap, and auto-layout keeps every node in its band', async ({ app }) => {
    await openExample(app);
    // measured afresh each time: the panes around the canvas settle after the project opens
    const paneBox = async () => (await app.locator('.react-flow__pane').boundingBox())!;
    // the view opens fitted: every node in sight, down to the bottom of the infrastructure band
    await expect(app.locator('.react-flow__node')).toHaveCount(EXAMPLE_TOTAL);
    await expect.poll(async () => {
      const [infra, pane] = [(await app.locator('.lmv-bands .lmv-band.band-infrastructure').boundingBox())!, await paneBox()];
      return infra.y + infra.height <= pane.y + pane.height + 1;
    }).toBe(true);
    await app.getByRole('button', { name: 'Muat skrin' }).click();
    // zoom in on the first band, then click the minimap's bottom-right corner: the last sites come into sight
    await app.getByRole('region', { name: 'Model' }).getByRole('treeitem', { name: 'Pencari Kerja' }).click();
    const dlp = node(app, 'DLP');
    const inPane = async () => {
      // a node out of sight is not rendered at all; read its box in one step, as it may go between two
      const [b] = await dlp.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      const pane = await paneBox();
      return !!b && b.x >= pane.x && b.x + b.width <= pane.x + pane.width && b.y >= pane.y && b.y + b.height <= pane.y + pane.height;
    };
    await expect.poll(inPane).toBe(false);
    // where DLP is drawn in the minimap: the whole view (all bands, up to the rightmost node) at its scale
    const sample = pengambilanPekerjaExample();
    const view = Object.values(sample.views)[0];
    const at = view.nodes[sample.elements.values().find((e) => e.name === 'DLP')!.id];
    const right = Math.max(...Object.values(view.nodes).map((n) => n.x + (n.w ?? NODE_WIDTH) + 40));
    const minimap = (await app.getByRole('img', { name: 'Peta kecil kanvas' }).boundingBox())!;
    const scale = Math.min(minimap.width / right, minimap.height / totalBandHeight(view));
    await app.mouse.click(minimap.x + (at.x + NODE_WIDTH / 2) * scale, minimap.y + (at.y + NODE_HEIGHT / 2) * scale);
    await expect.poll(inPane).toBe(true);

    await app.getByRole('button', { name: 'Susun automatik' }).click();
    await expect(app.getByRole('button', { name: 'Susun automatik' })).toBeEnabled();
    await app.getByRole('button', { name: 'Peta kecil' }).click();
    await app.getByRole('button', { name: 'Muat skrin' }).click();
    await expect(app.locator('.react-flow__node')).toHaveCount(EXAMPLE_TOTAL);
    expect(await nodesOutOfBand(app)).toEqual([]);
  });
});
