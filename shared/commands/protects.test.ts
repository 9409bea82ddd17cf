/**
 * A site lists the security controls protecting it in its box ("Dilindungi oleh: HSM, SIEM, DLP",
 * 001 Jadual 3-1 label 7; shared/routing/protection.ts), so a relation command can make a site's box
 * taller without touching the site. Every view showing the site must then be stored as it is drawn,
 * as after a rename of the site itself: its band tall enough for the box, so the drawing on the canvas
 * and on paper (as high as the stored bands) holds it; an undo gives the earlier geometry back.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, executeCommand, initialState, undo, type EditorState } from './index';
import type { LakarDocument } from '../model';
import { bandLayout, DEFAULT_BAND_HEIGHT } from '../model/bands';
import { BANDS } from '../model/vocabulary';
import { protectionOf } from '../routing/protection';
import { BAND_INSET, leafSize } from '../routing/scene';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { byPath, freshCopy, normalisationOf } from '../../test/helpers/whole-view';
import { knownNormalised } from './normalize';

const INFRA = BANDS.indexOf('infrastructure');

/** The site's box on `viewId` as drawn (its list of controls included), and the bottom of its stored band. */
function siteOn(doc: LakarDocument, viewId: string, id: string) {
  const view = doc.views[viewId];
  const node = view.nodes[id];
  const { h } = leafSize(doc.elements.get(id)!, node, protectionOf(doc)(doc.elements.get(id)!));
  const band = bandLayout(view)[INFRA];
  return { top: node.y, bottom: node.y + h, bandBottom: band.top + band.height };
}

/**
 * A site whose box, with no control listed, just fits at the foot of the infrastructure band, on the
 * main view (with the controls) and on a second view (the site alone); both views stored as drawn.
 */
function siteAtFoot(): EditorState {
  const site = makeElement('site', { id: 'site_pdsa', name: 'PDSA JDN', hardware: [{ item: 'Pelayan', quantity: 2 }, { item: 'Storan', quantity: 1 }] });
  const controls = [
    makeElement('securityControl', { id: 'sec_hsm', name: 'HSM', controlType: 'hsm' }),
    makeElement('securityControl', { id: 'sec_siem', name: 'SIEM', controlType: 'siem' }),
    makeElement('securityControl', { id: 'sec_dlp', name: 'DLP', controlType: 'dlp' }),
  ];
  const other = makeElement('site', { id: 'site_hq', name: 'Ibu Pejabat' });
  const doc = makeDocument([site, ...controls, other], [makeRelation('protects', 'sec_siem', 'site_hq', { id: 'rel_siem_hq' })]);
  const infraTop = bandLayout(doc.views.view_main)[INFRA].top;
  const { h } = leafSize(site, undefined);
  const foot = infraTop + DEFAULT_BAND_HEIGHT - BAND_INSET - h;
  doc.views.view_main.nodes.site_pdsa = { x: 900, y: foot };
  doc.views.view_2 = { id: 'view_2', name: 'Infrastruktur', order: 1, nodes: { site_pdsa: { x: 300, y: foot } } };
  let state = initialState(freshCopy(doc));
  // any first edit of a view read from a file stores it as drawn
  for (const viewId of ['view_main', 'view_2']) {
    const { x, y } = state.doc.views[viewId].nodes.site_pdsa;
    state = dispatch(state, 'element.move', { viewId, moves: [{ id: 'site_pdsa', x: x + 10, y }] }).state;
    expect(knownNormalised(state.doc.views[viewId], state.doc.elements)).toBe(true);
  }
  // it fits with nothing to spare
  for (const viewId of ['view_main', 'view_2']) expect(siteOn(state.doc, viewId, 'site_pdsa').bottom + BAND_INSET).toBe(siteOn(state.doc, viewId, 'site_pdsa').bandBottom);
  return state;
}

/**
 * Run command `id` through the history: each view must be stored as drawn (a whole-view normalisation
 * changes nothing), as the same command stores it on a fresh copy, with the same patches.
 */
function step(state: EditorState, id: string, args: unknown, what: string): EditorState {
  const whole = executeCommand(freshCopy(state.doc), id, args);
  const next = dispatch(state, id, args);
  expect(next.state.doc.views, what).toEqual(whole.doc.views);
  expect(byPath(next.patches), what).toEqual(byPath(whole.patches));
  const copy = freshCopy(next.state.doc);
  for (const viewId of Object.keys(copy.views)) expect(normalisationOf(copy, viewId), `${what}: ${viewId} as drawn`).toEqual([]);
  return next.state;
}

