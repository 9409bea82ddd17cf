/**
 * zod schemas of the proposal-paper fields added in document schema version 2: what the Kertas
 * Cadangan must state besides the LMV itself (001 §3.2, §4.2–§4.3 with Jadual 4-1, §6.3.4; 003
 * §2.4.2). Every field is optional, so a project can be drawn first and described later. Field
 * names are stable: the WoG rules, the paper, the form and the interchange formats all read them.
 */
import { z } from 'zod';
import {
  ADVANCED_TECHNOLOGIES,
  AGENSI_SPESIFIK_CATEGORIES,
  CHECKLIST_ITEMS,
  COST_BASES,
  COST_TYPES,
  DEPENDENCY_KINDS,
  FUNDING_SOURCES,
  IMPORT_ASSUMPTION_KINDS,
  JDN_CONSULTANT_UNITS,
  PROCUREMENT_METHODS,
  PROJECT_PHASES,
  RISK_CATEGORIES,
  RISK_LEVELS,
  SHARING_APPROVAL_STATUSES,
  SHARING_INSTRUMENTS,
  type ChecklistNo,
} from './vocabulary';

const id = z.string().min(1).max(200);
const text = z.string().max(20_000);
const shortText = z.string().max(500);
const required = (max: number) => z.string().trim().min(1, 'field.required').max(max);

/** A calendar date as the date inputs give it: `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date.format');

/** One objective with its measurable result (001 §3.2.1 a: "hasil yang boleh diukur"). */
export const measurableObjectiveSchema = z.object({
  objective: required(2000),
  /** What is measured (the KPI), e.g. "Tempoh proses permohonan". */
  measure: shortText.optional(),
  /** Value today, e.g. "14 hari". */
  baseline: shortText.optional(),
  /** Value to reach, e.g. "3 hari". */
  target: shortText.optional(),
  /** When the target is to be reached. */
  targetDate: isoDateSchema.optional(),
});

/** The pain point of a target group and the benefit the project brings it (001 §3.2.2 b; Jadual 4-1 A.1.a ii). */
export const targetGroupBenefitSchema = z.object({
  /** The target-group element of the model. */
  targetGroupId: id,
  painPoint: text.optional(),
  benefit: text.optional(),
});

/** Alignment with the agency's plans and mandate (001 Jadual 4-1 A.1: PSP, EA, "lain-lain punca kuasa"). */
export const strategicAlignmentSchema = z.object({
  /** Pelan Strategik Pendigitalan (PSP) of the ministry/agency: the strategy or programme this project carries out. */
  psp: text.optional(),
  /** Enterprise Architecture (EA) of the ministry/agency. */
  ea: text.optional(),
  /** Other authority (punca kuasa): act, circular, cabinet decision. */
  puncaKuasa: text.optional(),
});

/** Involvement of the JDN consultants in planning (001 Jadual 4-1 A.1.b; §4.3.4). */
export const jdnConsultationSchema = z.object({
  involved: z.boolean(),
  units: z.array(z.enum(JDN_CONSULTANT_UNITS)).max(JDN_CONSULTANT_UNITS.length).optional(),
  date: isoDateSchema.optional(),
  notes: text.optional(),
});

/** One line of the cost summary (001 §4.3.5; Jadual 4-1 step 12 d "Anggaran Kos"). */
export const costItemSchema = z.object({
  component: required(500),
  costType: z.enum(COST_TYPES).optional(),
  /** Year the amount falls in. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** Amount in RM. */
  amount: z.number().min(0).max(1e13),
  /** Katalog Anggaran Harga or kajian pasaran (001 §4.3.5). */
  basis: z.enum(COST_BASES).optional(),
  note: shortText.optional(),
});

/** A milestone by PPrISA phase (001 §6.3.4). */
export const milestoneSchema = z.object({
  phase: z.enum(PROJECT_PHASES),
  name: shortText.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
});

