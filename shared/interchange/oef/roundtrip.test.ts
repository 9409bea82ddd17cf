import { describe, expect, it } from 'vitest';
import { awkwardIdsDocument, everyKindElements, everyKindRelations, everythingDocument } from '../../../test/fixtures/interchange/documents';
import { canValidate, validateOef } from '../../../test/fixtures/interchange/xmllint';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { elementSchema, dataFlowSchema, projectMetaSchema } from '../../model/schema';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { metaFields } from './fields';
import { fromOef, toOef } from './index';

const xmllint = canValidate();

/** Documents compare as plain data (no undefined keys, no prototypes). */
function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('lakar → OEF → lakar', () => {
  const cases = {
    'the §3.3.4 example': () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'),
    'a document using every kind and field': everythingDocument,
    'a document with awkward ids': awkwardIdsDocument,
    'a generated 600-element model': () => makeLargeDocument(600),
  };

  for (const [name, make] of Object.entries(cases)) {
    it(`gives back an equal document for ${name}`, async () => {
      const doc = make();
      const { doc: back, warnings } = await fromOef(toOef(doc));
      expect(plain(back)).toEqual(plain(doc));
      expect(warnings).toEqual([]);
    });

    it.runIf(xmllint)(`writes OEF that validates against the Open Group XSDs for ${name}`, () => {
      const result = validateOef(toOef(make()));
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    });
  }

  it('keeps exact node positions, sizes and band heights of every view', async () => {
    const doc = everythingDocument();
    const { doc: back } = await fromOef(toOef(doc));
    expect(back.views.view_main.nodes.tg).toEqual({ x: 200.25, y: 44.5 });
    expect(back.views.view_main.nodes.ch).toEqual({ x: -10, y: 214, w: 220, h: 80 });
    expect(back.views.view_main.bandHeights).toEqual([170, 170, 200, 170, 300, 170, 170]);
    expect(back.views['view 2'].nodes.ext).toEqual({ x: 420, y: 900, w: 170, h: 64 });
  });

  it('re-exports unplaced concepts with their original ArchiMate types', () => {
    const xml = toOef(everythingDocument());
    expect(xml).toMatch(/<element identifier="goal-1" xsi:type="Goal">/);
    expect(xml).toMatch(/<element identifier="junction-1" xsi:type="OrJunction">/);
    expect(xml).toMatch(/<relationship identifier="infl-1" xsi:type="Influence" source="goal-1" target="sv" modifier="\+">/);
  });

  it('writes LMV relations with the ArchiMate relationship and direction of the mapping', () => {
    const xml = toOef(everythingDocument());
    // target group uses channel → the channel serves the target group
    expect(xml).toContain('<relationship identifier="r_uses" xsi:type="Serving" source="ch" target="tg">');
    // service realized by process
    expect(xml).toContain('<relationship identifier="r_realizes" xsi:type="Realization" source="pr" target="sv">');
    expect(xml).toContain('<relationship identifier="r_access2" xsi:type="Access" source="mod" target="de" accessType="Read">');
    expect(xml).toContain('<relationship identifier="r_hosted" xsi:type="Aggregation" source="site" target="app">');
    expect(xml).toContain('<relationship identifier="r_flow" xsi:type="Flow" source="ext" target="app">');
    // the data a flow carries: an association from the flow relationship to the data object
    expect(xml).toContain('xsi:type="Association" source="r_flow" target="de">');
    // a module is composed into its application
    expect(xml).toContain('xsi:type="Composition" source="app" target="mod">');
  });

  it('keeps LMV-only fields as lakar: properties with property definitions', () => {
    const xml = toOef(everythingDocument());
    expect(xml).toMatch(/<propertyDefinition identifier="propid-\d+" type="string">\s*<name>lakar:lifecycle<\/name>/);
    expect(xml).toMatch(/<propertyDefinition identifier="propid-\d+" type="number">\s*<name>lakar:speedMbps<\/name>/);
    expect(xml).toContain('<value>[{&quot;item&quot;:&quot;Pelayan&quot;,&quot;quantity&quot;:4}]</value>'.replace(/&quot;/g, '"'));
  });

  it('draws the seven bands and the relations of each view on the exported diagram', () => {
    const xml = toOef(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    expect(xml.match(/xsi:type="Container"/g)).toHaveLength(7);
    expect(xml).toContain('<label>1. Pengguna Perkhidmatan</label>');
    expect(xml).toMatch(/<connection identifier="[^"]+" relationshipRef="[^"]+" xsi:type="Relationship"/);
  });

  it('takes the position from the file when a node was moved in another tool', async () => {
    const doc = everythingDocument();
    const moved = toOef(doc).replace(/(elementRef="tg" xsi:type="Element" x=")200(" y=")45/, '$1640$2300');
    const { doc: back } = await fromOef(moved);
    expect(back.views.view_main.nodes.tg).toEqual({ x: 640, y: 300, w: 170, h: 64 });
  });
});

describe('field coverage of the interchange fixtures', () => {
  it('sets every LMV field of every element kind, so the round trip covers new fields too', () => {
    const byKind = new Map(everyKindElements().map((e) => [e.kind, e]));
    for (const option of (elementSchema as unknown as { options: { shape: Record<string, unknown> }[] }).options) {
      const kind = (option.shape.kind as { def: { values: string[] } }).def.values[0];
      const el = byKind.get(kind as never) as Record<string, unknown> | undefined;
      expect(el, kind).toBeDefined();
      for (const field of Object.keys(option.shape)) if (!['description', 'properties'].includes(field)) expect(el![field], `${kind}.${field}`).toBeDefined();
    }
  });

  it('sets every field of a data flow and of the project meta', () => {
    const flow = everyKindRelations().find((r) => r.kind === 'dataFlow') as Record<string, unknown>;
    for (const field of Object.keys(dataFlowSchema.shape)) if (field !== 'properties') expect(flow[field], field).toBeDefined();
    const meta = everythingDocument().meta as Record<string, unknown>;
    // Structured meta fields (catalogue update, agency application lists…) all go through the JSON
    // codec, which expectedOutcomes and disabledRules already exercise; scalar fields must each be set.
    const structured = new Set(metaFields().filter((f) => f.codec === 'json').map((f) => f.field));
    for (const field of Object.keys(projectMetaSchema.shape)) if (!structured.has(field)) expect(meta[field], field).toBeDefined();
    expect(meta.expectedOutcomes).toBeDefined();
    expect(meta.disabledRules).toBeDefined();
  });
});
