/**
 * The nine matters of 001 Jadual 4-1, Proses A.1.a, word for word, and which WoG rules bear on
 * each (data: a rule added later is mapped here by id; until then a rule whose source names an
 * item, "Jadual 4-1 A.1.a viii", is attached to it).
 */
import type { Lang } from '../i18n';
import { CHECKLIST_ITEMS, type ChecklistNo } from '../model/vocabulary';

export { CHECKLIST_ITEMS, type ChecklistNo };

/** The matter as worded in Jadual 4-1 (the English is a translation; the Malay is the guide's). */
export const CHECKLIST_TOPICS: Record<Lang, Record<ChecklistNo, string>> = {
  ms: {
    i: 'Perkhidmatan yang hendak didigitalkan (Rujuk Rajah Ekosistem Perkhidmatan Digital Sektor).',
    ii: 'Manfaat kepada kumpulan sasar/penerima perkhidmatan.',
    iii: 'Penyeragaman dan rekayasa proses sedia ada dengan mengambil kira fungsi perkhidmatan yang sama dari agensi lain bagi mengelakkan skop bertindih atau fungsi aplikasi bertindih. Rujuk Repositori Aplikasi Sektor Awam (https://www.rasa.jdn.gov.my).',
    iv: 'Fungsi perkhidmatan yang berkaitan dari agensi yang sama dan/atau agensi lain.',
    v: 'Aliran data yang ditawan, diproses, disimpan dan diterbitkan (Rujukan: Polisi Pendigitalan Data Sektor Awam).',
    vi: 'Keselamatan data, privasi data dan integrasi data dari sumber data yang sah.',
    vii: 'Penyepaduan common data bagi perkhidmatan bawah industri yang sama.',
    viii: 'Penggunaan platform DPI (Infrastruktur Digital Awam) iaitu MyDigitalID sebagai Multi Factor Authentication, ePayment Gateway untuk pembayaran Digital dan MyGDX sebagai platform perkongsian data.',
    ix: 'Penggunaan perkhidmatan infrastruktur guna sama dan teknologi termaju (AI, Blockchain, Cloud dan lain-lain).',
  },
  en: {
    i: 'Services to be digitalised (see the Sector Digital Service Ecosystem figure).',
    ii: 'Benefits to the target groups/service recipients.',
    iii: 'Standardising and re-engineering existing processes, considering the same service functions in other agencies to avoid overlapping scope or application functions. See the Public Sector Application Repository (https://www.rasa.jdn.gov.my).',
    iv: 'Related service functions of the same agency and/or other agencies.',
    v: 'Data flows captured, processed, stored and published (Reference: Public Sector Data Digitalisation Policy).',
    vi: 'Data security, data privacy and data integration from legitimate data sources.',
    vii: 'Integration of common data for services in the same industry.',
    viii: 'Use of the DPI (Digital Public Infrastructure) platforms: MyDigitalID for multi-factor authentication, ePayment Gateway for digital payment and MyGDX as the data-sharing platform.',
    ix: 'Use of shared infrastructure services and advanced technology (AI, Blockchain, Cloud and others).',
  },
};

/** WoG rules whose findings bear on each item (a rule may bear on two). */
export const CHECKLIST_RULES: Record<ChecklistNo, readonly string[]> = {
  i: [
    'service.e2eMissing',
    'service.e2eSingleLifecycle',
    'service.e2eCounterOnly',
    'service.domainMissing',
    'service.domainUnknown',
    'service.domainSector',
    'service.functionSector',
    'service.noChannel',
    'service.noProcess',
    'channel.noService',
    'channel.mainGateway',
    'meta.domain',
    'meta.sectorMissing',
  ],
  ii: ['targetGroup.catalogue', 'targetGroup.unspecified', 'targetGroup.otherSector', 'targetGroup.persona', 'targetGroup.noChannel', 'channel.portalRai', 'meta.outcomesMissing', 'meta.objectivesKpi'],
  iii: ['app.duplicateInModel', 'app.duplicateInAgencyList', 'app.sameFunctionInAgencyList', 'app.categoryMissing', 'app.noProcess', 'process.unmapped', 'process.noApplication', 'process.noService', 'module.parentMissing', 'module.parentCycle', 'meta.rasaNotChecked'],
  iv: ['app.sameFunctionInAgencyList', 'wog.singleAgency', 'agensiSpesifik.otherAgencies', 'data.supplierMissing', 'wog.sameAgencyAllRoles'],
  v: ['flow.fieldsMissing', 'flow.noData', 'flow.methodCategory', 'flow.serviceIdFormat', 'flow.serviceIdSupplier', 'flow.iddIncomplete', 'data.notAccessed', 'data.capturedAndReceived', 'element.impliedRelationMissing'],
  vi: ['data.classificationMissing', 'data.registryRefSuggest', 'data.catalogueRefUnknown', 'flow.classifiedByEmail', 'flow.classificationHandedOn', 'channel.classifiedData', 'infra.classifiedControls', 'data.ownerNotSupplier', 'infra.classifiedControlsPartial'],
  vii: ['data.onceOnlyCapture', 'data.onceOnlyLikely', 'data.onceOnlyNoFlow', 'data.catalogueRefUnknown', 'data.registrySourceUndeclared', 'catalogue.sectorRefsUnused'],
  viii: ['dpi.mydigitalIdSso', 'dpi.identityVerification', 'dpi.ePayment', 'dpi.myGdxCrossAgency', 'dpi.myGdxPlatformUnused', 'flow.twoWayOneService'],
  ix: ['infra.sharedInfrastructure', 'infra.myGovNet', 'site.noNetwork', 'site.hardwareMissing', 'site.softwarePlacementMissing', 'network.speedMissing', 'network.noSite', 'app.notHosted', 'site.roleMissing', 'site.onSiteHostsNothing'],
};

const ITEMS_OF_RULE = new Map<string, ChecklistNo[]>();
for (const no of CHECKLIST_ITEMS) for (const id of CHECKLIST_RULES[no]) ITEMS_OF_RULE.set(id, [...(ITEMS_OF_RULE.get(id) ?? []), no]);

/**
 * The items a rule bears on: from the table above, else the items its source names
 * ("Jadual 4-1 A.1.a viii", "A.1.a iii–iv"); none for rules about the LMV as a whole.
 */
export function checklistItemsOfRule(ruleId: string, source?: string): ChecklistNo[] {
  const mapped = ITEMS_OF_RULE.get(ruleId);
  if (mapped) return mapped;
  const m = /A\.1\.a\s*\(?(ix|viii|vii|vi|v|iv|iii|ii|i)\b(?:\s*[–-]\s*(ix|viii|vii|vi|v|iv|iii|ii|i)\b)?/i.exec(source ?? '');
  if (!m) return [];
  const from = CHECKLIST_ITEMS.indexOf(m[1].toLowerCase() as ChecklistNo);
  const to = m[2] ? CHECKLIST_ITEMS.indexOf(m[2].toLowerCase() as ChecklistNo) : from;
  return CHECKLIST_ITEMS.slice(from, Math.max(from, to) + 1);
}
