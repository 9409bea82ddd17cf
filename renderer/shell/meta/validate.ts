/**
 * Checking what the user typed into the project metadata form before it becomes a command. A value
 * that fails is shown with an inline message and never dispatched, so the model stays valid.
 */
import { costItemSchema, expectedOutcomesSchema, projectMetaSchema } from '../../../shared/model';
import type { z } from 'zod';

/** Result of checking one field: the value to store (undefined removes it) or an i18n message. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; messageKey: string; params?: Record<string, number> };

/** Text fields of the project meta stored directly on `meta`. */
export const META_TEXT_FIELDS = ['title', 'pemilikProjek', 'penerajuProjek', 'pelaksanaProjek', 'pelaksanaPerolehan', 'agensiInduk', 'objectives', 'version', 'author'] as const;
export type MetaTextField = (typeof META_TEXT_FIELDS)[number];

/** The three expected outcomes of 001 §4.2.2. */
export const OUTCOME_FIELDS = ['pengoptimumanKos', 'pengoptimumanSumber', 'pulanganNilaiTerbaik'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

function checkWith(schema: z.ZodType, text: string, emptyValue: string | undefined): FieldCheck<string | undefined> {
  const value = text === '' ? emptyValue : text;
  if (value === undefined) return { ok: true, value };
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value };
  const issue = r.error.issues[0];
  if (issue?.code === 'too_big') return { ok: false, messageKey: 'shell:meta.validation.tooLong', params: { max: Number(issue.maximum) } };
  return { ok: false, messageKey: 'shell:meta.validation.invalid' };
}

/** Check a text field; an empty optional field is removed (title stays an empty string). */
export function checkMetaText(field: MetaTextField, text: string): FieldCheck<string | undefined> {
  return checkWith(projectMetaSchema.shape[field], text, field === 'title' ? '' : undefined);
}

/** Check one expected-outcome text. */
export function checkOutcome(field: OutcomeField, text: string): FieldCheck<string | undefined> {
  return checkWith(expectedOutcomesSchema.shape[field], text, undefined);
}

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d{1,2})?$/;

/**
 * Parse an amount in ringgit as typed: "1500000", "1,500,000.50", "RM 1 500 000". Empty clears it.
 * Thousands separators must be commas in groups of three; at most two decimals.
 */
export function parseCost(text: string): FieldCheck<number | undefined> {
  const compact = text.trim().replace(/^RM\s*/i, '').replace(/\s+/g, '');
  if (compact === '') return { ok: true, value: undefined };
  if (!AMOUNT.test(compact) && !GROUPED.test(compact)) return { ok: false, messageKey: 'shell:meta.validation.number' };
  const value = Number(compact.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, messageKey: 'shell:meta.validation.number' };
  if (value < 0) return { ok: false, messageKey: 'shell:meta.validation.negative' };
  if (!costItemSchema.shape.amount.safeParse(value).success) return { ok: false, messageKey: 'shell:meta.validation.tooLarge' };
  return { ok: true, value };
}

/** Check free text of at most `max` characters; an empty text removes the value. */
export function checkText(text: string, max: number): FieldCheck<string | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  if (text.length > max) return { ok: false, messageKey: 'shell:meta.validation.tooLong', params: { max } };
  return { ok: true, value: text };
}
