/** Rules on service users and channels (001 Jadual 3-1 labels 1–2, Jadual 2-1, Jadual 2-2, §1.4.5; 002). */
import { containsPhrase } from '../../catalogue/text';
import type { ChannelType } from '../../model/vocabulary';
import type { Channel, DataEntity, Element, TargetGroup } from '../../model/schema';
import type { ModelGraph } from '../graph';
import { globalRule, localRule, q, throughRelations, type Emit, type Params } from '../define';
import { current, isClassifiedData, labels, nameList, rankOf, TERPERINGKAT_RANK, norm, nameOf, perCheck } from '../helpers';
import { isolated } from './anchor-answers';
import { entriesPointingAt } from '../pointing-index';
import type { CheckContext } from '../types';

const FIELD = {
  group: { ms: 'kumpulan sasar', en: 'target group' },
  subcategory: { ms: 'subkategori', en: 'subcategory' },
};

export const targetGroupCatalogue = localRule({
  id: 'targetGroup.catalogue',
  severity: 'warning',
  title: { ms: 'Kumpulan sasar diambil daripada Jadual 2-1', en: 'Target groups come from Jadual 2-1' },
  message: {
    ms: 'Kumpulan sasar {name}: {field} "{value}" tiada dalam Jadual 2-1 bagi kitar hayat {lifecycle}.',
    en: 'Target group {name}: {field} "{value}" is not in Jadual 2-1 for lifecycle {lifecycle}.',
  },
  source: '001 §2.2.2, Jadual 2-1; Jadual 3-1 label 1',
  fixHint: {
    ms: 'Pilih kumpulan sasar dan subkategori daripada katalog (pelayar katalog › Kitar hayat), atau tukar kitar hayat jika kumpulan ini milik G2C/G2B/G2G/G2E yang lain.',
    en: 'Pick the group and subcategory from the catalogue (catalogue browser › Lifecycles), or change the lifecycle if the group belongs to another of G2C/G2B/G2G/G2E.',
  },
  elements: ['targetGroup'],
  reach: 0,
  checkItem(_id, ctx, emit, tg) {
    // about the anchor, the message worked out when read: most of a large model's findings are never shown
    if (tg.group?.trim() && !ctx.catalogue.hasGroup(tg.lifecycle, tg.group)) emit.about(tg, groupParams);
    if (tg.subcategory?.trim() && !ctx.catalogue.subcategorySectors(tg.lifecycle, tg.subcategory) && !ctx.catalogue.acceptsAnySubcategory(tg.lifecycle)) emit.about(tg, subcategoryParams);
  },
});

const groupParams = (tg: TargetGroup): Params => ({ name: q(tg.name), field: FIELD.group, value: tg.group!, lifecycle: tg.lifecycle });
const subcategoryParams = (tg: TargetGroup): Params => ({ name: q(tg.name), field: FIELD.subcategory, value: tg.subcategory!, lifecycle: tg.lifecycle });

const nameAndLifecycle = (tg: TargetGroup): Params => ({ name: q(tg.name), lifecycle: tg.lifecycle });

export const targetGroupUnspecified = localRule({
  id: 'targetGroup.unspecified',
  severity: 'advice',
  title: { ms: 'Kumpulan sasar dan subkategori dinyatakan', en: 'Target group and subcategory are stated' },
  message: { ms: 'Kumpulan sasar {name} ({lifecycle}) tidak menyatakan kumpulan atau subkategori daripada Jadual 2-1.', en: 'Target group {name} ({lifecycle}) states no group or subcategory from Jadual 2-1.' },
  source: '001 §2.2.2, Jadual 2-1; Jadual 3-1 label 1',
  fixHint: { ms: 'Isi "Kumpulan Sasar" dan "Subkategori" dalam pemeriksa elemen.', en: 'Fill in "Target group" and "Subcategory" in the inspector.' },
  elements: ['targetGroup'],
  reach: 0,
  checkItem(id, ctx, emit, tg) {
    if (!tg.group?.trim() && !tg.subcategory?.trim()) emit.about(tg, nameAndLifecycle);
  },
});