/** A project or existing solution this project depends on (001 Jadual 4-1 step 9; A.1.a iv). */
export const dependencySchema = z.object({
  name: required(500),
  kind: z.enum(DEPENDENCY_KINDS),
  /** Agency owning it. */
  agency: shortText.optional(),
  note: text.optional(),
});

/** A risk and its treatment; cyber-threat risks are required by 001 §3.2.2 c. */
export const riskSchema = z.object({
  risk: required(2000),
  category: z.enum(RISK_CATEGORIES).optional(),
  likelihood: z.enum(RISK_LEVELS).optional(),
  impact: z.enum(RISK_LEVELS).optional(),
  mitigation: text.optional(),
});

/** JPICT Kementerian and CDO endorsement (001 Jadual 4-1 steps 2, 6a; §5.6.2). Signatures are left blank on paper. */
export const endorsementSchema = z.object({
  /** Position of the officer who prepared the paper (`author` is the officer, or the preparing unit, which the paper then prints in its own row). */
  preparerPosition: shortText.optional(),
  /** Ketua Pegawai Digital (CDO) of the ministry. */
  cdoName: shortText.optional(),
  /** The JPICT Kementerian meeting that considered the paper, e.g. "Mesyuarat JPICT KESUMA Bil. 2/2026". */
  jpictMeeting: shortText.optional(),
  jpictDate: isoDateSchema.optional(),
});

/** The agency's own answer to each item of 001 Jadual 4-1 A.1.a (free text, printed in the paper). */
export const checklistAnswersSchema = z.object(Object.fromEntries(CHECKLIST_ITEMS.map((no) => [no, text.optional()])) as Record<ChecklistNo, z.ZodOptional<typeof text>>);

/** One assumption an import made, to be confirmed or changed by the user. */
export const importAssumptionSchema = z.object({
  kind: z.enum(IMPORT_ASSUMPTION_KINDS),
  count: z.number().int().min(0).max(10_000_000),
  /** Element ids concerned (for the inspector), when the assumption is about elements. */
  elementIds: z.array(id).max(100_000).optional(),
  /** Extra detail, e.g. the lifecycle assumed ("G2C"). */
  detail: shortText.optional(),
});

/** What an import from another tool assumed, shown in a banner and in an annex of the paper until confirmed. */
export const importAssumptionsSchema = z.object({
  /** File name imported. */
  source: shortText,
  format: z.enum(['oef', 'archi-csv']),
  importedAt: shortText,
  items: z.array(importAssumptionSchema).max(100),
  /** Set when the user confirmed the assumptions (the banner then goes away). */
  confirmedAt: shortText.optional(),
});

/** Data-sharing approval of a flow from a supplying agency (003 §2.4.2 iv; 000 para 12 a). */
export const sharingApprovalSchema = z.object({
  instrument: z.enum(SHARING_INSTRUMENTS).optional(),
  status: z.enum(SHARING_APPROVAL_STATUSES),
  date: isoDateSchema.optional(),
  /** Reference of the letter, minutes or agreement. */
  reference: shortText.optional(),
});

/** Where a data entity lives after capture and processing (Jadual 4-1 A.1.a v: "disimpan dan diterbitkan"). */
export const dataLifecycleSchema = z.object({
  /** Where it is stored, e.g. "Pangkalan data Sistem Pengambilan Pekerja, PDSA". */
  storedAt: shortText.optional(),
  /** True when it is published (open data, portal, report); false when explicitly not. */
  published: z.boolean().optional(),
  /** Where or how it is published, e.g. "data.gov.my (data terbuka, agregat)". */
  publishedVia: shortText.optional(),
  /** How long it is kept, e.g. "7 tahun selepas permohonan ditutup". */
  retention: shortText.optional(),
});

