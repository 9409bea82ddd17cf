import { describe, expect, it } from 'vitest';
import { elementSchema, bandOf } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeDocument } from '../../test/helpers/factories';
import { elementFromTemplate, findTemplate, PALETTE_TEMPLATES, templateLabel } from './templates';

const keys = () => PALETTE_TEMPLATES.map((p) => p.key);

describe('PALETTE_TEMPLATES', () => {
  it('offers the four lifecycles, the main channels, the 20 generic processes, DPI platforms and HSM/SIEM/DLP', () => {
    expect(keys()).toEqual(expect.arrayContaining(['targetGroup:G2C', 'targetGroup:G2B', 'targetGroup:G2G', 'targetGroup:G2E']));
    expect(keys()).toEqual(expect.arrayContaining(['channel:portalMyGovernment', 'channel:portalRai', 'channel:myGovApp', 'channel:counter', 'channel:agencyPortal']));
    expect(PALETTE_TEMPLATES.filter((p) => p.key.startsWith('process:'))).toHaveLength(20);
    expect(keys()).toEqual(expect.arrayContaining(['platform:myDigitalId', 'platform:myGdx', 'platform:ePaymentGateway']));
    expect(keys()).toEqual(expect.arrayContaining(['securityControl:hsm', 'securityControl:siem', 'securityControl:dlp', 'site:pdsaJdn', 'network:ipvpn', 'dataEntity', 'externalSystem', 'module', 'appService']));
  });

  it('labels generic processes with the BM name and English verbs of Rajah 3-2', () => {
    expect(templateLabel(findTemplate('process:11')!, 'ms')).toBe('11 Kelulusan (Approve/Authorize/Endorse)');
    expect(templateLabel(findTemplate('channel:portalRai')!, 'en')).toBe('Portal Rai');
  });

  it('makes a valid element of every template, in the band of its kind', () => {
    const doc = makeDocument();
    for (const t of PALETTE_TEMPLATES) {
      const el = elementFromTemplate(t, doc, 'ms');
      expect(elementSchema.safeParse(el).success, t.key).toBe(true);
      expect(bandOf(el.kind)).toBe(t.band);
    }
  });
});

describe('elementFromTemplate', () => {
  it('gives a new process the next order number and the generic process', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    expect(elementFromTemplate(findTemplate('process:14')!, doc, 'ms')).toMatchObject({ kind: 'process', name: 'Pembayaran', genericProcess: 14, order: 5 });
  });

  it('adds a module to the application that is selected', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    expect(elementFromTemplate(findTemplate('module')!, doc, 'ms', ['app_spp'])).toMatchObject({ kind: 'module', parentId: 'app_spp' });
    expect(elementFromTemplate(findTemplate('module')!, doc, 'ms', [])).not.toHaveProperty('parentId');
  });

  it('adds a module beside a selected module, to the same application', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const sibling = doc.elements.values().find((e) => e.kind === 'module')!;
    expect(elementFromTemplate(findTemplate('module')!, doc, 'ms', [sibling.id])).toMatchObject({ kind: 'module', parentId: 'app_spp' });
    // an application service joins the selected module itself
    expect(elementFromTemplate(findTemplate('appService')!, doc, 'ms', [sibling.id])).toMatchObject({ kind: 'appService', parentId: sibling.id });
    // two different applications selected: no guess
    const two = { elements: doc.elements.set('app_other', { id: 'app_other', kind: 'application' as const, name: 'Sistem Lain' }) };
    expect(elementFromTemplate(findTemplate('module')!, two, 'ms', ['app_spp', 'app_other'])).not.toHaveProperty('parentId');
  });

  it('numbers a name that an element of the same kind already has', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    expect(elementFromTemplate(findTemplate('platform:myDigitalId')!, doc, 'ms').name).toBe('MyDigital ID 2');
    expect(elementFromTemplate(findTemplate('channel:portalRai')!, doc, 'en')).toMatchObject({ name: 'Portal Rai', url: 'https://rai.malaysia.gov.my' });
  });
});