export const targetGroupOtherSector = localRule({
  id: 'targetGroup.otherSector',
  severity: 'advice',
  title: { ms: 'Subkategori kumpulan sasar sepadan dengan sektor projek', en: 'Target-group subcategories match the project sector' },
  message: {
    ms: 'Subkategori "{subcategory}" bagi {lifecycle} tersenarai di bawah sektor {sectors} dalam Jadual 2-1, bukan sektor projek ({sector}).',
    en: 'Subcategory "{subcategory}" of {lifecycle} is listed under sector {sectors} in Jadual 2-1, not the project sector ({sector}).',
  },
  source: '001 §2.2.2, Jadual 2-1; Jadual 4-1 A.1.a ii',
  fixHint: {
    ms: 'Semak sama ada sektor projek betul, atau pilih subkategori sektor projek; perkhidmatan rentas sektor perlu diselaraskan dengan Pasukan Digital Sektor berkaitan.',
    en: 'Check the project sector, or pick a subcategory of the project sector; cross-sector services need coordination with the other Sector Digital Team.',
  },
  elements: ['targetGroup'],
  reach: 0,
  readsMeta: true,
  checkItem(id, ctx, emit, tg) {
    const sector = ctx.doc.meta.sector;
    if (!sector || !tg.subcategory?.trim()) return;
    if (!ctx.catalogue.sectorsOf(tg.lifecycle).has(sector)) return; // this lifecycle has no row for the sector: cross-sector users are expected
    const sectors = ctx.catalogue.subcategorySectors(tg.lifecycle, tg.subcategory);
    if (!sectors || sectors.includes(sector)) return;
    emit(
      {
        subcategory: tg.subcategory,
        lifecycle: tg.lifecycle,
        sectors: { ms: sectors.map((s) => labels('sector', s).ms).join(', '), en: sectors.map((s) => labels('sector', s).en).join(', ') },
        sector: labels('sector', sector),
      },
      { elements: [id] },
    );
  },
});

export const targetGroupPersona = localRule({
  id: 'targetGroup.persona',
  severity: 'warning',
  title: { ms: 'Persona ialah salah satu daripada 17 persona', en: 'Personas are among the 17 personas' },
  message: { ms: 'Persona "{persona}" bagi {name} bukan salah satu daripada 17 persona Jadual 2-2.', en: 'Persona "{persona}" of {name} is not one of the 17 personas of Jadual 2-2.' },
  source: '001 §2.2.3–2.2.4, Jadual 2-2',
  fixHint: { ms: 'Pilih persona daripada senarai Jadual 2-2 (pelayar katalog › Persona) atau kosongkan medan persona.', en: 'Pick a persona from Jadual 2-2 (catalogue browser › Personas) or clear the persona field.' },
  elements: ['targetGroup'],
  reach: 0,
  checkItem(id, ctx, emit, tg) {
    if (tg.persona?.trim() && !ctx.catalogue.persona(tg.persona)) emit({ persona: tg.persona, name: q(tg.name) }, { elements: [id] });
  },
});

export const targetGroupNoChannel = localRule({
  id: 'targetGroup.noChannel',
  severity: 'warning',
  title: { ms: 'Kumpulan sasar menggunakan medium perkhidmatan', en: 'Target groups use a channel' },
  message: { ms: 'Kumpulan sasar {name} tidak dihubungkan dengan mana-mana medium perkhidmatan.', en: 'Target group {name} is not linked to any channel.' },
  source: '001 Jadual 3-1 label 2',
  fixHint: { ms: 'Lukis hubungan "menggunakan" daripada kumpulan sasar ke medium (cth. Portal MyGovernment, bersemuka).', en: 'Draw a "uses" relation from the target group to a channel (e.g. Portal MyGovernment, counter).' },
  elements: ['targetGroup'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return; // reported by element.unconnected
    if (ctx.graph.hasOutgoing(id, 'uses')) return;
    emit.about(e, nameOf);
  },
});

