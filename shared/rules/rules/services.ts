/** Rules on services and high-level processes (001 Jadual 3-1 labels 3–4, Rajah 3-2, Jadual 2-3, Jadual 5-2, §6.4). */
import { normalizeText } from '../../catalogue/text';
import type { Catalogue } from '../../catalogue/schema';
import type { Service } from '../../model/schema';
import type { Lifecycle } from '../../model/vocabulary';
import { globalRule, localRule, q, type Params } from '../define';
import { hasAnyWord, labels, norm, nameOf } from '../helpers';
import { isolated } from './anchor-answers';

export const e2eMissing = localRule({
  id: 'service.e2eMissing',
  severity: 'warning',
  title: { ms: 'Setiap perkhidmatan menyatakan kategori E2E', en: 'Every service states its E2E category' },
  message: { ms: 'Perkhidmatan {name} tidak menyatakan kategori E2E.', en: 'Service {name} does not state its E2E category.' },
  source: '001 §6.4.4–6.4.5',
  fixHint: { ms: 'Pilih E2E, Separa E2E, e-Kaunter atau Manual dalam pemeriksa perkhidmatan.', en: 'Choose E2E, partial E2E, e-Counter or Manual in the service inspector.' },
  elements: ['service'],
  reach: 0,
  checkItem(id, ctx, emit, s) {
    if (!s.e2eCategory) emit.about(s, nameOf);
  },
});

export const e2eSingleLifecycle = localRule({
  id: 'service.e2eSingleLifecycle',
  // "Satu Perkhidmatan E2E hendaklah khusus kepada satu kumpulan sasaran pelanggan sahaja" (001 §6.4.3)
  severity: 'warning',
  title: { ms: 'Perkhidmatan E2E khusus kepada satu kumpulan sasaran', en: 'An E2E service serves one target-group family' },
  message: {
    ms: 'Perkhidmatan E2E {name} dicapai oleh kumpulan sasar {lifecycles}; satu perkhidmatan E2E hendaklah khusus kepada satu kumpulan sasaran pelanggan.',
    en: 'E2E service {name} is reached by target groups {lifecycles}; an E2E service must be specific to one customer target group.',
  },
  source: '001 §6.4.3, §6.4.4–6.4.5',
  fixHint: {
    ms: 'Pecahkan kepada satu perkhidmatan E2E bagi setiap kumpulan sasaran (G2C, G2B, G2G, G2E); jika perkhidmatan tidak memenuhi prinsip E2E (hubungan satu ke satu dengan sasaran pelanggan, §6.4.4), pilih kategori Bukan E2E yang sepadan: Separa E2E, e-Kaunter atau Manual (§6.4.5).',
    en: 'Split into one E2E service per target group (G2C, G2B, G2G, G2E); if the service does not meet the E2E principles (one-to-one with a customer target group, §6.4.4), choose the matching non-E2E category: partial E2E, e-Counter or Manual (§6.4.5).',
  },
  elements: ['service'],
  reach: 4,
  names: 0,
  checkItem(id, ctx, emit, s) {
    if (s.e2eCategory !== 'e2e') return;
    const lifecycles = new Set<Lifecycle>();
    for (const ch of ctx.graph.sources(id, 'delivers')) for (const tg of ctx.graph.sources(ch.id, 'uses')) if (tg.kind === 'targetGroup') lifecycles.add(tg.lifecycle);
    if (lifecycles.size > 1) emit.aboutWith(s, lifecyclesParams, lifecycles, undefined, undefined);
  },
});

const lifecyclesParams = (s: Service, lifecycles: ReadonlySet<Lifecycle>): Params => ({ name: q(s.name), lifecycles: [...lifecycles].sort().join(', ') });

