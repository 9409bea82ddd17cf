/**
 * The canvas draws the same routed LMV as the exports: lines routed round the boxes by the routing
 * worker (shared/routing), modules inside their application, and a straight rubber band while a box
 * is dragged. Checked on screen, from the drawn paths and the node boxes the browser lays out.
 */
import type { Page } from '@playwright/test';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { expect, test } from './support/fixtures';

const doc = pengambilanPekerjaExample();

async function openExample(page: Page) {
  await page.getByRole('button', { name: /Buka contoh Panduan WoG §3\.3\.4/ }).click();
  await expect(page.getByRole('application', { name: /^Kanvas LMV/ })).toBeVisible();
}

/** The routed drawing of a relation's line (a dashed line is drawn in straight pieces). */
const routedPath = (page: Page, relation: string) => page.locator(`[data-testid="rf__edge-${relation}"] path[data-routed="true"]`).first();

/** Boxes a relation's line may touch: its ends and the boxes that hold them (an application holds its modules). */
function allowedBoxes(relation: string): string[] {
  const r = doc.relations.get(relation)!;
  const up = (id: string): string[] => {
    const el = doc.elements.get(id);
    const parent = el && (el.kind === 'module' || el.kind === 'appService') ? el.parentId : undefined;
    return parent ? [id, ...up(parent)] : [id];
  };
  const hub = r.kind === 'dataFlow' && r.method === 'myGdx' ? ['pf_mygdx'] : [];
  return [...up(r.source), ...up(r.target), ...hub];
}

/** "relation under node" for every routed line on screen that passes inside a box it may not touch. */
async function linesUnderBoxes(page: Page): Promise<string[]> {
  const allowed = Object.fromEntries(doc.relations.ids().map((id) => [id, allowedBoxes(id)]));
  return page.evaluate((allowedById) => {
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) => ({ id: n.getAttribute('data-id')!, r: n.getBoundingClientRect() }));
    const out: string[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path[data-routed="true"]')) {
      const relation = path.closest('.react-flow__edge')!.getAttribute('data-id')!;
      const ok = new Set(allowedById[relation] ?? []);
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      for (let at = 0; at <= total; at += 2) {
        const p = path.getPointAtLength(at);
        const x = m.a * p.x + m.c * p.y + m.e;
        const y = m.b * p.x + m.d * p.y + m.f;
        const hit = boxes.find((b) => !ok.has(b.id) && x > b.r.left + 1 && x < b.r.right - 1 && y > b.r.top + 1 && y < b.r.bottom - 1);
        if (hit) {
          out.push(`${relation} under ${hit.id}`);
          break;
        }
      }
    }
    return out;
  }, allowed);
}

const box = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((n) => {
  const r = n.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
});

test.describe('canvas routing', () => {
  test('draws the example with routed lines round the boxes and the modules inside their application', async ({ app }) => {
    await openExample(app);
    await expect(routedPath(app, 'fl_xy')).toBeAttached();
    const app_ = await box(app, 'app_spp');
    for (const id of ['mod_user', 'mod_apply', 'mod_report', 'as_role']) {
      const b = await box(app, id);
      expect(b.left >= app_.left - 0.5 && b.right <= app_.right + 0.5 && b.top >= app_.top - 0.5 && b.bottom <= app_.bottom + 0.5, `${id} inside the application`).toBe(true);
    }
    expect(await app.locator('.react-flow__edge path[data-routed="true"]').count()).toBeGreaterThan(30);
    expect(await linesUnderBoxes(app)).toEqual([]);
  });

  test('moves the modules with their application, and re-routes a line round a box dropped in its way', async ({ app }) => {
    // two drags with a re-route each: room on a machine shared by several test runs
    test.setTimeout(150_000);
    await openExample(app);
    const hosted = doc.relations.values().find((r) => r.kind === 'hostedOn' && r.target === 'site_pdsa')!.id;
    await expect(routedPath(app, hosted)).toBeAttached();
    // where the hosting line crosses the data band
    const band = await app.locator('.lmv-bands .lmv-band.band-data').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const crossing = await routedPath(app, hosted).evaluate((path: SVGPathElement, b) => {
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      const mid = (b.top + b.bottom) / 2;
      let best = { x: 0, y: 0, d: Infinity };
      for (let at = 0; at <= total; at += 1) {
        const p = path.getPointAtLength(at);
        const x = m.a * p.x + m.c * p.y + m.e;
        const y = m.b * p.x + m.d * p.y + m.f;
        if (Math.abs(y - mid) < best.d) best = { x, y, d: Math.abs(y - mid) };
      }
      return best;
    }, band);
    // drag "Maklumat Calon" onto the crossing; while it moves its own line is a straight rubber band
    const de = await box(app, 'de_calon');
    await app.mouse.move((de.left + de.right) / 2, (de.top + de.bottom) / 2);
    await app.mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i++) await app.mouse.move((de.left + de.right) / 2 + ((crossing.x - (de.left + de.right) / 2) * i) / steps, (de.top + de.bottom) / 2 + ((crossing.y - (de.top + de.bottom) / 2) * i) / steps);
    const accesses = doc.relations.values().find((r) => r.kind === 'accesses' && r.target === 'de_calon')!.id;
    await expect(app.locator(`[data-testid="rf__edge-${accesses}"] path.is-straight`)).toHaveCount(1);
    await app.mouse.up();
    const dropped = await box(app, 'de_calon');
    expect(dropped.left < crossing.x && dropped.right > crossing.x, 'the box now stands where the line crossed the band').toBe(true);
    // re-routed off the UI thread: the line no longer passes there, nor under any other box
    await expect(routedPath(app, accesses)).toBeAttached();
    await expect.poll(() => linesUnderBoxes(app)).toEqual([]);

    // dragging the application takes its modules along
    const before = await box(app, 'mod_user');
    const parent = await box(app, 'app_spp');
    await app.mouse.move(parent.left + 20, parent.top + 8);
    await app.mouse.down();
    for (let i = 1; i <= 6; i++) await app.mouse.move(parent.left + 20 + i * 10, parent.top + 8);
    await app.mouse.up();
    const after = await box(app, 'mod_user');
    expect(after.left - before.left).toBeGreaterThan(30);
    // (the grid snaps the application by at most a few pixels up or down)
    expect(Math.abs(after.top - before.top)).toBeLessThan(10);
  });
});
