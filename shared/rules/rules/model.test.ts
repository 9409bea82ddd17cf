import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

describeRuleCases([
  {
    rule: 'lmv.bandEmpty',
    breaks: {
      when: 'the infrastructure label has no elements',
      edit: (d) => {
        for (const [id, e] of Object.entries(d.elements)) if (['site', 'network', 'securityControl'].includes(e.kind)) delete d.elements[id];
      },
      ms: 'Label LMV "Infrastruktur" tiada sebarang elemen',
    },
    passes: { when: 'all seven labels have elements (worked example)' },
  },
  {
    rule: 'meta.sectorMissing',
    breaks: { when: 'no sector is chosen', edit: (d) => void delete d.meta.sector, en: 'sector has not been chosen' },
    passes: { when: 'the sector is Sosial 2' },
  },
  {
    rule: 'meta.categoryMissing',
    breaks: { when: 'no category is chosen', edit: (d) => void delete d.meta.category },
    passes: { when: 'the category is WoG' },
  },
  {
    rule: 'meta.outcomesMissing',
    breaks: { when: 'cost optimisation is not stated', edit: (d) => void delete d.meta.expectedOutcomes!.pengoptimumanKos, ms: 'pengoptimuman kos', en: 'cost optimisation' },
    passes: { when: 'all three outcomes are stated' },
  },
  {
    rule: 'element.unconnected',
    breaks: {
      when: 'an ePayment Gateway platform is connected to nothing',
      edit: (d) => void (d.elements.pf_pay = { id: 'pf_pay', kind: 'platform', name: 'ePayment Gateway', platformType: 'ePaymentGateway' }),
      ms: 'Platform "ePayment Gateway" tidak dihubungkan',
      elements: ['pf_pay'],
    },
    passes: { when: 'every element is connected; the MyGDX platform is used by the MyGDX flows (worked example)' },
  },
  {
    rule: 'element.notOnView',
    breaks: { when: 'the service is on no view', edit: (d) => void delete d.views.view_main.nodes.sv_main, elements: ['sv_main'] },
    passes: { when: 'every element is placed on the main view' },
  },
  {
    rule: 'relation.invalid',
    breaks: {
      when: 'a "uses" relation goes from a service to a channel',
      edit: (d) => void addRelation(d, 'uses', 'sv_main', 'ch_portal'),
      en: 'is not valid from Service to Channel',
      elements: ['sv_main', 'ch_portal'],
    },
    passes: { when: 'relations join the kinds Jadual 3-1 connects' },
  },
  {
    rule: 'relation.invalid',
    breaks: { when: 'a relation refers to a deleted element', edit: (d) => void addRelation(d, 'delivers', 'ch_portal', 'el_gone'), ms: 'merujuk elemen yang tiada' },
    passes: { when: 'no relation dangles', edit: (d) => dropRelations(d, (r) => r.target === 'el_gone') },
  },
]);