export const e2eCounterOnly = localRule({
  id: 'service.e2eCounterOnly',
  severity: 'warning',
  title: { ms: 'Perkhidmatan E2E tidak bergantung pada kaunter', en: 'E2E services do not depend on the counter' },
  message: { ms: 'Perkhidmatan {name} dikategorikan E2E tetapi hanya disampaikan secara bersemuka/kaunter.', en: 'Service {name} is categorised E2E but is delivered only face to face/at the counter.' },
  source: '001 §6.4.4',
  fixHint: {
    ms: 'Tambah medium dalam talian (Portal MyGovernment, Aplikasi MyGov) atau tukar kategori kepada Separa E2E/e-Kaunter/Manual.',
    en: 'Add an online channel (Portal MyGovernment, MyGov app) or change the category to partial E2E/e-Counter/Manual.',
  },
  elements: ['service'],
  reach: 2,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, s) {
    if (s.e2eCategory !== 'e2e') return;
    let channels = 0;
    for (const ch of ctx.graph.sources(id, 'delivers')) {
      if (ch.kind !== 'channel' || ch.channelType !== 'counter') return;
      channels++;
    }
    if (channels > 0) emit.about(s, nameOf);
  },
});

export const domainMissing = localRule({
  id: 'service.domainMissing',
  severity: 'advice',
  title: { ms: 'Perkhidmatan menyatakan domain perkhidmatan', en: 'Services state their service domain' },
  message: { ms: 'Perkhidmatan {name} tidak menyatakan domain perkhidmatan (Jadual 2-3).', en: 'Service {name} states no service domain (Jadual 2-3).' },
  source: '001 §2.4.2, Jadual 2-3; Jadual 4-1 A.1.a i',
  fixHint: { ms: 'Pilih domain perkhidmatan daripada katalog sektor.', en: 'Pick a service domain from the sector catalogue.' },
  elements: ['service'],
  reach: 0,
  readsMeta: true,
  checkItem(id, ctx, emit, s) {
    if (!s.serviceDomain?.trim() && !ctx.doc.meta.serviceDomain?.trim()) emit.about(s, nameOf);
  },
});

export const domainUnknown = localRule({
  id: 'service.domainUnknown',
  severity: 'warning',
  title: { ms: 'Domain perkhidmatan wujud dalam katalog', en: 'Service domains exist in the catalogue' },
  message: { ms: 'Domain perkhidmatan "{domain}" bagi {name} tiada dalam Jadual 2-3.', en: 'Service domain "{domain}" of {name} is not in Jadual 2-3.' },
  source: '001 §2.4.2, Jadual 2-3',
  fixHint: { ms: 'Pilih semula domain daripada pelayar katalog (id seperti "sosial2.pekerjaan").', en: 'Pick the domain again from the catalogue browser (ids like "sosial2.pekerjaan").' },
  elements: ['service'],
  reach: 0,
  checkItem(id, ctx, emit, s) {
    if (s.serviceDomain?.trim() && !ctx.catalogue.domains.has(s.serviceDomain)) emit.about(s, unknownDomainParams);
  },
});

// worked out when first read (`emit.about`): 3,800 findings on the varied 100,000-element model
const unknownDomainParams = (s: Service): Params => ({ domain: s.serviceDomain!, name: q(s.name) });

export const domainSector = localRule({
  id: 'service.domainSector',
  severity: 'warning',
  title: { ms: 'Sektor projek sepadan dengan domain perkhidmatan', en: 'The project sector matches the service domain' },
  message: {
    ms: 'Perkhidmatan {name} berada dalam domain "{domain}" Sektor {domainSector}, tetapi projek ditetapkan kepada Sektor {sector}.',
    en: 'Service {name} is in domain "{domain}" of the {domainSector} sector, but the project is set to the {sector} sector.',
  },
  source: '001 §5.6.7–5.6.8, Rajah 5-5, Jadual 5-2',
  fixHint: {
    ms: 'Sektor ditentukan oleh fungsi perkhidmatan, bukan agensi (Jadual 5-2): tukar sektor projek atau domain perkhidmatan supaya sepadan.',
    en: 'The sector follows the service function, not the agency (Jadual 5-2): change the project sector or the service domain so they match.',
  },
  elements: ['service'],
  reach: 0,
  readsMeta: true,
  checkItem(id, ctx, emit, s) {
    const sector = ctx.doc.meta.sector;
    if (!sector || !s.serviceDomain) return;
    const domain = ctx.catalogue.domains.get(s.serviceDomain);
    if (domain && domain.sector !== sector) {
      emit({ name: q(s.name), domain: domain.name, domainSector: labels('sector', domain.sector), sector: labels('sector', sector) }, { elements: [id] });
    }
  },
});