export const channelNoService = localRule({
  id: 'channel.noService',
  severity: 'warning',
  title: { ms: 'Medium menyampaikan perkhidmatan', en: 'Channels deliver a service' },
  message: { ms: 'Medium {name} tidak menyampaikan mana-mana perkhidmatan.', en: 'Channel {name} delivers no service.' },
  source: '001 Jadual 3-1 label 2–3',
  fixHint: { ms: 'Lukis hubungan "menyampaikan" daripada medium ke perkhidmatan.', en: 'Draw a "delivers" relation from the channel to a service.' },
  elements: ['channel'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return;
    if (ctx.graph.hasOutgoing(id, 'delivers')) return;
    emit.about(e, nameOf);
  },
});

export const channelMainGateway = globalRule({
  id: 'channel.mainGateway',
  severity: 'advice',
  title: { ms: 'Perkhidmatan kepada rakyat melalui Portal MyGovernment atau aplikasi MyGov', en: 'Citizen services go through Portal MyGovernment or the MyGov app' },
  message: {
    ms: 'Terdapat kumpulan sasar G2C tetapi tiada medium Portal MyGovernment atau Aplikasi MyGov.',
    en: 'There are G2C target groups but no Portal MyGovernment or MyGov app channel.',
  },
  source: '001 Jadual 3-1 label 2; §1.4.5',
  fixHint: {
    ms: 'Tambah medium Portal MyGovernment (gerbang tunggal warganegara) dan/atau Aplikasi MyGov, platform utama penyaluran perkhidmatan digital kepada rakyat.',
    en: 'Add a Portal MyGovernment channel (the single gateway for citizens) and/or the MyGov app, the main platforms for citizen digital services.',
  },
  reads: ['el:targetGroup', 'el:channel'],
  run(ctx, emit) {
    const g2c = ctx.graph.filtered('targetGroup', isG2c);
    if (g2c.size && !ctx.graph.filtered('channel', isMainGateway).size) emit({}, { elements: [...g2c.keys()] });
  },
});

const NON_CITIZEN = norm('Bukan Warganegara');

// tests of one element, kept by the graph as subsets (ModelGraph.filtered): a recheck after an edit
// tests the changed elements, not every target group and channel
const isG2c = (t: TargetGroup) => t.lifecycle === 'G2C';
const isMainGateway = (c: Channel) => c.channelType === 'portalMyGovernment' || c.channelType === 'myGovApp';
const isPortalRai = (c: Channel) => c.channelType === 'portalRai';
const isNonCitizen = (t: TargetGroup) => {
  if (t.group && norm(t.group) === NON_CITIZEN) return true;
  if (containsPhrase(norm(t.name), NON_CITIZEN)) return true;
  const sub = t.subcategory ? norm(t.subcategory) : '';
  return sub === 'stateless' || sub === 'pelarian unhcr';
};

export const channelPortalRai = globalRule({
  id: 'channel.portalRai',
  severity: 'advice',
  title: { ms: 'Pengguna bukan warganegara melalui Portal Rai', en: 'Non-citizens go through Portal Rai' },
  message: { ms: 'Kumpulan sasar bukan warganegara {names} tiada medium Portal Rai.', en: 'Non-citizen target groups {names} have no Portal Rai channel.' },
  source: '001 Jadual 3-1 label 2; Jadual 2-1',
  fixHint: { ms: 'Tambah medium Portal Rai (https://rai.malaysia.gov.my), gerbang tunggal bagi pengguna bukan warganegara.', en: 'Add a Portal Rai channel (https://rai.malaysia.gov.my), the single gateway for non-citizens.' },
  reads: ['el:targetGroup', 'el:channel'],
  run(ctx, emit) {
    const nonCitizens = [...ctx.graph.filtered('targetGroup', isNonCitizen).values()];
    if (nonCitizens.length && !ctx.graph.filtered('channel', isPortalRai).size) emit({ names: nameList(nonCitizens.map((t) => t.name)) }, { elements: nonCitizens.map((t) => t.id) });
  },
});

