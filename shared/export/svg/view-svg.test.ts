import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeRelation } from '../../../test/helpers/factories';
import type { Relation } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { parseXml, type XmlElement } from '../../interchange/oef/xml';
import { listedInSite } from '../../routing/protection';
import { FLOW_STYLES } from './flow-style';
import { viewToSvg } from './index';

function all(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}
const textOf = (el: XmlElement): string => el.text + el.children.map(textOf).join(' ');

function flowDoc(method: Relation extends infer R ? (R extends { method?: infer M } ? M : never) : never, direction: 'supplies' | 'receives' | 'both') {
  const a = makeElement('application', { id: 'a', name: 'Sistem A & <B>' });
  const b = makeElement('externalSystem', { id: 'b', name: 'Sistem B' });
  const flow = { id: 'f', kind: 'dataFlow', source: 'a', target: 'b', method, direction, label: 'Rekod' } as Relation;
  return makeDocument([a, b], [flow, makeRelation('association', 'a', 'b', { id: 'x' })]);
}

describe('viewToSvg', () => {
  it('draws the seven labelled bands and every node of the view with its name as text', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const svg = parseXml(viewToSvg(doc, 'view_main'));
    expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const bands = all(svg, 'g').filter((g) => g.attrs['data-band'] && !g.attrs['data-element']);
    expect(bands.map((g) => g.attrs['data-band'])).toEqual(['users', 'channels', 'services', 'processes', 'applications', 'data', 'infrastructure']);
    expect(textOf(bands[0])).toContain('Pengguna Perkhidmatan');
    expect(textOf(bands[5])).toContain('Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat');
    const nodes = all(svg, 'g').filter((g) => g.attrs['data-element']);
    expect(nodes).toHaveLength(Object.keys(doc.views.view_main.nodes).length);
    expect(bands.map((g) => g.attrs['data-band'])).toEqual(['users', 'channels', 'services', 'processes', 'applications', 'data', 'infrastructure']);
    const portal = nodes.find((g) => g.attrs['data-element'] === 'ch_portal')!;
    expect(textOf(portal)).toContain('Portal MyGovernment');
  });

  it('labels bands in English when asked', () => {
    const svg = viewToSvg(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), 'view_main', { lang: 'en' });
    expect(svg).toContain('Service Users');
    expect(svg).toContain('Legend');
  });

  it('draws one line per relation whose ends are both on the view, with arrowheads and its ends named', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    // a control protecting a site is listed in the site's box instead (shared/routing/protection.ts)
    const onView = doc.relations.values().filter((r) => doc.views.view_main.nodes[r.source] && doc.views.view_main.nodes[r.target] && r.source !== r.target && !listedInSite(doc, r));
    const lines = all(parseXml(viewToSvg(doc, 'view_main')), 'path').filter((l) => l.attrs['data-relation']);
    expect(lines.map((l) => l.attrs['data-relation']).sort()).toEqual(onView.map((r) => r.id).sort());
    expect(lines.every((l) => l.attrs['marker-end']?.startsWith('url(#arrow-'))).toBe(true);
    for (const l of lines) expect([l.attrs['data-source'], l.attrs['data-target']]).toEqual([doc.relations.get(l.attrs['data-relation'])!.source, doc.relations.get(l.attrs['data-relation'])!.target]);
  });

  it('styles a data flow by its method and draws arrowheads by its direction', () => {
    for (const method of ['sftp', 'myGdx', 'manual'] as const) {
      const line = all(parseXml(viewToSvg(flowDoc(method, 'both'), 'view_main')), 'path').find((l) => l.attrs['data-relation'] === 'f')!;
      expect(line.attrs.stroke).toBe(FLOW_STYLES[method].color);
      expect(line.attrs['stroke-dasharray']).toBe(FLOW_STYLES[method].dash);
      expect(line.attrs['marker-start']).toBeDefined();
    }
    const receives = all(parseXml(viewToSvg(flowDoc('api', 'receives'), 'view_main')), 'path').find((l) => l.attrs['data-relation'] === 'f')!;
    expect(receives.attrs['marker-end']).toBeUndefined();
    expect(receives.attrs['marker-start']).toBeDefined();
  });

  it('labels a flow with its method and label, and escapes names', () => {
    const svg = viewToSvg(flowDoc('sftp', 'supplies'), 'view_main');
    expect(svg).toContain('SFTP · Rekod');
    // with the data it carries and how often, where the model says so
    const full = flowDoc('sftp', 'supplies');
    full.elements = full.elements.set('d', makeElement('dataEntity', { id: 'd', name: 'Maklumat Calon' }));
    full.relations = full.relations.set('f', { ...full.relations.get('f')!, dataEntityIds: ['d'], category: 'oneOff', label: undefined } as Relation);
    expect(viewToSvg(full, 'view_main')).toContain('SFTP · Maklumat Calon · One-off');
    expect(svg).toContain('Sistem A &amp; &lt;B&gt;');
    expect(() => parseXml(svg)).not.toThrow();
  });

  it('spreads two relations between the same nodes apart', () => {
    const lines = all(parseXml(viewToSvg(flowDoc('api', 'supplies'), 'view_main')), 'path').filter((l) => l.attrs['data-relation']);
    expect(lines).toHaveLength(2);
    const start = (l: XmlElement) => l.attrs.d.split(' ').slice(0, 2).join(' ');
    expect(start(lines[0])).not.toBe(start(lines[1]));
  });

  it('keeps the labels of several flows between the same two systems clear of each other', () => {
    const a = makeElement('application', { id: 'a', name: 'Sistem A' });
    const b = makeElement('externalSystem', { id: 'b', name: 'Sistem B' });
    const flows = (['myGdx', 'sftp', 'api', 'webService'] as const).map((method, i) => ({ id: `f${i}`, kind: 'dataFlow', source: 'a', target: 'b', method, direction: 'supplies' }) as Relation);
    const svg = parseXml(viewToSvg(makeDocument([a, b], flows), 'view_main'));
    const boxes = all(svg, 'g')
      .filter((g) => g.attrs.class === 'label')
      .map((g) => g.children.find((c) => c.name === 'rect')!.attrs)
      .map((r) => ({ x: Number(r.x), y: Number(r.y), w: Number(r.width), h: Number(r.height) }));
    expect(boxes).toHaveLength(4);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
        expect(overlap, `labels ${i} and ${j}`).toBe(false);
      }
  });
});

