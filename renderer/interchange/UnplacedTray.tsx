/**
 * The "Unplaced" tray: ArchiMate concepts an import kept but could not map to an LMV kind (goals,
 * junctions, artefacts, relationships touching them…). Nothing imported is ever dropped; from here
 * the user places an element as an LMV kind of their choice, and everything listed goes back out in
 * OEF/CSV exports with its original type.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementKind, UnplacedConcept } from '../../shared/model/schema';
import { useEditor } from '../state/editor';
import { kindsFor, placeUnplaced } from './place';

const EMPTY: UnplacedConcept[] = [];

function Row({ concept }: { concept: UnplacedConcept }) {
  const { t } = useTranslation('interchange');
  const id = useId();
  const [kind, setKind] = useState<ElementKind | ''>('');
  const isRelationship = concept.source !== undefined || concept.target !== undefined;
  const kinds = useMemo(() => kindsFor(concept.type), [concept.type]);
  return (
    <li className="unplaced-row" data-unplaced={concept.id}>
      <span className="unplaced-type">{concept.type}</span> <span className="unplaced-name">{concept.name || concept.id}</span>
      {!isRelationship && (
        <span className="unplaced-place">
          <label htmlFor={id} className="visually-hidden">
            {t('unplaced.placeAs', { name: concept.name || concept.id })}
          </label>
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
            <option value="">{t('unplaced.chooseKind')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`domain:kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={!kind} onClick={() => kind && placeUnplaced(concept.id, kind)}>
            {t('unplaced.place')}
          </button>
        </span>
      )}
    </li>
  );
}

/** Panel listing the open project's unplaced concepts. */
export function UnplacedTray() {
  const { t } = useTranslation('interchange');
  const unplaced = useEditor((s) => s.history?.doc.meta.unplaced ?? EMPTY);
  const elements = unplaced.filter((u) => u.source === undefined && u.target === undefined);
  const relationships = unplaced.length - elements.length;
  // Nothing unplaced: the panel renders nothing, so it takes no room in the left column.
  if (unplaced.length === 0) return null;
  return (
    <section aria-label={t('unplaced.title')} className="unplaced-tray">
      <p className="field-hint">{t('unplaced.intro', { elements: elements.length, relationships })}</p>
      <ul>
        {elements.map((u) => (
          <Row key={u.id} concept={u} />
        ))}
      </ul>
      {relationships > 0 && (
        <details>
          <summary>{t('unplaced.relationships', { count: relationships })}</summary>
          <ul>
            {unplaced
              .filter((u) => u.source !== undefined || u.target !== undefined)
              .map((u) => (
                <Row key={u.id} concept={u} />
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
