/** The small question dialogs: unsaved changes, confirm, about and keyboard shortcuts. */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useEditor } from '../../state/editor';
import { formatShortcut } from '../menu/shortcuts';
import { useMenus } from '../menu/useMenus';
import { registeredShortcutGroups } from '../registry';

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

/** A yes/no question; `cancelKey` names the "no" button when it does more than cancel (e.g. close without a copy). */
export function ConfirmDialog(props: { messageKey: string; params?: Record<string, string>; confirmKey: string; cancelKey?: string; danger?: boolean; onAnswer(yes: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      role="alertdialog"
      title={t(props.messageKey, props.params)}
      onCancel={() => props.onAnswer(false)}
      actions={
        <>
          <button type="button" className="btn" data-autofocus onClick={() => props.onAnswer(false)}>
            {t(props.cancelKey ?? 'common:action.cancel')}
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

/** Key names written in the user's language (Klik, Seret, Roda…); other keys as the platform spells them. */
function KeyCombo({ keys }: { keys: string }) {
  const { t } = useTranslation();
  const text = formatShortcut(keys)
    .split('+')
    .map((part) => (/^(Click|Drag|Wheel)$/.test(part) ? t(`shell:shortcuts.key.${part}`) : part))
    .join('+');
  return <kbd>{text}</kbd>;
}

/**
 * Help › Keyboard shortcuts (also the canvas toolbar's "Pintasan"): every menu entry with keys, then
 * the keys panels handle themselves (the canvas's), from the same registry the menus use.
 */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const menus = useMenus();
  const entries = menus.flatMap((m) => m.items).filter((e) => e.shortcut || e.keysHint);
  const groups = registeredShortcutGroups();
  const edition = useEditor((s) => s.api?.edition);
  return (
    <Modal
      wide
      title={t('shell:shortcuts.title')}
      onCancel={onClose}
      actions={
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
          {t('common:action.close')}
        </button>
      }
    >
      <div className="shortcut-columns">
        <table className="shortcut-table">
          <caption>{t('shell:shortcuts.menus')}</caption>
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
                  {[(e.shortcut ?? e.keysHint)!, ...(e.altShortcuts ?? [])].map((s) => (
                    <KeyCombo key={s} keys={s} />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {groups.map((g) => (
          <table key={g.id} className="shortcut-table">
            <caption>{t(g.labelKey)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shell:shortcuts.action')}</th>
                <th scope="col">{t('shell:shortcuts.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((item) => (
                <tr key={item.keys}>
                  <td>{t(item.labelKey)}</td>
                  <td>
                    <KeyCombo keys={item.keys} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {edition === 'browser' && <p className="muted">{t('shell:shortcuts.browserNote')}</p>}
    </Modal>
  );
}
