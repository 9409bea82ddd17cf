/**
 * Inspector of one relation: its kind (only kinds its two ends allow), for a data flow every field
 * of the flow and of its MyGDX interface description, swap ends, and delete.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LakarDocument, Relation, RelationKind } from '../../shared/model';
import { useEditor } from '../state/editor';
import { ModelEdits } from './ModelEdits';
import { allowedRelationKinds, deleteSelection } from '../canvas/actions';
import { FLOW_FIELDS, RELATION_FIELDS } from './fields';
import { SpecFields } from './SpecFields';
import { serviceSpecial } from './ServiceFields';
import { fieldErrors } from './validation';
import type { Commit } from './widgets';

/** Everything about one relation. */
export function RelationForm({ relation, doc }: { relation: Relation; doc: LakarDocument }) {
  const { t } = useTranslation('canvas');
  const [kindError, setKindError] = useState<string | null>(null);
  const source = doc.elements.get(relation.source);
  const target = doc.elements.get(relation.target);
  const commitFor = useMemo(
    () =>
      (key: string): Commit =>
      (value) => {
        const err = useEditor.getState().tryDispatch('relation.update', { id: relation.id, patch: { [key]: value } }, { mergeKey: `relation:${relation.id}:${key}` });
        return err ? fieldErrors(err, t) : null;
      },
    [relation.id, t],
  );
  const kinds = allowedRelationKinds(doc, relation.source, relation.target);
  if (!kinds.includes(relation.kind)) kinds.unshift(relation.kind);
  const specs = relation.kind === 'dataFlow' ? FLOW_FIELDS : RELATION_FIELDS.filter((f) => f.key !== 'access' || relation.kind === 'accesses');
  const select = (id: string) => useEditor.getState().setSelection({ elements: [id], relations: [] });

  /** Change the kind, or swap the two ends; a change the ends do not allow is explained inline. */
  const changeKind = (kind: RelationKind, swap = false) => {
    const patch = swap ? { source: relation.target, target: relation.source } : { kind };
    const err = useEditor.getState().tryDispatch('relation.update', { id: relation.id, patch });
    setKindError(err ? Object.values(fieldErrors(err, t))[0] : null);
  };

  return (
    <div className="inspector-form">
      <header className="inspector-head">
        <p className="inspector-kind">{t(`domain:relation.${relation.kind}`)}</p>
        <h2 className="inspector-title">
          <button type="button" className="link-button" onClick={() => select(relation.source)}>
            {source?.name}
          </button>{' '}
          →{' '}
          <button type="button" className="link-button" onClick={() => select(relation.target)}>
            {target?.name}
          </button>
        </h2>
      </header>
      <ModelEdits>
        <div className="field">
          <label htmlFor="insp-rel-kind">{t('field.kind')}</label>
          <select id="insp-rel-kind" value={relation.kind} onChange={(e) => changeKind(e.target.value as RelationKind)} aria-invalid={kindError ? true : undefined} aria-describedby={kindError ? 'insp-rel-kind-error' : undefined}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`domain:relation.${k}`)}
              </option>
            ))}
          </select>
          {kindError && (
            <p id="insp-rel-kind-error" className="field-error" role="alert">
              {kindError}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-small" onClick={() => changeKind(relation.kind, true)}>
          {t('inspector.swapEnds')}
        </button>
        <SpecFields specs={specs} target={relation as unknown as Record<string, unknown>} commitFor={commitFor} doc={doc} selfId={relation.id} findingsOf="relation" special={relation.kind === 'dataFlow' ? serviceSpecial(relation, doc) : undefined} />
        <div className="inspector-actions">
          <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => deleteSelection()}>
            {t('inspector.deleteRelation')}
          </button>
        </div>
      </ModelEdits>
    </div>
  );
}
