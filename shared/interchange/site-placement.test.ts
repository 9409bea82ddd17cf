/**
 * A site's placement matters (001 §3.3.4 g: "perkara yang berkaitan dengan penempatan infrastruktur
 * di lokasi tersebut") leave Lakar as an ArchiMate property of the site's Node, which other tools
 * show and keep, and come back as the list they were, from the Open Exchange file and from Archi's
 * CSV triple.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from './oef/xml';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { fromArchiCsv, fromOef, toArchiCsv, toOef } from './index';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const PLACEMENT = ['Rak 10U', 'UPS berganda'];

describe("a site's placement matters in ArchiMate exchange (001 §3.3.4 g)", () => {
  it('writes them as the lakar:placement property of the site, and reads them back', async () => {
    const doc = example();
    expect((doc.elements.get('site_pdsa') as { placement?: string[] }).placement).toEqual(PLACEMENT);
    const xml = toOef(doc);
    // the property's definition is named lakar:placement; the site's element carries its value
    const root = parseXml(xml);
    const defs = root.children.find((c) => c.name === 'propertyDefinitions')!.children;
    const def = defs.find((d) => d.children.some((n) => n.name === 'name' && n.text.trim() === 'lakar:placement'));
    expect(def, 'lakar:placement defined').toBeDefined();
    const site = root.children.find((c) => c.name === 'elements')!.children.find((e) => e.children.some((n) => n.name === 'name' && n.text.trim() === 'PDSA JDN'))!;
    const prop = site.children.find((c) => c.name === 'properties')!.children.find((p) => p.attrs.propertyDefinitionRef === def!.attrs.identifier)!;
    expect(JSON.parse(prop.children.find((c) => c.name === 'value')!.text)).toEqual(PLACEMENT);
    const { doc: back } = await fromOef(xml);
    expect(back.elements.get('site_pdsa')).toMatchObject({ placement: PLACEMENT });
  });

  it('keeps them through the CSV triple', async () => {
    const csv = toArchiCsv(example());
    expect(csv.properties).toContain('"lakar:placement","[""Rak 10U"",""UPS berganda""]"');
    const { doc: back } = await fromArchiCsv([
      { name: 'elements.csv', data: csv.elements },
      { name: 'relations.csv', data: csv.relations },
      { name: 'properties.csv', data: csv.properties },
    ]);
    const site = [...back.elements.values()].find((e) => e.name === 'PDSA JDN');
    expect(site).toMatchObject({ kind: 'site', placement: PLACEMENT });
  });
});
