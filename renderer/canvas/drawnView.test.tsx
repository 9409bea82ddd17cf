// @vitest-environment happy-dom
/**
 * The canvas draws its bands from the current relations: a site lists the controls protecting it in
 * its box ("Dilindungi oleh: HSM", 001 Jadual 3-1 label 7; shared/routing/protection.ts), so a
 * protects relation added in the project makes a site at the foot of its band taller, and the band
 * the canvas draws under it grows, in the render that shows the new relations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import { bandLayout, DEFAULT_BAND_HEIGHT } from '../../shared/model/bands';
import type { LakarDocument, View } from '../../shared/model';
import { BANDS } from '../../shared/model/vocabulary';
import { BAND_INSET, leafSize } from '../../shared/routing/scene';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { useDrawnView } from './drawnView';
import { FlowModelBuilder } from './flowModel';

const INFRA = BANDS.indexOf('infrastructure');

describe('the bands the canvas draws', () => {
  afterEach(cleanup);

  it('grow under a site at the foot of its band when a control comes to protect it, in the render with the new relations', () => {
    const site = makeElement('site', { id: 'site_pdsa', name: 'PDSA JDN', hardware: [{ item: 'Pelayan', quantity: 2 }] });
    const hsm = makeElement('securityControl', { id: 'sec_hsm', name: 'HSM', controlType: 'hsm' });
    const doc = makeDocument([site, hsm]);
    const view = doc.views.view_main;
    const band = bandLayout(view)[INFRA];
    view.nodes.site_pdsa = { x: 900, y: band.top + band.height - BAND_INSET - leafSize(site, undefined).h };
    const guarded: LakarDocument['relations'] = makeDocument([site, hsm], [makeRelation('protects', hsm.id, site.id)]).relations;
    const builder = new FlowModelBuilder();
    const { result, rerender } = renderHook(({ relations }: { relations: LakarDocument['relations'] }) => useDrawnView(builder, doc.elements, relations, view), {
      initialProps: { relations: doc.relations },
    });
    const infraHeight = (v: View) => bandLayout(v)[INFRA].height;
    // the site fits its band with no control listed
    expect(infraHeight(result.current)).toBe(DEFAULT_BAND_HEIGHT);
    // the same elements and view: only the relations are new
    rerender({ relations: guarded });
    const tall = leafSize(site, undefined, ['HSM']).h;
    expect(tall).toBeGreaterThan(leafSize(site, undefined).h);
    expect(bandLayout(result.current)[INFRA].top + infraHeight(result.current)).toBeGreaterThanOrEqual(view.nodes.site_pdsa.y + tall + BAND_INSET);
    // and back when the relation goes
    rerender({ relations: doc.relations });
    expect(infraHeight(result.current)).toBe(DEFAULT_BAND_HEIGHT);
  });
});
