import { describe, expect, it } from 'vitest';
import { dataFlowSchema, elementSchema, simpleRelationSchema, type ElementKind } from '../../shared/model';
import { ELEMENT_FIELDS, FLOW_FIELDS, RELATION_FIELDS } from './fields';
import ms from '../i18n/locales/ms/canvas.json';
import en from '../i18n/locales/en/canvas.json';

const keysOf = (shape: Record<string, unknown>, skip: string[]) => Object.keys(shape).filter((k) => !skip.includes(k)).sort();

describe('inspector fields', () => {
  it('edits every field of every element kind', () => {
    for (const option of elementSchema.options) {
      const kind = option.shape.kind.value as ElementKind;
      expect(ELEMENT_FIELDS[kind].map((f) => f.key).sort(), kind).toEqual(keysOf(option.shape, ['id', 'kind']));
    }
  });

  it('edits every field of a data flow and of the other relations', () => {
    // approvalsPerDirection is no field of its own: the approval fields of either direction set it (sharingApprovalPatch)
    expect(FLOW_FIELDS.map((f) => f.key).sort()).toEqual(keysOf(dataFlowSchema.shape, ['id', 'kind', 'source', 'target', 'approvalsPerDirection']));
    expect(RELATION_FIELDS.map((f) => f.key).sort()).toEqual(keysOf(simpleRelationSchema.shape, ['id', 'kind', 'source', 'target']));
  });

  it('has a label for every field in both languages', () => {
    const all = [...Object.values(ELEMENT_FIELDS).flat(), ...FLOW_FIELDS, ...RELATION_FIELDS];
    for (const f of all) {
      expect(ms.field, f.key).toHaveProperty(f.key);
      expect(en.field, f.key).toHaveProperty(f.key);
      if (f.type === 'rows') for (const c of f.columns) expect(ms.column, c.key).toHaveProperty(c.key);
    }
  });
});
