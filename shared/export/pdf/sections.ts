/**
 * The tables of the proposal paper's "Elemen Reka Bentuk Perkhidmatan" part: one section per label
 * 1–7 of 001 Jadual 3-1, built from the model as plain rows so they can be tested without a PDF.
 */
import { genericProcess } from '../../catalogue/generic-processes';
import { builtinCatalogueIndex, type CatalogueIndex } from '../../catalogue/catalogue';
import { isInternalSystem } from '../../checklist/evidence';
import { directionsOf, serviceDataIds, serviceEnds, services, sharingApprovalOf } from '../idd/services';
import { endsName, formatIsoDate, label, type Lang } from '../../i18n';
import type { ElementOf, LakarDocument } from '../../model/schema';
import { BANDS, BAND_LAYER, type Band } from '../../model/vocabulary';
import { joinNames, ModelIndex } from './model-index';
import { fill } from './strings';
import { COLORS, LAYER_TITLE } from './theme';
import type { Cell, Column } from './writer';

export interface TableSpec {
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Font size in points when the table needs to be denser than usual. */
  size?: number;
}

export interface SectionSpec {
  /** Jadual 3-1 label, 1–7. */
  label: number;
  band: Band;
  /** e.g. "Business Architecture — Pengguna Perkhidmatan". */
  title: string;
  description: string;
  tables: TableSpec[];
}


const DESCRIPTIONS: Record<Lang, Record<Band, string>> = {
  ms: {
    users: 'Pengguna perkhidmatan sama ada G2C, G2B, G2G dan G2E dengan merujuk kepada Kumpulan Sasar di Ekosistem Sektor yang berkaitan.',
    channels: 'Saluran atau medium perkhidmatan yang digunakan oleh pengguna untuk mendapatkan perkhidmatan. Gerbang tunggal ialah Portal MyGovernment bagi warganegara dan Portal Rai bagi bukan warganegara; Aplikasi MyGov ialah aplikasi mobil.',
    services: 'Perkhidmatan yang ingin diperolehi oleh pengguna perkhidmatan, berserta kategori E2E (Panduan WoG §6.4).',
    processes: 'Proses peringkat tinggi yang terlibat dalam mendapatkan perkhidmatan, dipetakan kepada 20 proses umum (Rajah 3-2).',
    applications: 'Aplikasi bersepadu yang menjalankan perkhidmatan, modul dan perkhidmatan aplikasi bersepadu yang dihasilkan, serta platform guna sama.',
    data: 'Data yang terlibat, agensi yang membekalkan data/maklumat dan kaedah integrasi atau perkongsian data bagi integrasi dalaman dan luaran.',
    infrastructure: 'Cadangan infrastruktur bagi menyokong perkhidmatan bersepadu: lokasi, perkakasan, perisian, rangkaian dan kelajuan, serta kawalan keselamatan (HSM, SIEM, DLP).',
  },
  en: {
    users: 'Service users — G2C, G2B, G2G and G2E — with reference to the Target Groups of the relevant Sector Ecosystem.',
    channels: 'Channels through which users obtain the service. The single gateways are Portal MyGovernment for citizens and Portal Rai for non-citizens; the MyGov app is the mobile application.',
    services: 'Services the users want to obtain, with their E2E category (WoG Guide §6.4).',
    processes: 'High-level processes involved in obtaining the service, mapped to the 20 generic processes (Figure 3-2).',
    applications: 'Integrated applications running the service, their modules and the integrated application services produced, and shared platforms.',
    data: 'Data involved, the agencies supplying it and the integration or data-sharing method for internal and external integrations.',
    infrastructure: 'Proposed infrastructure supporting the integrated service: sites, hardware, software, networks and speeds, and security controls (HSM, SIEM, DLP).',
  },
};

/**
 * A label's Perkara as Jadual 3-1 words it, where the band's name on the LMV is a shortened form
 * (the band column has room for a few words only). Label 5's Perkara in the guide repeats label 4's
 * ("Proses Peringkat Tinggi") though its Keterangan is about applications, so it keeps "Aplikasi".
 */
