/**
 * Editing one field of several elements (or relations) at once: the fields every selected item
 * has, with a closed list of values or a yes/no (lifecycle, category, classification, a flow's
 * method, direction…), plus the agency. A change applies to all of them as one undo step; a field
 * whose values differ says so.
 */
import { useTranslation } from 'react-i18next';
import type { LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';
import { ELEMENT_FIELDS, FLOW_FIELDS, RELATION_FIELDS, type FieldSpec } from './fields';
import { fieldErrors } from './validation';
import { CheckInput, SelectInput, TextInput, type Commit } from './widgets';

/** Free-text fields worth setting on many at once (an agency, an owner); names and descriptions are not. */
const SHARED_TEXT = new Set(['agency', 'ownerAgency', 'location', 'authentication']);

const editable = (f: FieldSpec) => f.type === 'enum' || f.type === 'boolean' || (f.type === 'text' && SHARED_TEXT.has(f.key));

/** The fields that every one of `specs` lists, in the first one's order. */
export function commonFields(specs: readonly (readonly FieldSpec[])[]): FieldSpec[] {
  if (specs.length === 0) return [];
  return specs[0].filter((f) => editable(f) && specs.every((list) => list.some((g) => g.key === f.key && g.type === f.type)));
}

let step = 0;

/** Fields of the selected elements (or relations, when only relations are selected) to set all at once. */
export function MultiEditFields({ doc, elements, relations }: { doc: LakarDocument; elements: string[]; relations: string[] }) {
  const { t } = useTranslation('canvas');
  const onRelations = elements.length === 0;
  const items = onRelations ? relations.map((id) => doc.relations.get(id)).filter((r) => r !== undefined) : elements.map((id) => doc.elements.get(id)).filter((e) => e !== undefined);
  if (items.length < 2) return null;
  const specs = onRelations
    ? items.map((r) => (r.kind === 'dataFlow' ? FLOW_FIELDS : RELATION_FIELDS.filter((f) => f.key !== 'access' || r.kind === 'accesses')))
    : items.map((e) => ELEMENT_FIELDS[e.kind as keyof typeof ELEMENT_FIELDS]);
  const fields = commonFields(specs);
  if (fields.length === 0) return null;

  const commitAll =
    (key: string): Commit =>
    (value) => {
      const command = onRelations ? 'relation.update' : 'element.update';
      const mergeKey = `multi:${key}:${++step}`;
      for (const item of items) {
        const err = useEditor.getState().tryDispatch(command, { id: item.id, patch: { [key]: value } }, { mergeKey });
        if (err) return fieldErrors(err, t);
      }
      useEditor.getState().sealHistory();
      return null;
    };

  return (
    <section className="inspector-section multi-edit" aria-labelledby="insp-multi-edit-title">
      <h3 id="insp-multi-edit-title">{t('multiEdit.title', { count: items.length })}</h3>
      {fields.map((f) => {
        const values = items.map((it) => (it as unknown as Record<string, unknown>)[f.key]);
        const same = values.every((v) => v === values[0]);
        const common = { label: t(`field.${f.key}`), hint: same ? undefined : t('multiEdit.mixed'), commit: commitAll(f.key), path: f.key };
        const value = same ? values[0] : undefined;
        if (f.type === 'enum')
          return (
            <SelectInput
              key={f.key}
              {...common}
              required={same && f.required}
              value={value as string | undefined}
              options={f.values.map((v) => ({ value: v, label: f.group ? t(`domain:${f.group}.${v}`) : v }))}
            />
          );
        if (f.type === 'boolean') return <CheckInput key={f.key} {...common} value={value as boolean | undefined} />;
        return <TextInput key={f.key} {...common} value={value as string | undefined} />;
      })}
    </section>
  );
}
