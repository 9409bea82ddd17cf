import type { Draft } from 'immer';
import type { LakarDocumentData, TargetGroup, Channel } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const tg = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<TargetGroup>;
const ch = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<Channel>;

describeRuleCases([
  {
    rule: 'targetGroup.catalogue',
    breaks: {
      when: 'a G2C target group has the G2B subcategory Usahawan',
      edit: (d) => void (tg(d, 'tg_g2c').subcategory = 'Usahawan'),
      ms: 'subkategori "Usahawan" tiada dalam Jadual 2-1 bagi kitar hayat G2C',
      elements: ['tg_g2c'],
    },
    passes: { when: 'groups and subcategories are those of Jadual 2-1, whatever their case', edit: (d) => void (tg(d, 'tg_g2c').subcategory = 'PEKERJA') },
  },
  {
    rule: 'targetGroup.catalogue',
    breaks: { when: 'a G2E target group is "Warganegara"', edit: (d) => void (tg(d, 'tg_g2e').group = 'Warganegara'), en: 'target group "Warganegara" is not in Jadual 2-1 for lifecycle G2E' },
    passes: { when: 'a G2B subcategory is an MSIC industry (open-ended in Jadual 2-1)', edit: (d) => void (tg(d, 'tg_g2b').subcategory = 'Pembuatan') },
  },
  {
    rule: 'targetGroup.unspecified',
    breaks: {
      when: 'a target group states neither group nor subcategory',
      edit: (d) => {
        delete tg(d, 'tg_g2g').group;
        delete tg(d, 'tg_g2g').subcategory;
      },
      elements: ['tg_g2g'],
    },
    passes: { when: 'every target group states its group' },
  },
  {
    rule: 'targetGroup.otherSector',
    breaks: {
      when: 'a G2C subcategory of the Keselamatan row is used in a Sosial 2 project',
      edit: (d) => void (tg(d, 'tg_g2c').subcategory = 'Pesalah Trafik'),
      ms: 'tersenarai di bawah sektor Keselamatan',
      en: 'not the project sector (Social 2 (Talent))',
    },
    passes: { when: 'G2B/G2G/G2E groups come from sectors that have no row for Sosial 2 (cross-sector users, as in the example)' },
  },
  {
    rule: 'targetGroup.persona',
    breaks: { when: 'the persona is not one of the 17', edit: (d) => void (tg(d, 'tg_g2c').persona = 'Ahli Sukan'), ms: 'Persona "Ahli Sukan"' },
    passes: { when: 'the persona is given in English', edit: (d) => void (tg(d, 'tg_g2c').persona = 'job seeker') },
  },
  {
    rule: 'targetGroup.noChannel',
    breaks: {
      when: 'a target group uses no channel but is linked otherwise',
      edit: (d) => {
        dropRelations(d, (r) => r.kind === 'uses' && r.source === 'tg_g2c');
        addRelation(d, 'association', 'tg_g2c', 'sv_main');
      },
      elements: ['tg_g2c'],
    },
    passes: { when: 'every target group uses a channel' },
  },
  {
    rule: 'channel.noService',
    breaks: { when: 'the MyGov app delivers no service', edit: (d) => dropRelations(d, (r) => r.kind === 'delivers' && r.source === 'ch_app'), elements: ['ch_app'] },
    passes: { when: 'every channel delivers the service' },
  },
  {
    rule: 'channel.mainGateway',
    breaks: {
      when: 'citizens are served only by an agency portal and app',
      edit: (d) => {
        ch(d, 'ch_portal').channelType = 'agencyPortal';
        ch(d, 'ch_app').channelType = 'mobileApp';
      },
      elements: ['tg_g2c'],
    },
    passes: { when: 'Portal MyGovernment is a channel' },
  },
  {
    rule: 'channel.portalRai',
    breaks: { when: 'a non-citizen target group has no Portal Rai', edit: (d) => void (tg(d, 'tg_g2c').group = 'Bukan Warganegara'), ms: 'tiada medium Portal Rai', elements: ['tg_g2c'] },
    passes: {
      when: 'Portal Rai is a channel',
      edit: (d) => {
        tg(d, 'tg_g2c').group = 'Bukan Warganegara';
        d.elements.ch_rai = { id: 'ch_rai', kind: 'channel', name: 'Portal Rai', channelType: 'portalRai' };
      },
    },
  },
  {
    rule: 'channel.classifiedData',
    breaks: {
      when: 'a social-media channel delivers a service whose application reads Sulit data',
      edit: (d) => void (ch(d, 'ch_portal').channelType = 'socialMedia'),
      ms: 'menggunakan data Sulit "Maklumat Identiti Individu"',
      elements: ['ch_portal', 'sv_main', 'de_identiti'],
    },
    passes: { when: 'a social-media channel only serves a service using Terbuka data', edit: (d) => {
      ch(d, 'ch_portal').channelType = 'socialMedia';
      for (const e of Object.values(d.elements)) if (e.kind === 'dataEntity') e.classification = 'terbuka';
    } },
  },
]);