describe('the SVG legend (Jadual 3-1: the LMV explains its symbols), drawn as the paper’s Rajah 1 draws it', () => {
  const legendOf = () => {
    const svg = parseXml(viewToSvg(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), 'view_main'));
    return all(svg, 'g').find((g) => g.attrs.class === 'legend')!;
  };

  it('draws a bus as lines joining and parting, not as one more arrow like "Hubungan lain"', () => {
    const legend = legendOf();
    const bundle = all(legend, 'path').find((p) => p.attrs['data-legend'] === 'bundle')!;
    expect(bundle).toBeDefined();
    // four branches meeting two by two, no arrowhead
    expect(bundle.attrs.d.match(/M/g)).toHaveLength(3);
    expect(bundle.attrs['marker-end']).toBeUndefined();
    // the plain relation's entry is the only grey arrow in the legend
    const arrows = all(legend, 'line').filter((l) => l.attrs['marker-end'] && l.attrs.stroke === '#8c96a3');
    expect(arrows).toHaveLength(1);
  });

  it('draws "flows drawn through MyGDX" with the platform’s square on the line, unlike the MyGDX flow’s own arrow', () => {
    const legend = legendOf();
    const hub = all(legend, 'g').find((g) => g.attrs['data-legend'] === 'hub')!;
    expect(hub).toBeDefined();
    expect(all(hub, 'rect')).toHaveLength(1);
    expect(all(hub, 'line')[0].attrs['marker-end']).toBeUndefined();
    expect(all(hub, 'line')[0].attrs.stroke).toBe(FLOW_STYLES.myGdx.color);
  });
});
