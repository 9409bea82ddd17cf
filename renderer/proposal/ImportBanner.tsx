/**
 * A banner over the workspace while an import's assumptions stand (shared/model/import-assumptions):
 * what was assumed, a way to select the elements concerned, and "Sahkan" to confirm them (a
 * command, so it can be undone). The same list is printed as an annex of the Kertas Cadangan.
 */
import './proposal.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { standingImportAssumptions } from '../../shared/model';
import { useEditor } from '../state/editor';

/** The import banner (renders nothing when there is nothing to confirm). */
export function ImportBanner() {
  const { t } = useTranslation('proposal');
  const doc = useEditor((s) => s.history?.doc ?? null);
  const items = useMemo(() => (doc ? standingImportAssumptions(doc) : []), [doc]);
  if (!doc || items.length === 0) return null;
  const a = doc.meta.importAssumptions!;
  const confirm = () => useEditor.getState().dispatch('project.confirmImport', { at: new Date().toISOString() });
  const select = (ids: string[]) => useEditor.getState().setSelection({ elements: ids, relations: [] });
  return (
    <div className="import-banner" role="region" aria-label={t('banner.label')}>
      <p>
        <strong>{t('banner.title', { source: a.source || t('banner.unnamed') })}</strong> {t('banner.intro')}
      </p>
      <ul>
        {items.map((x) => (
          <li key={x.kind}>
            {t(`banner.kind.${x.kind}`, { count: x.count, detail: x.detail ?? '' })}
            {x.elementIds && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => select(x.elementIds!)}>
                  {t('banner.select')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn-small btn-primary" onClick={confirm}>
        {t('banner.confirm')}
      </button>
    </div>
  );
}