/** The project-meta fields of schema version 2 (spread into projectMetaSchema). */
export const proposalMetaFields = {
  /**
   * The date the paper states on its cover (Tarikh), as the agency dates what it submits through
   * JPICT (001 Jadual 4-1 steps 1–2); unset, the paper is dated the day it is exported.
   */
  paperDate: isoDateSchema.optional(),
  /** Skop projek (001 §3.2.1 a). */
  scope: text.optional(),
  /** Objectives with KPIs; `objectives` keeps the narrative statement. */
  measurableObjectives: z.array(measurableObjectiveSchema).max(100).optional(),
  targetGroupBenefits: z.array(targetGroupBenefitSchema).max(500).optional(),
  /** The current landscape (As-Is) in words (001 §3.2.1 "Memahami Landskap Semasa"). */
  asIsSummary: text.optional(),
  /** Cyber-threat risk and security compliance audit consideration (001 §3.2.2 c). */
  cyberRisk: text.optional(),
  strategicAlignment: strategicAlignmentSchema.optional(),
  /** Inisiatif tumpuan the project belongs to, if any (001 Jadual 4-1 step 4a ii). */
  inisiatifTumpuan: shortText.optional(),
  /** For an Agensi Spesifik project: which of the four categories (001 Jadual 4-1 step 4b). */
  agensiSpesifikCategory: z.enum(AGENSI_SPESIFIK_CATEGORIES).optional(),
  jdnConsultation: jdnConsultationSchema.optional(),
  kaedahPerolehan: z.enum(PROCUREMENT_METHODS).optional(),
  fundingSource: z.enum(FUNDING_SOURCES).optional(),
  /** e.g. the allocation programme or "Lain-lain Peruntukan" explained. */
  fundingNote: shortText.optional(),
  costs: z.array(costItemSchema).max(1000).optional(),
  milestones: z.array(milestoneSchema).max(200).optional(),
  dependencies: z.array(dependencySchema).max(200).optional(),
  risks: z.array(riskSchema).max(500).optional(),
  endorsement: endorsementSchema.optional(),
  checklistAnswers: checklistAnswersSchema.optional(),
  /** Technologies named for A.1.a ix; an empty list means "none" was answered. */
  advancedTechnologies: z.array(z.enum(ADVANCED_TECHNOLOGIES)).max(ADVANCED_TECHNOLOGIES.length).optional(),
  importAssumptions: importAssumptionsSchema.optional(),
};

export type MeasurableObjective = z.infer<typeof measurableObjectiveSchema>;
export type TargetGroupBenefit = z.infer<typeof targetGroupBenefitSchema>;
export type StrategicAlignment = z.infer<typeof strategicAlignmentSchema>;
export type JdnConsultation = z.infer<typeof jdnConsultationSchema>;
export type CostItem = z.infer<typeof costItemSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Endorsement = z.infer<typeof endorsementSchema>;
export type ChecklistAnswers = z.infer<typeof checklistAnswersSchema>;
export type ImportAssumption = z.infer<typeof importAssumptionSchema>;
export type ImportAssumptions = z.infer<typeof importAssumptionsSchema>;
export type SharingApproval = z.infer<typeof sharingApprovalSchema>;
export type DataLifecycle = z.infer<typeof dataLifecycleSchema>;

/** Totals of the cost summary in RM: overall, CAPEX, OPEX, and by year (items without a year under `undefined`). */
export function costTotals(costs: readonly CostItem[] | undefined): { total: number; capex: number; opex: number; byYear: Map<number | undefined, number> } {
  const out = { total: 0, capex: 0, opex: 0, byYear: new Map<number | undefined, number>() };
  for (const c of costs ?? []) {
    out.total += c.amount;
    if (c.costType === 'capex') out.capex += c.amount;
    if (c.costType === 'opex') out.opex += c.amount;
    out.byYear.set(c.year, (out.byYear.get(c.year) ?? 0) + c.amount);
  }
  return out;
}

/** The project's estimated cost in RM (sum of the cost table), or undefined when no cost is recorded. */
export function projectCost(meta: { costs?: readonly CostItem[] }): number | undefined {
  return meta.costs && meta.costs.length > 0 ? costTotals(meta.costs).total : undefined;
}