const OPEN_CHANNELS: readonly ChannelType[] = ['socialMedia', 'email'];
const isOpenChannel = (c: Channel) => OPEN_CHANNELS.includes(c.channelType);
const isOpen = (e: Element | undefined): boolean => e?.kind === 'channel' && isOpenChannel(e);

export const channelClassified = globalRule({
  id: 'channel.classifiedData',
  severity: 'error',
  title: { ms: 'Data terperingkat (Terhad ke atas) tidak melalui media sosial atau e-mel', en: 'Classified data (Terhad and above) never goes through social media or e-mail' },
  message: {
    ms: 'Medium {channel} ({type}) menyampaikan perkhidmatan {service} yang menggunakan data {classification} {data}.',
    en: 'Channel {channel} ({type}) delivers service {service}, which uses {classification} data {data}.',
  },
  source: '002 para 3(c), para 4; 001 §2.6.6, Rajah 2-15',
  fixHint: {
    ms: 'Sampaikan perkhidmatan yang mengendalikan data terperingkat (Terhad, Sulit dan ke atas) melalui saluran terkawal (Portal MyGovernment/Aplikasi MyGov dengan MyDigital ID); gunakan media sosial atau e-mel untuk makluman umum sahaja.',
    en: 'Deliver services handling classified data (Terhad, Sulit and above) through controlled channels (Portal MyGovernment/MyGov app with MyDigital ID); use social media or e-mail for public notices only.',
  },
  reads: ['el:channel', 'el:service', 'el:process', 'el:application', 'el:module', 'el:appService', 'el:dataEntity', 'rel:delivers', 'rel:realizes', 'rel:supports', 'rel:accesses'],
  // what it works out starts from open channels and ends at classified data, along delivers,
  // realizes, supports and accesses in turn: a relation off such a path and the elements between
  // (read through relations only) change none of it (a paste of unclassified elements reran it: ~80 ms)
  matters: {
    'el:channel': isOpen,
    'el:service': throughRelations,
    'el:process': throughRelations,
    'el:application': throughRelations,
    'el:module': throughRelations,
    'el:appService': throughRelations,
    'el:dataEntity': isClassifiedData,
    'rel:delivers': (r, graph) => isOpen(graph.doc.elements.get(r.source)),
    'rel:realizes': (r, graph) => graph.hasIncoming(r.source, 'delivers'),
    'rel:supports': (r, graph) => graph.hasIncoming(r.target, 'realizes'),
    'rel:accesses': (r, graph) => isClassifiedData(graph.doc.elements.get(r.target)),
  },
  // which channel, service and data meet is most of the rule's cost (~22 ms on the varied
  // 100,000-element model): kept while the model changes only by renames (channel, service, data,
  // one finding per three; `run` reads each again by id for its current name)
  structure(ctx): Element[] {
    const g = ctx.graph;
    // one problem per channel, service and data, however many paths join them; a service's data is
    // worked out once, not again for every channel delivering it
    const dataOfService = new Map<string, DataEntity[]>();
    const found: Element[] = [];
    for (const ch of g.filtered('channel', isOpenChannel).values()) {
      const services = g.targets(ch.id, 'delivers');
      // a service delivered twice is taken once: sought among those before it (a set only for a long
      // list; one set per channel was ~0.4 MB of a full check's allocation, see `metBefore`)
      const met = services.length > SHORT_LIST ? new Set<string>() : null;
      for (let j = 0; j < services.length; j++) {
        const sv = services[j];
        if (met ? met.has(sv.id) : metBefore(services, j)) continue;
        met?.add(sv.id);
        let data = dataOfService.get(sv.id);
        if (!data) dataOfService.set(sv.id, (data = classifiedDataOfService(g, sv.id)));
        for (const de of data) found.push(ch, sv, de);
      }
    }
    return found;
  },
  // a finding names its channel, service and data, and points at them
  pointsAtEveryNamed: true,
  run(ctx, emit, found) {
    for (let i = 0; i < found.length; i += 3) emitFound(ctx, emit, found, i);
  },
  runPointingAt(ctx, emit, found, elements) {
    const at = entriesPointingAt(found, () => Array.from({ length: found.length / 3 }, (_, k) => 3 * k), (i) => [found[i].id, found[i + 1].id, found[i + 2].id], elements);
    for (const i of at) emitFound(ctx, emit, found, i);
  },
});

