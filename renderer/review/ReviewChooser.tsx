/** Browser edition › Open Review File: the review files kept in this browser, newest first, or a `.ulasan` file to import. */
import { useTranslation } from 'react-i18next';
import type { ReviewChoice, StoredReviewSummary } from '../backend/browser/review-store';
import { Modal } from '../shell/dialogs/Modal';
import { openCustomDialog } from '../shell/dialogs';
import { formatDateTime } from '../shell/format';

/** Ask which stored review to open, or to import a file; null when cancelled. */
export async function chooseStoredReview(reviews: StoredReviewSummary[]): Promise<ReviewChoice> {
  return (await openCustomDialog<ReviewChoice>((answer) => <ReviewChooser reviews={reviews} answer={answer} />)) ?? null;
}

function ReviewChooser({ reviews, answer }: { reviews: StoredReviewSummary[]; answer(choice: ReviewChoice): void }) {
  const { t, i18n } = useTranslation('review');
  return (
    <Modal
      wide
      title={t('chooser.title')}
      onCancel={() => answer(null)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => answer(null)}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="btn btn-primary" data-autofocus={reviews.length === 0 || undefined} onClick={() => answer({ import: true })}>
            {t('chooser.import')}
          </button>
        </>
      }
    >
      {reviews.length === 0 ? (
        <p>{t('chooser.empty')}</p>
      ) : (
        <ul className="project-list" aria-label={t('chooser.list')}>
          {reviews.map((r, i) => (
            <li key={r.id} className="project-row">
              <button type="button" className="project-open" data-autofocus={i === 0 || undefined} onClick={() => answer({ ref: r.id })}>
                <span className="project-name">{r.name}</span>
                {r.title && <span className="project-title">{r.title}</span>}
                <span className="project-when">{t('chooser.savedAt', { time: formatDateTime(r.savedAt, i18n.language) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
