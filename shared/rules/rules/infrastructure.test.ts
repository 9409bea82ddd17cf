import type { Draft } from 'immer';
import type { LakarDocumentData, Network, Site } from '../../model';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const site = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<Site>;
const net = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<Network>;

/** A project with one agency: its application and data belong to it. */
function singleAgency(category: 'wog' | 'agensiSpesifik') {
  const doc = makeDocument([makeElement('application', { name: 'Sistem Cuti', agency: 'Agensi A' }), makeElement('dataEntity', { name: 'Rekod Cuti', ownerAgency: 'agensi a' })]);
  doc.meta = { ...doc.meta, category, pemilikProjek: 'Agensi A' };
  return doc;
}

describeRuleCases([
  {
    rule: 'site.noNetwork',
    breaks: { when: 'the DRC is connected by no network', edit: (d) => dropRelations(d, (r) => r.kind === 'connects' && r.target === 'site_drc'), elements: ['site_drc'] },
    passes: { when: 'every site has a network' },
  },
  {
    rule: 'network.speedMissing',
    breaks: { when: 'IPVPN states no speed', edit: (d) => void delete net(d, 'net_ipvpn').speedMbps, elements: ['net_ipvpn'] },
    passes: { when: 'every network states its Mbps' },
  },
  {
    rule: 'network.noSite',
    breaks: { when: 'a network connects no site but is protected by a control', edit: (d) => {
      dropRelations(d, (r) => r.kind === 'connects' && r.source === 'net_pcn');
      addRelation(d, 'protects', 'sec_dlp', 'net_pcn');
    }, elements: ['net_pcn'] },
    passes: { when: 'every network connects a site' },
  },
  {
    rule: 'site.hardwareMissing',
    breaks: { when: 'the On-site location lists no hardware', edit: (d) => void delete site(d, 'site_onsite').hardware, ms: 'Lokasi "On-site" tidak menyenaraikan perkakasan' },
    passes: { when: 'every site lists its hardware (as in the example)' },
  },
  {
    rule: 'site.softwarePlacementMissing',
    breaks: { when: 'the On-site location lists its hardware but no software (001 §3.3.4 g: "perkakasan serta bilangan, perisian")', edit: (d) => void delete site(d, 'site_onsite').software, ms: 'Lokasi "On-site" menyenaraikan perkakasan tetapi tidak menyenaraikan perisian.', elements: ['site_onsite'] },
    passes: { when: 'every site lists its hardware, software and placement matters, as in the example (001 §3.3.4 g)' },
  },
  {
    rule: 'site.softwarePlacementMissing',
    breaks: { when: 'the agency HQ lists no placement matters (001 §3.3.4 g: "perkara yang berkaitan dengan penempatan infrastruktur")', edit: (d) => void (site(d, 'site_hq').placement = []), en: 'Site "Ibu Pejabat Agensi PQRST" lists its hardware but no infrastructure placement matters.', elements: ['site_hq'] },
    passes: { when: 'a site lists no hardware: site.hardwareMissing alone reports it, not twice (001 §3.3.4 g)', edit: (d) => {
      delete site(d, 'site_onsite').hardware;
      delete site(d, 'site_onsite').software;
      delete site(d, 'site_onsite').placement;
    } },
  },
  {
    rule: 'infra.sharedInfrastructure',
    breaks: { when: 'no site is PDSA JDN or MyGovCloud@CFA', edit: (d) => {
      site(d, 'site_pdsa').siteType = 'agencyHq';
      site(d, 'site_cfa').siteType = 'publicCloud';
    }, elements: ['site_pdsa'] },
    passes: { when: 'a MyGovCloud platform is used instead', edit: (d) => {
      site(d, 'site_pdsa').siteType = 'agencyHq';
      site(d, 'site_cfa').siteType = 'publicCloud';
      d.elements.pf_cloud = { id: 'pf_cloud', kind: 'platform', name: 'MyGovCloud', platformType: 'myGovCloud' };
    } },
  },
  {
    rule: 'infra.myGovNet',
    breaks: { when: 'no network is MyGov*Net', edit: (d) => {
      net(d, 'net_pcn').networkType = 'ipvpn';
      net(d, 'net_pdsa').networkType = 'internet';
    }, en: 'No MyGov*Net network' },
    passes: { when: 'MyGov*Net.PCN links the headquarters' },
  },
  {
    rule: 'wog.singleAgency',
    breaks: { when: 'a WoG project names only Agensi A', doc: () => singleAgency('wog'), ms: 'hanya melibatkan 1 agensi (Agensi A)' },
    passes: { when: 'data comes from another agency’s system', doc: () => {
      const doc = singleAgency('wog');
      const x = makeElement('externalSystem', { name: 'Sistem JPN', agency: 'JPN' });
      doc.elements = doc.elements.set(x.id, x);
      return doc;
    } },
  },
  {
    rule: 'agensiSpesifik.otherAgencies',
    breaks: { when: 'an agency-specific project involves several agencies', edit: (d) => void (d.meta.category = 'agensiSpesifik'), ms: 'Agensi PQRST, Jabatan Digital Negara, Agensi A' },
    passes: { when: 'it involves only its own agency', doc: () => singleAgency('agensiSpesifik') },
  },
]);
