/** Browser edition › Open: the projects kept in this browser, newest first, with Delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useEditor } from '../../state/editor';
import { isBrowserApi, type StoredProjectSummary } from '../../backend/browser/browser-api';
import { describeError } from '../../backend/errors';
import { openDialog } from '../dialogs';
import { formatDateTime } from '../format';

/** Pick a stored project; answers its ref, or null when cancelled. */
export function OpenProjectDialog({ projects, onAnswer }: { projects: StoredProjectSummary[]; onAnswer(ref: string | null): void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState(projects);
  const api = useEditor((s) => s.api);
  const setError = useEditor((s) => s.setError);

  const remove = async (p: StoredProjectSummary) => {
    if (!api || !isBrowserApi(api)) return;
    const name = p.displayName || p.title || t('common:untitled');
    const yes = await openDialog({ kind: 'confirm', messageKey: 'shell:openDialog.confirmDelete', params: { name }, confirmKey: 'common:action.delete', danger: true });
    if (!yes) return;
    try {
      await api.deleteProject(p.ref);
      setList(await api.listProjects());
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Modal
      wide
      title={t('shell:openDialog.title')}
      onCancel={() => onAnswer(null)}
      actions={
        <button type="button" className="btn" onClick={() => onAnswer(null)}>
          {t('common:action.cancel')}
        </button>
      }
    >
      {list.length === 0 ? (
        <p>{t('shell:openDialog.empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('shell:openDialog.list')}>
          {list.map((p, i) => {
            const name = p.displayName || p.title || t('common:untitled');
            const when = formatDateTime(p.savedAt, i18n.language);
            return (
              <li key={p.ref} className="project-row">
                {/* named by what it shows (name, title, when saved), inside the "Buka projek" list: an
                    aria-label "Buka …" would not contain the visible text (axe: label-content-name-mismatch) */}
                <button type="button" className="project-open" data-autofocus={(i === 0) || undefined} onClick={() => onAnswer(p.ref)}>
                  <span className="project-name">{name}</span>
                  {p.title && p.title !== name && <span className="project-title">{p.title}</span>}
                  <span className={p.draft ? 'project-when draft' : 'project-when'}>
                    {p.draft ? t('shell:openDialog.draft', { time: when }) : t('shell:openDialog.savedAt', { time: when })}
                  </span>
                </button>
                <button type="button" className="btn btn-quiet" aria-label={t('shell:openDialog.deleteProject', { name })} onClick={() => void remove(p)}>
                  {t('common:action.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Modal>
  );
}