const PERKARA: Record<Lang, Partial<Record<Band, string>>> = {
  ms: { data: 'Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat' },
  en: {},
};

const COLS = {
  ms: {
    no: 'Bil.', name: 'Nama', lifecycle: 'Kitar Hayat', group: 'Kumpulan Sasar', subcategory: 'Subkategori', persona: 'Persona', channels: 'Medium Digunakan',
    type: 'Jenis', url: 'URL', users: 'Pengguna', services: 'Perkhidmatan', e2e: 'Kategori E2E', domain: 'Domain Perkhidmatan', agency: 'Agensi',
    order: 'Turutan', generic: 'Proses Umum (Rajah 3-2)', apps: 'Aplikasi Penyokong', category: 'Kategori', codes: 'Kod Agensi / Kod Sistem (MyGDX)',
    modules: 'Modul', platforms: 'Platform Digunakan', parent: 'Aplikasi/Modul Induk', usedBy: 'Digunakan oleh', classification: 'Klasifikasi',
    personal: 'Data Peribadi', ref: 'Registri/Repositori', owner: 'Agensi Pemilik', accessedBy: 'Diakses oleh', internal: 'Integrasi',
    internalYes: 'Sistem Dalaman', internalNo: 'Sistem Luaran', source: 'Sumber', target: 'Sasaran', method: 'Kaedah', direction: 'Arah',
    flowCategory: 'Kategori', serviceId: 'Servis ID', data: 'Data', location: 'Lokasi', hardware: 'Perkakasan (bilangan)', software: 'Perisian', placement: 'Penempatan', typePlace: 'Jenis, Tempat dan Peranan',
    hosted: 'Menempatkan', speed: 'Kelajuan', sites: 'Lokasi Dihubungkan', protects: 'Melindungi',
    tTargetGroups: 'Kumpulan sasar', tChannels: 'Medium perkhidmatan', tServices: 'Perkhidmatan', tProcesses: 'Proses peringkat tinggi',
    tApps: 'Aplikasi', tModules: 'Modul', tAppServices: 'Perkhidmatan aplikasi', tPlatforms: 'Platform', tData: 'Data/Maklumat',
    tSystems: 'Sistem dalaman dan luaran yang berintegrasi', tFlows: 'Aliran data dan kaedah integrasi', tSites: 'Lokasi infrastruktur', tNetworks: 'Rangkaian dan kelajuan',
    tSecurity: 'Kawalan keselamatan', tLifecycle: 'Kitar hayat data (disimpan dan diterbitkan)', stored: 'Disimpan', published: 'Diterbitkan', retention: 'Tempoh simpanan',
    tApprovals: 'Kelulusan perkongsian data', viaFlows: '{n} aliran data: {names}', supplier: 'Pembekal data', flow: 'Aliran', approvalNone: 'Tiada rekod kelulusan', statusDate: 'Status dan tarikh', instrument: 'Instrumen', reference: 'Rujukan', yes: 'Ya', no2: 'Tidak',
    via: 'melalui {method}', viaFrom: 'melalui {method} daripada {supplier}', flowWord: 'aliran data',
  },
  en: {
    no: 'No.', name: 'Name', lifecycle: 'Lifecycle', group: 'Target group', subcategory: 'Subcategory', persona: 'Persona', channels: 'Channels used',
    type: 'Type', url: 'URL', users: 'Users', services: 'Services', e2e: 'E2E category', domain: 'Service domain', agency: 'Agency',
    order: 'Order', generic: 'Generic process (Figure 3-2)', apps: 'Supporting applications', category: 'Category', codes: 'Agency / system code (MyGDX)',
    modules: 'Modules', platforms: 'Platforms used', parent: 'Parent application/module', usedBy: 'Used by', classification: 'Classification',
    personal: 'Personal data', ref: 'Registry/Repository', owner: 'Owning agency', accessedBy: 'Accessed by', internal: 'Integration',
    internalYes: 'Internal system', internalNo: 'External system', source: 'Source', target: 'Target', method: 'Method', direction: 'Direction',
    flowCategory: 'Category', serviceId: 'Service ID', data: 'Data', location: 'Location', hardware: 'Hardware (quantity)', software: 'Software', placement: 'Placement', typePlace: 'Type, place and role',
    hosted: 'Hosts', speed: 'Speed', sites: 'Sites connected', protects: 'Protects',
    tTargetGroups: 'Target groups', tChannels: 'Service channels', tServices: 'Services', tProcesses: 'High-level processes',
    tApps: 'Applications', tModules: 'Modules', tAppServices: 'Application services', tPlatforms: 'Platforms', tData: 'Data/Information',
    tSystems: 'Integrated internal and external systems', tFlows: 'Data flows and integration methods', tSites: 'Infrastructure sites', tNetworks: 'Networks and speeds',
    tSecurity: 'Security controls', tLifecycle: 'Data lifecycle (stored and published)', stored: 'Stored', published: 'Published', retention: 'Retention',
    tApprovals: 'Data-sharing approvals', viaFlows: '{n} data flows: {names}', supplier: 'Data supplier', flow: 'Flow', approvalNone: 'No approval recorded', statusDate: 'Status and date', instrument: 'Instrument', reference: 'Reference', yes: 'Yes', no2: 'No',
    via: 'by {method}', viaFrom: 'by {method} from {supplier}', flowWord: 'data flow',
  },
};