export const metaDomain = globalRule({
  id: 'meta.domain',
  severity: 'warning',
  title: { ms: 'Domain perkhidmatan projek sah dan sepadan dengan sektor', en: 'The project’s service domain is valid and matches its sector' },
  message: { ms: 'Domain perkhidmatan projek "{domain}" {problem}.', en: 'The project’s service domain "{domain}" {problem}.' },
  source: '001 §2.4.2, Jadual 2-3; §5.6.8, Jadual 5-2',
  fixHint: { ms: 'Pilih domain perkhidmatan projek daripada katalog di bawah sektor projek.', en: 'Pick the project’s service domain from the catalogue under the project sector.' },
  reads: ['meta'],
  run(ctx, emit) {
    const { serviceDomain, sector } = ctx.doc.meta;
    if (!serviceDomain?.trim()) return;
    const domain = ctx.catalogue.domains.get(serviceDomain);
    if (!domain) emit({ domain: serviceDomain, problem: { ms: 'tiada dalam Jadual 2-3', en: 'is not in Jadual 2-3' } });
    else if (sector && domain.sector !== sector) {
      emit({ domain: domain.name.ms, problem: { ms: `milik Sektor ${labels('sector', domain.sector).ms}, bukan ${labels('sector', sector).ms}`, en: `belongs to the ${labels('sector', domain.sector).en} sector, not ${labels('sector', sector).en}` } });
    }
  },
});

export const functionSector = localRule({
  id: 'service.functionSector',
  severity: 'advice',
  title: { ms: 'Fungsi perkhidmatan menentukan sektor (senario Jadual 5-2)', en: 'The service function decides the sector (Jadual 5-2 scenarios)' },
  message: {
    ms: 'Perkhidmatan {name} kelihatan seperti fungsi "{function}", yang menurut Jadual 5-2 Senario {scenario} berada di bawah Sektor {functionSector}, bukan {sector}.',
    en: 'Service {name} looks like the function "{function}", which Jadual 5-2 scenario {scenario} places in the {functionSector} sector, not {sector}.',
  },
  source: '001 §5.6.8, Jadual 5-2',
  fixHint: {
    ms: 'Semak senario Jadual 5-2; jika fungsi ini memang milik sektor lain, kemukakan kertas cadangan kepada sekretariat sektor tersebut.',
    en: 'Check the Jadual 5-2 scenarios; if the function belongs to another sector, send the proposal to that sector’s secretariat.',
  },
  elements: ['service'],
  reach: 0,
  readsMeta: true,
  checkItem(id, ctx, emit, s) {
    const sector = ctx.doc.meta.sector;
    if (!sector) return;
    const text = norm(s.name);
    if (!text) return;
    const functions = scenarioFunctions(ctx.catalogue.catalogue.sectorScenarios);
    for (let i = 0; i < functions.length; i++) {
      const { scenario, f, phrases } = functions[i];
      if (f.sector === sector || !hasAnyWord(text, phrases)) continue;
      emit({ name: q(s.name), function: f.function, scenario: scenario.no, functionSector: labels('sector', f.sector), sector: labels('sector', sector) }, { elements: [id] });
      return;
    }
  },
});


type SectorScenario = Catalogue['sectorScenarios'][number];
interface ScenarioFunction {
  scenario: SectorScenario;
  f: SectorScenario['functions'][number];
  /** The function's keywords, normalised. */
  phrases: string[];
}

const functionsOf = new WeakMap<readonly SectorScenario[], ScenarioFunction[]>();

/** Every function of the Jadual 5-2 scenarios in order, with its keywords normalised once per catalogue. */
function scenarioFunctions(scenarios: readonly SectorScenario[]): ScenarioFunction[] {
  let list = functionsOf.get(scenarios);
  if (!list) {
    list = scenarios.flatMap((scenario) => scenario.functions.map((f) => ({ scenario, f, phrases: f.keywords.map((k) => normalizeText(k)).filter((k) => k) })));
    functionsOf.set(scenarios, list);
  }
  return list;
}

