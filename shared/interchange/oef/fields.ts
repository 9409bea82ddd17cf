/**
 * LMV-only fields ↔ ArchiMate properties. Every field of an element, relation or the project meta that
 * ArchiMate has no place for is written as a property named `lakar:<field>`; the codec of each field is
 * read from the zod schema itself, so a field added to shared/model/schema.ts round-trips without a
 * change here (a test asserts it for every kind).
 */
import type { z } from 'zod';
import { elementSchema, projectMetaSchema, dataFlowSchema, simpleRelationSchema, type ElementKind } from '../../model/schema';
import type { AmProperty } from './model';

export type Codec = 'string' | 'number' | 'boolean' | 'json';

/** Prefix of the properties that carry LMV fields. */
export const LAKAR_PREFIX = 'lakar:';
/** User properties whose key already starts with `lakar:` are written under this prefix, so they cannot collide. */
export const ESCAPED_PROPERTY_PREFIX = 'lakar:property:';

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema> } };
type ObjectSchema = { shape: Record<string, AnySchema> };

function codecOf(schema: AnySchema): Codec {
  let s = schema;
  while (s.def.type === 'optional' || s.def.type === 'default' || s.def.type === 'nullable') s = s.def.innerType!;
  switch (s.def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'enum':
    case 'literal':
      return 'string';
    default:
      return 'json';
  }
}

export interface FieldSpec {
  field: string;
  codec: Codec;
  schema: AnySchema;
}

function specsOf(obj: ObjectSchema, skip: readonly string[]): FieldSpec[] {
  return Object.entries(obj.shape)
    .filter(([field]) => !skip.includes(field))
    .map(([field, schema]) => ({ field, codec: codecOf(schema), schema }));
}

/** Fields every element has and ArchiMate carries natively (or we handle specially). */
// parentId travels as a structural relationship (Composition/Realization), not as a property.
const ELEMENT_NATIVE = ['id', 'name', 'kind', 'description', 'properties', 'parentId'];
const RELATION_NATIVE = ['id', 'kind', 'source', 'target', 'label', 'properties', 'dataEntityIds'];
const META_NATIVE = ['title', 'objectives', 'unplaced', 'properties'];

const ELEMENT_FIELDS = new Map<ElementKind, FieldSpec[]>(
  (elementSchema as unknown as { options: ObjectSchema[] }).options.map((o) => [
    (o.shape.kind as unknown as { def: { values: ElementKind[] } }).def.values[0],
    specsOf(o, ELEMENT_NATIVE),
  ]),
);
const FLOW_FIELDS = specsOf(dataFlowSchema as unknown as ObjectSchema, RELATION_NATIVE);
const SIMPLE_RELATION_FIELDS = specsOf(simpleRelationSchema as unknown as ObjectSchema, RELATION_NATIVE);
const META_FIELDS = specsOf(projectMetaSchema as unknown as ObjectSchema, META_NATIVE);

/** LMV-only fields of an element kind. */
export function elementFields(kind: ElementKind): FieldSpec[] {
  return ELEMENT_FIELDS.get(kind) ?? [];
}
/** LMV-only fields of a relation kind. */
export function relationFields(kind: string): FieldSpec[] {
  return kind === 'dataFlow' ? FLOW_FIELDS : SIMPLE_RELATION_FIELDS;
}
/** Project meta fields other than title/objectives, written as `lakar:meta.<field>` model properties. */
export function metaFields(): FieldSpec[] {
  return META_FIELDS;
}

/** A field value as an ArchiMate property. */
export function encodeField(spec: FieldSpec, key: string, value: unknown): AmProperty {
  switch (spec.codec) {
    case 'number':
      return { key, value: String(value), type: 'number' };
    case 'boolean':
      return { key, value: value ? 'true' : 'false', type: 'boolean' };
    case 'string':
      return { key, value: String(value), type: 'string' };
    default:
      return { key, value: JSON.stringify(value), type: 'string' };
  }
}

/** A property value back to a field value, or `{ ok: false }` when it does not fit the field's schema. */
export function decodeField(spec: FieldSpec, text: string): { ok: true; value: unknown } | { ok: false } {
  let raw: unknown;
  try {
    switch (spec.codec) {
      case 'number':
        raw = text.trim() === '' ? NaN : Number(text);
        break;
      case 'boolean':
        raw = text.trim().toLowerCase() === 'true' ? true : text.trim().toLowerCase() === 'false' ? false : undefined;
        break;
      case 'string':
        raw = text;
        break;
      default:
        raw = JSON.parse(text);
    }
  } catch {
    return { ok: false };
  }
  const parsed = spec.schema.safeParse(raw);
  return parsed.success && parsed.data !== undefined ? { ok: true, value: parsed.data } : { ok: false };
}

/** Property key of a user property (escaped when it would look like one of ours). */
export function userPropertyKey(key: string): string {
  return key.startsWith(LAKAR_PREFIX) ? ESCAPED_PROPERTY_PREFIX + key : key;
}

/** The user property key an imported property stands for, or undefined when it is one of ours. */
export function unescapeUserKey(key: string): string | undefined {
  if (key.startsWith(ESCAPED_PROPERTY_PREFIX)) return key.slice(ESCAPED_PROPERTY_PREFIX.length);
  if (key.startsWith(LAKAR_PREFIX)) return undefined;
  return key;
}
