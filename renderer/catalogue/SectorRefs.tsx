/**
 * The registries and repositories of the project's sector (001 Rajah 2-13) and what the project
 * does with each: used by its data, declined with a reason, or neither yet (the checker's
 * `catalogue.sectorRefsUnused` asks for one or the other, 001 §3.2.1 c).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueIndex } from '../../shared/catalogue';
import type { LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';

type Lang = 'ms' | 'en';

function DeclineForm({ onSave, onCancel }: { onSave: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('checker');
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <form
      className="sector-ref-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSave(reason.trim());
      }}
    >
      <label htmlFor={id}>{t('sectorRefs.reason')}</label>
      <input id={id} type="text" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} data-autofocus />
      <button type="submit" className="btn btn-small" disabled={!reason.trim()}>
        {t('sectorRefs.save')}
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={onCancel}>
        {t('sectorRefs.cancel')}
      </button>
    </form>
  );
}

/** The sector's registries and repositories with their use in the model; nothing without a project sector. */
export function SectorRefs({ doc, index, lang }: { doc: LakarDocument; index: CatalogueIndex; lang: Lang }) {
  const { t } = useTranslation('checker');
  const [declining, setDeclining] = useState<string | null>(null);
  const sector = doc.meta.sector;
  if (!sector) return null;
  const usedBy = new Map<string, string[]>();
  for (const e of doc.elements.values()) {
    if (e.kind !== 'dataEntity') continue;
    for (const ref of [e.registryRef, e.repositoryRef]) if (ref) usedBy.set(ref, [...(usedBy.get(ref) ?? []), e.name]);
  }
  const declined = doc.meta.declinedCatalogueRefs ?? [];
  const setDeclined = (next: typeof declined) => useEditor.getState().dispatch('project.updateMeta', { patch: { declinedCatalogueRefs: next.length ? next : undefined } });
  const refs = [
    ...index.catalogue.registries.filter((r) => r.sector === sector).map((r) => ({ id: r.id, name: t('sectorRefs.registry', { name: r.name[lang] }) })),
    ...index.catalogue.repositories.filter((r) => r.sector === sector).map((r) => ({ id: r.id, name: t('sectorRefs.repository', { name: r.name[lang] }) })),
  ];
  return (
    <section className="sector-refs" aria-label={t('sectorRefs.title', { sector: index.sectors.get(sector)?.name[lang] ?? sector })}>
      <h3>{t('sectorRefs.title', { sector: index.sectors.get(sector)?.name[lang] ?? sector })}</h3>
      <p className="catalogue-version">{t('sectorRefs.intro')}</p>
      <ul>
        {refs.map((r) => {
          const used = usedBy.get(r.id);
          const decline = declined.find((d) => d.ref === r.id);
          return (
            <li key={r.id}>
              <span className="catalogue-label">{r.name}</span>{' '}
              {used ? (
                <span className="sector-ref-used">{t('sectorRefs.used', { data: used.join(', ') })}</span>
              ) : decline ? (
                <>
                  <span className="sector-ref-declined">{t('sectorRefs.declined', { reason: decline.reason })}</span>{' '}
                  <button type="button" className="btn btn-small btn-quiet" onClick={() => setDeclined(declined.filter((d) => d.ref !== r.id))} aria-label={t('sectorRefs.undoNamed', { name: r.name })}>
                    {t('sectorRefs.undo')}
                  </button>
                </>
              ) : declining === r.id ? (
                <DeclineForm
                  onSave={(reason) => {
                    setDeclined([...declined, { ref: r.id, reason }]);
                    setDeclining(null);
                  }}
                  onCancel={() => setDeclining(null)}
                />
              ) : (
                <>
                  <span className="sector-ref-open">{t('sectorRefs.open')}</span>{' '}
                  <button type="button" className="btn btn-small" onClick={() => setDeclining(r.id)} aria-label={t('sectorRefs.declineNamed', { name: r.name })}>
                    {t('sectorRefs.decline')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
