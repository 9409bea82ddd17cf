import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { checkLmv, readLmvSvg } from '../../../test/helpers/lmv-geometry';
import { diagramGeometry } from './lmv';
import { diagramSvg } from './lmv-svg';

describe('diagramSvg', () => {
  it('draws the seven bands, every node and the routed, arrowed lines as well-formed SVG', () => {
    const doc = pengambilanPekerjaExample();
    doc.elements = doc.elements.set('sys_a', { ...doc.elements.get('sys_a')!, name: 'Sistem <A> & "B"' });
    const svg = diagramSvg(diagramGeometry(doc, doc.views.view_main, 'ms'), 'ms');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Sistem &lt;A&gt; &amp; &quot;B&quot;');
    for (const band of ['Pengguna Perkhidmatan', 'Infrastruktur', 'Technology Architecture']) expect(svg).toContain(band);
    // six flows, one of them both ways
    expect(svg.match(/data-kind="dataFlow"[^>]*marker-end=/g)).toHaveLength(6);
    expect(svg.match(/data-kind="dataFlow"[^>]*marker-start=/g)).toHaveLength(1);
    expect(svg).toContain('>MyGDX<');
    // print draws the same clean geometry as the export
    const report = checkLmv(readLmvSvg(svg));
    expect([report.throughBoxes, report.sharedSegments, report.outsideBand]).toEqual([[], [], []]);
  });
});
