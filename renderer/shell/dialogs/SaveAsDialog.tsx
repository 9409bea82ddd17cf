/** Browser edition › Save As: the name the project is kept under in this browser. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useEditor } from '../../state/editor';
import { isBrowserApi, SAVE_TO_FILE_CHOICE } from '../../backend/browser/browser-api';

const MAX_NAME = 200;

/** Ask for a project name; answers null when cancelled. */
export function SaveAsDialog({ suggested, onAnswer }: { suggested: string; onAnswer(name: string | null): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(suggested);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const formId = useId();
  // where the browser can write real files, a .lakar file is offered first (the browser's storage stays an option)
  const realFiles = useEditor((s) => (s.api && isBrowserApi(s.api) ? s.api.storage.realFiles : false));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t('shell:saveAs.required'));
    if (trimmed.length > MAX_NAME) return setError(t('shell:saveAs.tooLong', { max: MAX_NAME }));
    onAnswer(trimmed);
  };

  return (
    <Modal
      title={t('shell:saveAs.title')}
      onCancel={() => onAnswer(null)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => onAnswer(null)}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" form={formId} className={realFiles ? 'btn' : 'btn btn-primary'}>
            {t('common:action.save')}
          </button>
          {realFiles && (
            <button type="button" className="btn btn-primary" onClick={() => onAnswer(SAVE_TO_FILE_CHOICE)}>
              {t('storage:saveAs.file')}
            </button>
          )}
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="field">
        <label htmlFor={inputId}>{t('shell:saveAs.name')}</label>
        <input
          id={inputId}
          data-autofocus
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          onFocus={(e) => e.target.select()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        />
        <p id={hintId} className="field-hint">
          {t('shell:saveAs.hint')}
        </p>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Modal>
  );
}