export const serviceNoProcess = localRule({
  id: 'service.noProcess',
  severity: 'warning',
  title: { ms: 'Perkhidmatan direalisasikan melalui proses', en: 'Services are realised through processes' },
  message: { ms: 'Perkhidmatan {name} tidak direalisasikan melalui mana-mana proses peringkat tinggi.', en: 'Service {name} is not realised through any high-level process.' },
  source: '001 Jadual 3-1 label 4; §3.3.4 c',
  fixHint: { ms: 'Lukis hubungan "direalisasikan melalui" daripada perkhidmatan ke proses (cth. Pendaftaran, Kelulusan).', en: 'Draw a "realised through" relation from the service to processes (e.g. Register, Approve).' },
  elements: ['service'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasOutgoing(id, 'realizes')) return;
    emit.about(e, nameOf);
  },
});

export const serviceNoChannel = localRule({
  id: 'service.noChannel',
  severity: 'warning',
  title: { ms: 'Perkhidmatan disampaikan melalui medium', en: 'Services are delivered through a channel' },
  message: { ms: 'Perkhidmatan {name} tidak disampaikan melalui mana-mana medium.', en: 'Service {name} is not delivered through any channel.' },
  source: '001 Jadual 3-1 label 2–3',
  fixHint: { ms: 'Lukis hubungan "menyampaikan" daripada medium (cth. Portal MyGovernment) ke perkhidmatan.', en: 'Draw a "delivers" relation from a channel (e.g. Portal MyGovernment) to the service.' },
  elements: ['service'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasIncoming(id, 'delivers')) return;
    emit.about(e, nameOf);
  },
});

export const processUnmapped = localRule({
  id: 'process.unmapped',
  severity: 'warning',
  title: { ms: 'Proses dipetakan kepada 20 proses umum', en: 'Processes map to the 20 generic processes' },
  message: { ms: 'Proses {name} tidak dipetakan kepada mana-mana daripada 20 proses umum Rajah 3-2.', en: 'Process {name} is not mapped to any of the 20 generic processes of Rajah 3-2.' },
  source: '001 §3.3.3, Rajah 3-2; Jadual 3-1 label 4',
  fixHint: { ms: 'Pilih proses umum yang sepadan (cth. 1 Pendaftaran, 11 Kelulusan, 14 Pembayaran) dalam pemeriksa proses.', en: 'Pick the matching generic process (e.g. 1 Register, 11 Approve, 14 Pay) in the process inspector.' },
  elements: ['process'],
  reach: 0,
  checkItem(id, ctx, emit, p) {
    if (p.genericProcess === undefined) emit.about(p, nameOf);
  },
});

export const processNoApplication = localRule({
  id: 'process.noApplication',
  severity: 'warning',
  title: { ms: 'Proses disokong oleh aplikasi', en: 'Processes are supported by an application' },
  message: { ms: 'Proses {name} tidak disokong oleh mana-mana aplikasi, modul atau platform.', en: 'Process {name} is not supported by any application, module or platform.' },
  source: '001 Jadual 3-1 label 5; §3.3.4 d',
  fixHint: { ms: 'Lukis hubungan "menyokong" daripada aplikasi/modul ke proses ini.', en: 'Draw a "supports" relation from an application/module to this process.' },
  elements: ['process'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasIncoming(id, 'supports')) return;
    emit.about(e, nameOf);
  },
});

export const processNoService = localRule({
  id: 'process.noService',
  severity: 'warning',
  title: { ms: 'Proses merealisasikan perkhidmatan', en: 'Processes realise a service' },
  message: { ms: 'Proses {name} tidak dikaitkan dengan mana-mana perkhidmatan.', en: 'Process {name} is not linked to any service.' },
  source: '001 Jadual 3-1 label 3–4',
  fixHint: { ms: 'Lukis hubungan "direalisasikan melalui" daripada perkhidmatan ke proses ini.', en: 'Draw a "realised through" relation from the service to this process.' },
  elements: ['process'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasIncoming(id, 'realizes')) return;
    emit.about(e, nameOf);
  },
});

export const SERVICE_RULES = [e2eMissing, e2eSingleLifecycle, e2eCounterOnly, domainMissing, domainUnknown, domainSector, metaDomain, functionSector, serviceNoProcess, serviceNoChannel, processUnmapped, processNoApplication, processNoService];