/** Link speed for people: 100 Mbps, 1 Gbps, 10 Gbps. */
export function formatSpeed(mbps: number | undefined): string {
  if (mbps === undefined) return '';
  if (mbps >= 1000 && mbps % 1000 === 0) return `${mbps / 1000} Gbps`;
  if (mbps >= 1000) return `${(mbps / 1000).toFixed(1)} Gbps`;
  return `${mbps} Mbps`;
}

/** The seven Jadual 3-1 sections of `doc`, each with its tables. */
export function designSections(doc: LakarDocument, lang: Lang, index = new ModelIndex(doc), catalogue: CatalogueIndex = builtinCatalogueIndex()): SectionSpec[] {
  const c = COLS[lang];
  const m = index;
  const n = (i: number) => String(i + 1);
  const col = (title: string, weight: number, align?: Column['align']): Column => ({ title, weight, align });
  const noCol = col(c.no, 0.45, 'right');
  /** A registry, repository or domain by its catalogue name; an id the catalogue lacks is quoted. */
  const refName = (ref: string | undefined) => (ref ? (catalogue.refName(ref, lang) ?? `“${ref}”`) : '');
  // children by parent, grouped once: filtering every module per application was quadratic in a large model
  const childNames = new Map<string, string[]>();
  for (const x of [...m.of('module'), ...m.of('appService')]) {
    if (!x.parentId) continue;
    const key = `${x.kind}:${x.parentId}`;
    const list = childNames.get(key);
    if (list) list.push(x.name);
    else childNames.set(key, [x.name]);
  }
  const children = (kind: 'module' | 'appService', parentId: string) => childNames.get(`${kind}:${parentId}`) ?? [];
  // a flow by MyGDX uses the MyGDX platform without a "uses platform" line: both tables say so, as
  // the Senarai Semak (Jadual 4-1 A.1.a viii) does, rather than show MyGDX as used by nothing
  const myGdxFlows = m.flows().filter((f) => f.method === 'myGdx');
  const myGdxNames = m.of('platform').filter((p) => p.platformType === 'myGdx').map((p) => p.name);
  const platformsOf = (app: string) => {
    const names = m.out(app, 'usesPlatform').map((r) => m.name(r.target));
    if (myGdxFlows.some((f) => f.source === app || f.target === app)) names.push(...myGdxNames.filter((x) => !names.includes(x)));
    return joinNames(names);
  };
  // Who uses each data: its `accesses` lines, then the systems a data flow brings it to (Jadual 3-1
  // label 6, data and the agencies supplying it): data only supplied by a flow (the worked example's
  // Data Spatial Lokasi, by Web Map Service from Sistem D) read as used by no system
  const receivedBy = new Map<string, { consumerId: string; supplierId: string; method: string }[]>();
  for (const { flow, direction } of services(m.flows())) {
    const { supplierId, consumerId } = serviceEnds(flow, direction);
    const method = label(lang, 'flowMethod', flow.method) || c.flowWord;
    for (const id of serviceDataIds(flow, direction)) {
      const list = receivedBy.get(id) ?? [];
      if (!list.some((x) => x.consumerId === consumerId)) list.push({ consumerId, supplierId, method });
      receivedBy.set(id, list);
    }
  }
  const accessedBy = (dataId: string) => {
    const accesses = m.in(dataId, 'accesses');
    const direct = accesses.map((r) => `${m.name(r.source)}${'access' in r && r.access ? ` (${label(lang, 'dataAccess', r.access)})` : ''}`);
    // a supplier already in the cell (the system that captured the data) is not named again after
    // each system it sends the data to: the cell stays a list of systems, not of flows
    const viaFlows = (receivedBy.get(dataId) ?? [])
      .filter((x) => !accesses.some((r) => r.source === x.consumerId))
      .map((x) => `${m.name(x.consumerId)} (${accesses.some((r) => r.source === x.supplierId) ? fill(c.via, { method: x.method }) : fill(c.viaFrom, { method: x.method, supplier: m.name(x.supplierId) })})`);
    return joinNames([...direct, ...viaFlows]);
  };
  const usersOfPlatform = (platform: ElementOf<'platform'>) => {
    const users = m.sources(platform.id, 'usesPlatform');
    if (platform.platformType !== 'myGdx' || myGdxFlows.length === 0) return users;
    const flows = fill(c.viaFlows, { n: myGdxFlows.length, names: myGdxFlows.map((f) => m.ends(f)).join(', ') });
    return [users, flows].filter(Boolean).join('\n');
  };

  const byBand: Record<Band, TableSpec[]> = {
    users: [
      {
        title: c.tTargetGroups,
        columns: [noCol, col(c.name, 2), col(c.lifecycle, 1.8), col(c.group, 1.5), col(c.subcategory, 1.6), col(c.persona, 1.2), col(c.channels, 2)],
        rows: m.of('targetGroup').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'lifecycle', e.lifecycle), e.group ?? '', e.subcategory ?? '', e.persona ?? '', m.targets(e.id, 'uses')]),
      },
    ],
    channels: [
      {
        title: c.tChannels,
        columns: [noCol, col(c.name, 2), col(c.type, 1.6), col(c.url, 1.8), col(c.users, 2.2), col(c.services, 2.2)],
        rows: m.of('channel').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'channelType', e.channelType), e.url ?? '', m.sources(e.id, 'uses'), m.targets(e.id, 'delivers')]),
      },
    ],
    services: [
      {
        title: c.tServices,
        columns: [noCol, col(c.name, 3), col(c.e2e, 1.4), col(c.domain, 1.6), col(c.agency, 1.6), col(c.channels, 2)],
        rows: m.of('service').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'e2eCategory', e.e2eCategory), refName(e.serviceDomain ?? doc.meta.serviceDomain), m.serviceAgency(e), m.sources(e.id, 'delivers')]),
      },
    ],
    processes: [
      {
        title: c.tProcesses,
        columns: [col(c.order, 0.6, 'right'), col(c.name, 2.2), col(c.generic, 2.4), col(c.services, 2), col(c.apps, 2.2)],
        rows: [...m.of('process')]
          .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity))
          .map((e) => {
            const g = genericProcess(e.genericProcess);
            return [e.order ? String(e.order) : '', { text: e.name, bold: true }, g ? `${g.no}. ${lang === 'ms' ? `${g.ms} (${g.en})` : `${g.en} (${g.ms})`}` : '', m.sources(e.id, 'realizes'), m.sources(e.id, 'supports')];
          }),
      },
    ],
    applications: [
      {
        title: c.tApps,
        columns: [noCol, col(c.name, 2.2), col(c.category, 1.7), col(c.agency, 1.5), col(c.codes, 1.5), col(c.modules, 2.2), col(c.platforms, 1.5)],
        rows: m.of('application').map((e, i) => [
          n(i),
          { text: e.name, bold: true },
          label(lang, 'applicationCategory', e.category),
          e.agency ?? '',
          [e.agencyCode, e.systemCode].filter(Boolean).join(' / '),
          joinNames(children('module', e.id)),
          platformsOf(e.id),
        ]),
      },
      {
        title: c.tModules,
        columns: [noCol, col(c.name, 3), col(c.parent, 3), col(c.services, 3)],
        rows: m.of('module').map((e, i) => [n(i), { text: e.name, bold: true }, m.name(e.parentId), joinNames(children('appService', e.id))]),
      },
      {
        title: c.tAppServices,
        columns: [noCol, col(c.name, 4), col(c.parent, 3)],
        rows: m.of('appService').map((e, i) => [n(i), { text: e.name, bold: true }, m.name(e.parentId)]),
      },
      {
        title: c.tPlatforms,
        columns: [noCol, col(c.name, 2.5), col(c.type, 2), col(c.usedBy, 4)],
        rows: m.of('platform').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'platformType', e.platformType), usersOfPlatform(e)]),
      },
    ],
    data: [
      {
        title: c.tData,
        columns: [noCol, col(c.name, 2.7), col(c.classification, 1.2), col(c.personal, 0.9), col(c.ref, 1.7), col(c.owner, 1.4), col(c.accessedBy, 2.6)],
        rows: m.of('dataEntity').map((e, i) => [
          n(i),
          { text: e.name, bold: true },
          label(lang, 'classification', e.classification),
          e.personalData === undefined ? '' : e.personalData ? (lang === 'ms' ? 'Ya' : 'Yes') : lang === 'ms' ? 'Tidak' : 'No',
          [e.registryRef, e.repositoryRef].filter((x): x is string => !!x).map(refName).join(', '),
          e.ownerAgency ?? '',
          accessedBy(e.id),
        ]),
      },
      {
        title: c.tSystems,
        columns: [noCol, col(c.name, 2.4), col(c.agency, 2.4), col(c.codes, 1.8), col(c.internal, 1.2)],
        rows: m.of('externalSystem').map((e, i) => [n(i), { text: e.name, bold: true }, e.agency ?? '', [e.agencyCode, e.systemCode].filter(Boolean).join(' / '), isInternalSystem(doc, e) ? c.internalYes : c.internalNo]),
      },
      {
        title: c.tFlows,
        size: 7.5,
        columns: [noCol, col(c.source, 1.5), col(c.target, 1.5), col(c.method, 1.1), col(c.direction, 1), col(c.classification, 1.1), col(c.flowCategory, 1), col(c.serviceId, 1.5), col(c.data, 2.5)],
        rows: m.flows().map((f, i) => [
          n(i),
          m.name(f.source),
          m.name(f.target),
          { text: label(lang, 'flowMethod', f.method), bold: f.method === 'myGdx' },
          label(lang, 'flowDirection', f.direction),
          label(lang, 'classification', m.flowClassification(f)),
          label(lang, 'flowCategory', f.category),
          // a two-way flow has a service each way (003 Lampiran A): both Servis IDs, each from a line of
          // its own with a blank line between (run on with a slash, two ids broken at their hyphens read as one)
          [f.serviceId, f.direction === 'both' ? f.reverse?.serviceId : undefined].filter(Boolean).join('\n\n'),
          joinNames((f.dataEntityIds ?? []).map((id) => m.name(id))),
        ]),
      },
      {
        title: c.tLifecycle,
        columns: [noCol, col(c.name, 2), col(c.stored, 2.6), col(c.published, 2.4), col(c.retention, 1.8)],
        rows: m.of('dataEntity').map((e, i) => {
          const lc = e.dataLifecycle;
          const published = lc?.published === undefined ? '' : lc.published ? [c.yes, lc.publishedVia].filter(Boolean).join(': ') : [c.no2, lc.publishedVia].filter(Boolean).join(': ');
          return [n(i), { text: e.name, bold: true }, lc?.storedAt ?? '', published, lc?.retention ?? ''];
        }),
      },
      {
        title: c.tApprovals,
        // the date under the status: eight columns left each too narrow for a date or a file reference
        columns: [noCol, col(c.supplier, 1.8), col(c.flow, 2.1), col(c.data, 1.7), col(c.instrument, 1.6), col(c.statusDate, 1.5), col(c.reference, 1.7)],
        // one row per direction of a flow with an approval recorded: each direction is a sharing of its
        // supplier's data that the supplier approves (003 §2.4.2 iv; 000 para 12 a), so a two-way flow
        // lists both, the one without a record as such
        rows: m
          .flows()
          .filter((f) => directionsOf(f).some((d) => sharingApprovalOf(doc, f, d)))
          .flatMap((f) => directionsOf(f).map((d) => ({ f, d })))
          .map(({ f, d }, i) => {
            const a = sharingApprovalOf(doc, f, d);
            const { supplierId, consumerId } = serviceEnds(f, d);
            const agency = m.agencyOf(supplierId);
            const supplier = agency ? `${m.name(supplierId)} (${agency})` : m.name(supplierId);
            const data = joinNames(serviceDataIds(f, d).map((id) => m.name(id)));
            const flowName = endsName(m.name(supplierId), m.name(consumerId));
            if (!a) return [n(i), { text: supplier, bold: true }, flowName, data, '', { text: c.approvalNone, color: COLORS.warning }, ''];
            const status = [label(lang, 'sharingApprovalStatus', a.status), formatIsoDate(a.date, lang)].filter(Boolean).join('\n');
            return [n(i), { text: supplier, bold: true }, flowName, data, label(lang, 'sharingInstrument', a.instrument), status, a.reference ?? ''];
          }),
      },
    ],
    infrastructure: [
      {
        title: c.tSites,
        // 001 §3.3.4 g: each site lists its hardware with quantities, its software and the matters of
        // placing the infrastructure there; the site's type, place and role (003 §3.2.8: which site is
        // production, which the disaster-recovery centre) share a column to leave them room
        columns: [noCol, col(c.name, 1.5), col(c.typePlace, 1.5), col(c.hardware, 3), col(c.software, 1.5), col(c.placement, 1.7), col(c.hosted, 1.6)],
        rows: m.of('site').map((e, i) => [
          n(i),
          { text: e.name, bold: true },
          [[label(lang, 'siteType', e.siteType), e.location].filter(Boolean).join(', '), roleLabel(e, lang)].filter(Boolean).join('\n'),
          (e.hardware ?? []).map((h) => `${h.item} × ${h.quantity}`).join('\n'),
          (e.software ?? []).join('\n'),
          (e.placement ?? []).join('\n'),
          m.sources(e.id, 'hostedOn'),
        ]),
      },
      {
        title: c.tNetworks,
        columns: [noCol, col(c.name, 2.2), col(c.type, 2), col(c.speed, 1.2, 'right'), col(c.sites, 3.4)],
        rows: m.of('network').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'networkType', e.networkType), formatSpeed(e.speedMbps), m.targets(e.id, 'connects')]),
      },
      {
        title: c.tSecurity,
        columns: [noCol, col(c.name, 2), col(c.type, 3.4), col(c.protects, 3.4)],
        rows: m.of('securityControl').map((e, i) => [n(i), { text: e.name, bold: true }, label(lang, 'securityControlType', e.controlType), m.targets(e.id, 'protects')]),
      },
    ],
  };

  return BANDS.map((band, i) => ({
    label: i + 1,
    band,
    title: `${LAYER_TITLE[BAND_LAYER[band]]} — ${PERKARA[lang][band] ?? label(lang, 'band', band)}`,
    description: DESCRIPTIONS[lang][band],
    tables: byBand[band],
  }));
}

/**
 * A site's role as the site table prints it: only the one the planner stated. The type's own (a DRC
 * is for recovery, MyGovCloud is cloud) repeats the type printed beside it, and "Awan" is a place, not
 * what the site is for: a reviewer asks which site is production (001 §2.6.5 c; 003 §3.2.8).
 */
function roleLabel(site: ElementOf<'site'>, lang: Lang): string | undefined {
  const role = site.role;
  return role && label(lang, 'siteRole', role);
}
