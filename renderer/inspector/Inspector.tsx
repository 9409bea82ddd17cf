/**
 * The inspector panel: edits the selected element or relation, or the active view when nothing
 * (or several things) is selected. Every edit is a command; bad values get an inline message.
 * When the model is read-only (reviewer mode) the same forms show the values with every control
 * disabled, so a reviewer reads the agency's model without a button that would change it.
 */
import './inspector.css';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { ElementForm } from './ElementForm';
import { RelationForm } from './RelationForm';
import { MultiForm, ViewForm } from './ViewForm';
import { ModelEdits, useModelReadOnly } from './ModelEdits';

/** The inspector panel (renders nothing without an open project). */
export function Inspector() {
  const { t } = useTranslation('canvas');
  const doc = useEditor((s) => s.history?.doc ?? null);
  const selection = useEditor((s) => s.selection);
  const viewId = useEditor((s) => s.activeViewId);
  const readOnly = useModelReadOnly();
  if (!doc) return null;
  const elements = selection.elements.filter((id) => doc.elements.get(id));
  const relations = selection.relations.filter((id) => doc.relations.get(id));
  let body;
  if (elements.length === 1 && relations.length === 0) body = <ElementForm key={elements[0]} element={doc.elements.get(elements[0])!} doc={doc} />;
  else if (relations.length === 1 && elements.length === 0) body = <RelationForm key={relations[0]} relation={doc.relations.get(relations[0])!} doc={doc} />;
  else if (elements.length + relations.length > 1) body = (
      <ModelEdits>
        <MultiForm doc={doc} elementIds={elements} relationIds={relations} />
      </ModelEdits>
    );
  else if (viewId && doc.views[viewId]) body = (
      <ModelEdits>
        <ViewForm key={viewId} view={doc.views[viewId]} doc={doc} />
      </ModelEdits>
    );
  return (
    <section className="lmv-inspector" aria-label={t('inspector.title')}>
      {readOnly && <p className="side-hint inspector-read-only">{t('inspector.readOnly')}</p>}
      {body}
    </section>
  );
}