/**
 * channel.classifiedData's finding about the channel, service and data at `found[i]`, which points at
 * the three; its message is worked out when first read, from the three as the document has them now
 * (`current`), kept with it (a parameter object and three quoted names per finding, most never read).
 */
function emitFound(ctx: CheckContext, emit: Emit, found: readonly Element[], i: number) {
  const ch = current(ctx, found[i]) as Channel;
  const sv = current(ctx, found[i + 1]);
  const de = current(ctx, found[i + 2]) as DataEntity;
  emit.aboutWith(ch, foundParams, sv, de, undefined, [ch.id, sv.id, de.id]);
}

const foundParams = (ch: Channel, sv: Element, de: DataEntity): Params => ({
  channel: q(ch.name),
  type: labels('channelType', ch.channelType),
  service: q(sv.name),
  classification: labels('classification', de.classification),
  data: q(de.name),
});

/** Lists up to this long are searched for an id met before; longer ones get a set. */
const SHORT_LIST = 16;

/**
 * True when an element among `list[0]` … `list[to - 1]` has id `id` (by default `list[to]`'s).
 * Why a search rather than a set: channel.classifiedData made a set for each open channel's services
 * and each service's data, mostly a handful (~0.5 MB of a full check's allocation on the varied
 * 100,000-element model); what a full check allocates sets how often the young generation is
 * collected, each collection copying the check's live data.
 */
function metBefore(list: readonly Element[], to: number, id = list[to].id): boolean {
  for (let i = 0; i < to; i++) if (list[i].id === id) return true;
  return false;
}

/** Data terperingkat used by service `id` (through its processes and the applications supporting them), each once, in path order. */
function classifiedDataOfService(g: ModelGraph, id: string): DataEntity[] {
  const out: DataEntity[] = [];
  // the ids in `out`, once it is long (see `metBefore`)
  let seen: Set<string> | null = null;
  for (const pr of g.targets(id, 'realizes')) {
    for (const supporter of g.sources(pr.id, 'supports')) {
      const data = classifiedDataAccessed(g, supporter);
      for (let i = 0; i < data.length; i++) {
        const de = data[i];
        if (seen === null && out.length > SHORT_LIST) seen = new Set(out.map((x) => x.id));
        if (seen ? seen.has(de.id) : metBefore(out, out.length, de.id)) continue;
        seen?.add(de.id);
        out.push(de);
      }
    }
  }
  return out;
}

const NO_DATA: readonly DataEntity[] = [];

/**
 * Data terperingkat accessed by the application owning `e` or any of its modules and application
 * services, in path order (once per application tree and check). Only the classified are kept: the
 * services asking read the tree's list once each, and most of the data is not classified.
 */
function classifiedDataAccessed(g: ModelGraph, e: Element): readonly DataEntity[] {
  const root = g.rootOf(e);
  if (!root) return NO_DATA;
  return classifiedDataMemo(g, root.id, root);
}

const classifiedDataMemo = perCheck((g: ModelGraph, root: Element): readonly DataEntity[] => {
  let out: DataEntity[] | undefined;
  const parts = g.partIdsOf(root);
  for (let i = 0; i < parts.length; i++) {
    for (const de of g.targets(parts[i], 'accesses')) if (de.kind === 'dataEntity' && rankOf(de.classification) >= TERPERINGKAT_RANK) (out ??= []).push(de);
  }
  return out ?? NO_DATA;
});

export const USER_RULES = [targetGroupCatalogue, targetGroupUnspecified, targetGroupOtherSector, targetGroupPersona, targetGroupNoChannel, channelNoService, channelMainGateway, channelPortalRai, channelClassified];
