import type { Draft } from 'immer';
import type { LakarDocumentData, Process, Service } from '../../model';
import { addRelation, describeRuleCases, dropRelations } from '../../../test/helpers/rules';

const sv = (d: Draft<LakarDocumentData>) => d.elements.sv_main as Draft<Service>;
const pr = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<Process>;

describeRuleCases([
  {
    rule: 'service.e2eMissing',
    breaks: { when: 'the service has no E2E category', edit: (d) => void delete sv(d).e2eCategory, elements: ['sv_main'] },
    passes: { when: 'the service is categorised (Separa E2E in the example)' },
  },
  {
    rule: 'service.e2eSingleLifecycle',
    breaks: { when: 'an E2E service is reached by G2C, G2B, G2G and G2E', edit: (d) => void (sv(d).e2eCategory = 'e2e'), ms: 'G2B, G2C, G2E, G2G' },
    passes: { when: 'only the G2C group reaches the E2E service', edit: (d) => {
      sv(d).e2eCategory = 'e2e';
      dropRelations(d, (r) => r.kind === 'uses' && r.source !== 'tg_g2c');
    } },
  },
  {
    rule: 'service.e2eCounterOnly',
    breaks: { when: 'an E2E service is only delivered at the counter', edit: (d) => {
      sv(d).e2eCategory = 'e2e';
      dropRelations(d, (r) => r.kind === 'delivers' && r.source !== 'ch_counter');
    } },
    passes: { when: 'it is also delivered through Portal MyGovernment', edit: (d) => void (sv(d).e2eCategory = 'e2e') },
  },
  {
    rule: 'service.domainMissing',
    breaks: { when: 'neither service nor project states a domain', edit: (d) => {
      delete sv(d).serviceDomain;
      delete d.meta.serviceDomain;
    } },
    passes: { when: 'the project states the domain', edit: (d) => {
      delete sv(d).serviceDomain;
      d.meta.serviceDomain = 'sosial2.pekerjaan';
    } },
  },
  {
    rule: 'service.domainUnknown',
    breaks: { when: 'the domain id is not in Jadual 2-3', edit: (d) => void (sv(d).serviceDomain = 'sosial2.tiada'), ms: '"sosial2.tiada"' },
    passes: { when: 'the domain is sosial2.pekerjaan' },
  },
  {
    rule: 'service.domainSector',
    breaks: { when: 'the project is in Ekonomi but the service domain is Pekerjaan of Sosial 2', edit: (d) => void (d.meta.sector = 'ekonomi'), ms: 'Sektor Sosial 2 (Bakat), tetapi projek ditetapkan kepada Sektor Ekonomi' },
    passes: { when: 'sector and domain agree' },
  },
  {
    rule: 'meta.domain',
    breaks: { when: 'the project domain belongs to another sector', edit: (d) => void (d.meta.serviceDomain = 'ekonomi.komoditi'), ms: 'milik Sektor Ekonomi, bukan Sosial 2 (Bakat)' },
    passes: { when: 'the project domain is in its sector', edit: (d) => void (d.meta.serviceDomain = 'sosial2.pekerjaan') },
  },
  {
    rule: 'meta.domain',
    breaks: { when: 'the project domain is not in the catalogue', edit: (d) => void (d.meta.serviceDomain = 'tiada'), en: 'is not in Jadual 2-3' },
    passes: { when: 'no project domain is stated' },
  },
  {
    rule: 'service.functionSector',
    breaks: { when: 'a business-licensing service sits in a Sosial 2 project (Jadual 5-2 scenario 4)', edit: (d) => void (sv(d).name = 'Perkhidmatan Pelesenan Perniagaan'), ms: 'Senario 4', en: 'places in the Economy sector' },
    passes: { when: 'the same service sits in an Ekonomi project', edit: (d) => {
      sv(d).name = 'Perkhidmatan Pelesenan Perniagaan';
      d.meta.sector = 'ekonomi';
    } },
  },
  {
    rule: 'service.functionSector',
    breaks: { when: 'a tax service sits in a Sosial 2 project (Jadual 5-2 scenario 2)', edit: (d) => void (sv(d).name = 'Perkhidmatan Bayaran Tax'), ms: 'Senario 2' },
    passes: { when: 'a keyword is only the end of a longer word of the name ("syntax" holds no "tax")', edit: (d) => void (sv(d).name = 'Perkhidmatan Semakan Syntax') },
  },
  {
    rule: 'service.noProcess',
    breaks: { when: 'the service realises no process', edit: (d) => dropRelations(d, (r) => r.kind === 'realizes'), elements: ['sv_main'] },
    passes: { when: 'the service realises four processes' },
  },
  {
    rule: 'service.noChannel',
    breaks: { when: 'no channel delivers the service', edit: (d) => dropRelations(d, (r) => r.kind === 'delivers'), elements: ['sv_main'] },
    passes: { when: 'three channels deliver it' },
  },
  {
    rule: 'process.unmapped',
    breaks: { when: 'a process has no generic process', edit: (d) => void delete pr(d, 'pr_1').genericProcess, elements: ['pr_1'] },
    passes: { when: 'every process maps to Rajah 3-2' },
  },
  {
    rule: 'process.noApplication',
    breaks: { when: 'no application supports a process', edit: (d) => dropRelations(d, (r) => r.kind === 'supports' && r.target === 'pr_1'), elements: ['pr_1'] },
    passes: { when: 'a module supports it instead of the application', edit: (d) => {
      dropRelations(d, (r) => r.kind === 'supports' && r.target === 'pr_1');
      addRelation(d, 'supports', 'mod_apply', 'pr_1');
    } },
  },
  {
    rule: 'process.noService',
    breaks: { when: 'a process realises no service', edit: (d) => dropRelations(d, (r) => r.kind === 'realizes' && r.target === 'pr_1'), elements: ['pr_1'] },
    passes: { when: 'every process is linked to the service' },
  },
]);
