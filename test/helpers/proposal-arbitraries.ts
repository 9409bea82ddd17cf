/**
 * fast-check arbitraries of the proposal-paper fields (shared/model/proposal.ts): random but valid
 * values, in the text the interchange formats must carry (Malay letters, XML and CSV specials,
 * several lines). Used by the round-trip property tests.
 */
import fc from 'fast-check';
import {
  ADVANCED_TECHNOLOGIES,
  AGENSI_SPESIFIK_CATEGORIES,
  COST_BASES,
  COST_TYPES,
  DEPENDENCY_KINDS,
  FUNDING_SOURCES,
  JDN_CONSULTANT_UNITS,
  PROCUREMENT_METHODS,
  PROJECT_PHASES,
  RISK_CATEGORIES,
  RISK_LEVELS,
  SHARING_APPROVAL_STATUSES,
  SHARING_INSTRUMENTS,
  VIEW_STATES,
  type DataLifecycle,
  type ProjectMeta,
  type SharingApproval,
} from '../../shared/model';

const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ', ...'àéçñ—–’“”&<>"\';,.:/()#%\n', 'é', '—'];

/** Text with awkward characters; never starting or ending with blanks (required fields are trimmed). */
const words = (max: number) =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max })
    .map((cs) => cs.join('').trim())
    .filter((t) => t.length > 0);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 0, max: 9_000_000_000 }).map((sen) => sen / 100);

/** Drop undefined keys, as the formats do. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T): fc.Arbitrary<{ [K in keyof T]: T[K] extends fc.Arbitrary<infer U> ? U : never }> => fc.record(shape).map((o) => compact(o as object)) as never;

/** Proposal fields of the project meta; `targetGroupIds` are element ids the benefits may name. */
export function proposalMetaArbitrary(targetGroupIds: string[]): fc.Arbitrary<Partial<ProjectMeta>> {
  return record({
    scope: opt(words(120)),
    measurableObjectives: opt(fc.array(record({ objective: words(60), measure: opt(words(30)), baseline: opt(words(20)), target: opt(words(20)), targetDate: opt(isoDate) }), { maxLength: 4 })),
    targetGroupBenefits: opt(fc.array(record({ targetGroupId: fc.constantFrom(...targetGroupIds), painPoint: opt(words(60)), benefit: opt(words(60)) }), { maxLength: 3 })),
    asIsSummary: opt(words(120)),
    cyberRisk: opt(words(80)),
    strategicAlignment: opt(record({ psp: opt(words(40)), ea: opt(words(40)), puncaKuasa: opt(words(40)) })),
    inisiatifTumpuan: opt(words(30)),
    agensiSpesifikCategory: opt(fc.constantFrom(...AGENSI_SPESIFIK_CATEGORIES)),
    jdnConsultation: opt(record({ involved: fc.boolean(), units: opt(fc.subarray([...JDN_CONSULTANT_UNITS])), date: opt(isoDate), notes: opt(words(40)) })),
    kaedahPerolehan: opt(fc.constantFrom(...PROCUREMENT_METHODS)),
    fundingSource: opt(fc.constantFrom(...FUNDING_SOURCES)),
    fundingNote: opt(words(40)),
    costs: opt(
      fc.array(record({ component: words(40), costType: opt(fc.constantFrom(...COST_TYPES)), year: opt(fc.integer({ min: 2024, max: 2035 })), amount, basis: opt(fc.constantFrom(...COST_BASES)), note: opt(words(30)) }), { maxLength: 6 }),
    ),
    milestones: opt(fc.array(record({ phase: fc.constantFrom(...PROJECT_PHASES), name: opt(words(30)), start: opt(isoDate), end: opt(isoDate) }), { maxLength: 4 })),
    dependencies: opt(fc.array(record({ name: words(40), kind: fc.constantFrom(...DEPENDENCY_KINDS), agency: opt(words(20)), note: opt(words(40)) }), { maxLength: 3 })),
    risks: opt(
      fc.array(record({ risk: words(60), category: opt(fc.constantFrom(...RISK_CATEGORIES)), likelihood: opt(fc.constantFrom(...RISK_LEVELS)), impact: opt(fc.constantFrom(...RISK_LEVELS)), mitigation: opt(words(60)) }), { maxLength: 4 }),
    ),
    endorsement: opt(record({ preparerPosition: opt(words(30)), cdoName: opt(words(30)), jpictMeeting: opt(words(40)), jpictDate: opt(isoDate) })),
    checklistAnswers: opt(record(Object.fromEntries(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'].map((k) => [k, opt(words(80))])))),
    advancedTechnologies: opt(fc.subarray([...ADVANCED_TECHNOLOGIES])),
  }) as fc.Arbitrary<Partial<ProjectMeta>>;
}

export const dataLifecycleArbitrary: fc.Arbitrary<DataLifecycle> = record({ storedAt: opt(words(40)), published: opt(fc.boolean()), publishedVia: opt(words(40)), retention: opt(words(20)) });

export const sharingApprovalArbitrary: fc.Arbitrary<SharingApproval> = record({
  instrument: opt(fc.constantFrom(...SHARING_INSTRUMENTS)),
  status: fc.constantFrom(...SHARING_APPROVAL_STATUSES),
  date: opt(isoDate),
  reference: opt(words(30)),
});

export const viewStateArbitrary = opt(fc.constantFrom(...VIEW_STATES));