describe('a protects relation lists the control in the site’s box, on every view showing the site (001 Jadual 3-1 label 7)', () => {
  it('grows the band of a site at its foot when a control is added, on each view showing it; undo gives the geometry back', () => {
    let state = siteAtFoot();
    const before = state.doc.views;
    state = step(state, 'relation.add', { relation: makeRelation('protects', 'sec_hsm', 'site_pdsa', { id: 'rel_hsm' }) }, 'HSM protects the site');
    expect(protectionOf(state.doc)(state.doc.elements.get('site_pdsa')!)).toEqual(['HSM']);
    for (const viewId of ['view_main', 'view_2']) {
      const site = siteOn(state.doc, viewId, 'site_pdsa');
      // taller than before, and still inside its band: the drawing (as high as the bands) holds it
      expect(site.bottom - site.top, viewId).toBeGreaterThan(leafSize(state.doc.elements.get('site_pdsa')!, undefined).h);
      expect(site.bottom + BAND_INSET, viewId).toBeLessThanOrEqual(site.bandBottom);
      expect(state.doc.views[viewId].bandHeights![INFRA], viewId).toBeGreaterThan(DEFAULT_BAND_HEIGHT);
    }
    state = undo(state).state;
    expect(state.doc.views).toEqual(before);
    expect(state.doc.relations.get('rel_hsm')).toBeUndefined();
  });

  it('grows it as much when a control’s relation is retargeted to the site, or one is pasted with the control', () => {
    const start = siteAtFoot();
    // a site pasted with a control protecting it, at the foot of the band: measured with its list
    const { x, y } = start.doc.views.view_main.nodes.site_pdsa;
    const copy = step(
      start,
      'element.addMany',
      {
        elements: [{ ...start.doc.elements.get('site_pdsa'), id: 'site_copy' }, { ...start.doc.elements.get('sec_dlp'), id: 'sec_copy' }],
        relations: [makeRelation('protects', 'sec_copy', 'site_copy', { id: 'rel_copy' })],
        viewId: 'view_main',
        nodes: { site_copy: { x: x + 400, y } },
      },
      'a site pasted with its DLP',
    );
    const site = siteOn(copy.doc, 'view_main', 'site_copy');
    expect(site.bottom + BAND_INSET).toBeLessThanOrEqual(site.bandBottom);
    expect(copy.doc.views.view_main.bandHeights![INFRA]).toBeGreaterThan(DEFAULT_BAND_HEIGHT);
    const retargeted = step(start, 'relation.update', { id: 'rel_siem_hq', patch: { target: 'site_pdsa' } }, 'SIEM retargeted from headquarters to the site');
    const added = step(start, 'relation.add', { relation: makeRelation('protects', 'sec_siem', 'site_pdsa', { id: 'rel_siem' }) }, 'SIEM protects the site');
    const pasted = step(start, 'element.addMany', { elements: [], relations: [makeRelation('protects', 'sec_siem', 'site_pdsa', { id: 'rel_siem' })] }, 'SIEM protects the site, from a script');
    for (const viewId of ['view_main', 'view_2']) {
      expect(retargeted.doc.views[viewId].bandHeights, viewId).toEqual(added.doc.views[viewId].bandHeights);
      expect(pasted.doc.views[viewId].bandHeights, viewId).toEqual(added.doc.views[viewId].bandHeights);
      expect(added.doc.views[viewId].bandHeights![INFRA], viewId).toBeGreaterThan(DEFAULT_BAND_HEIGHT);
    }
  });

  it('keeps every view showing the site stored as drawn through a rename and removal of a control, and removals of relations', () => {
    let state = siteAtFoot();
    state = step(state, 'relation.add', { relation: makeRelation('protects', 'sec_dlp', 'site_pdsa', { id: 'rel_dlp' }) }, 'DLP protects the site');
    // a longer name takes the list onto a second line
    const grown = siteOn(state.doc, 'view_2', 'site_pdsa').bottom;
    state = step(state, 'element.update', { id: 'sec_dlp', patch: { name: 'Pencegahan Kehilangan Data' } }, 'DLP renamed');
    expect(siteOn(state.doc, 'view_2', 'site_pdsa').bottom).toBeGreaterThan(grown);
    state = step(state, 'relation.add', { relation: makeRelation('protects', 'sec_hsm', 'site_pdsa', { id: 'rel_hsm' }) }, 'HSM protects it too');
    state = step(state, 'relation.update', { id: 'rel_siem_hq', patch: { target: 'site_pdsa' } }, 'SIEM retargeted to the site');
    expect(protectionOf(state.doc)(state.doc.elements.get('site_pdsa')!)).toEqual(['SIEM', 'Pencegahan Kehilangan Data', 'HSM']);
    state = step(state, 'relation.remove', { ids: ['rel_hsm'] }, 'HSM no longer protects it');
    state = step(state, 'element.remove', { ids: ['sec_dlp'] }, 'DLP deleted');
    expect(protectionOf(state.doc)(state.doc.elements.get('site_pdsa')!)).toEqual(['SIEM']);
    for (const viewId of ['view_main', 'view_2']) expect(knownNormalised(state.doc.views[viewId], state.doc.elements), viewId).toBe(true);
  });
});
