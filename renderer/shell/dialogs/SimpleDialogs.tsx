/** The small question dialogs: unsaved changes, confirm, about and keyboard shortcuts. */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useEditor } from '../../state/editor';
import { formatShortcut } from '../menu/shortcuts';
import { shortcutEntries, useMenus } from '../menu/useMenus';

/** Save / Don't save / Cancel before unsaved changes would be lost. */
export function UnsavedDialog({ name, onAnswer }: { name: string; onAnswer(answer: 'save' | 'discard' | 'cancel'): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      role="alertdialog"
      title={t('shell:unsaved.title', { name: name || t('common:untitled') })}
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button type="button" className="btn" onClick={() => onAnswer('cancel')}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="btn" onClick={() => onAnswer('discard')}>
            {t('shell:unsaved.discard')}
          </button>
          <button type="button" className="btn btn-primary" data-autofocus onClick={() => onAnswer('save')}>
            {t('shell:unsaved.save')}
          </button>
        </>
      }
    >
      <p>{t('shell:unsaved.body')}</p>
    </Modal>
  );
}

/** A yes/no question. */
export function ConfirmDialog(props: { messageKey: string; params?: Record<string, string>; confirmKey: string; danger?: boolean; onAnswer(yes: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      role="alertdialog"
      title={t(props.messageKey, props.params)}
      onCancel={() => props.onAnswer(false)}
      actions={
        <>
          <button type="button" className="btn" data-autofocus onClick={() => props.onAnswer(false)}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className={props.danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={() => props.onAnswer(true)}>
            {t(props.confirmKey)}
          </button>
        </>
      }
    />
  );
}

/** Help › About. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const edition = useEditor((s) => s.api?.edition ?? 'browser');
  return (
    <Modal
      title={t('shell:about.title')}
      onCancel={onClose}
      actions={
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
          {t('common:action.close')}
        </button>
      }
    >
      <p>{t('shell:about.body')}</p>
      <p className="muted">
        {t('shell:about.edition', { edition: t(`common:edition.${edition}`) })}
        {typeof __APP_VERSION__ === 'string' ? ` · v${__APP_VERSION__}` : ''}
      </p>
    </Modal>
  );
}

/** Help › Keyboard shortcuts: every menu entry that has one. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const entries = shortcutEntries(useMenus());
  const edition = useEditor((s) => s.api?.edition);
  return (
    <Modal
      title={t('shell:shortcuts.title')}
      onCancel={onClose}
      actions={
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
          {t('common:action.close')}
        </button>
      }
    >
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shell:shortcuts.action')}</th>
            <th scope="col">{t('shell:shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.label}</td>
              <td>
                {[e.shortcut!, ...(e.altShortcuts ?? [])].map((s) => (
                  <kbd key={s}>{formatShortcut(s)}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {edition === 'browser' && <p className="muted">{t('shell:shortcuts.browserNote')}</p>}
    </Modal>
  );
}
