/**
 * The review feature's dialogs, in the shell's dialog stack: how to start (a new review or an
 * existing review file), and who the reviewer is (name, position, reviewing body of Jadual 4-1).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEWING_BODIES, REVIEW_LABELS, type ReviewingBody } from '../../shared/review';
import { Modal } from '../shell/dialogs/Modal';
import { openCustomDialog } from '../shell/dialogs';
import { useLang } from './useLang';

/** Ask whether to start a new review of `project` or open an existing review file. */
export function askHowToStart(project: string): Promise<'new' | 'open' | undefined> {
  return openCustomDialog<'new' | 'open' | undefined>((answer) => <StartDialog project={project} answer={answer} />);
}

function StartDialog({ project, answer }: { project: string; answer(v: 'new' | 'open' | undefined): void }) {
  const { t } = useTranslation('review');
  return (
    <Modal
      title={t('start.title')}
      onCancel={() => answer(undefined)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => answer(undefined)}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="btn" onClick={() => answer('open')}>
            {t('start.open')}
          </button>
          <button type="button" className="btn btn-primary" data-autofocus onClick={() => answer('new')}>
            {t('start.new')}
          </button>
        </>
      }
    >
      <p>{t('start.intro', { project })}</p>
      <p className="muted">{t('start.readOnly')}</p>
    </Modal>
  );
}

export interface ReviewerDetails {
  name: string;
  body: ReviewingBody;
  position?: string;
}

/** Ask who reviews; undefined when cancelled. */
export function askReviewer(initial?: Partial<ReviewerDetails>): Promise<ReviewerDetails | undefined> {
  return openCustomDialog<ReviewerDetails | undefined>((answer) => <ReviewerDialog initial={initial} answer={answer} />);
}

function ReviewerDialog({ initial, answer }: { initial?: Partial<ReviewerDetails>; answer(v: ReviewerDetails | undefined): void }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const [name, setName] = useState(initial?.name ?? '');
  const [position, setPosition] = useState(initial?.position ?? '');
  const [body, setBody] = useState<ReviewingBody>(initial?.body ?? 'bppd');
  const [error, setError] = useState(false);
  const formId = useId();
  const nameId = useId();
  const positionId = useId();
  const bodyId = useId();
  const errorId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(true);
    answer({ name: name.trim(), body, position: position.trim() || undefined });
  };

  return (
    <Modal
      title={t('reviewer.title')}
      onCancel={() => answer(undefined)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => answer(undefined)}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary">
            {t('reviewer.start')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="review-form">
        <div className="field">
          <label htmlFor={nameId}>{t('reviewer.name')}</label>
          <input
            id={nameId}
            data-autofocus
            value={name}
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(false);
            }}
          />
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {t('reviewer.nameRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={positionId}>{t('reviewer.position')}</label>
          <input id={positionId} value={position} onChange={(e) => setPosition(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={bodyId}>{t('reviewer.body')}</label>
          <select id={bodyId} value={body} onChange={(e) => setBody(e.target.value as ReviewingBody)}>
            {REVIEWING_BODIES.map((b) => (
              <option key={b} value={b}>
                {REVIEW_LABELS[lang].body[b]}
              </option>
            ))}
          </select>
        </div>
      </form>
    </Modal>
  );
}
