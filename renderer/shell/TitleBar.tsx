/** The top bar: app name, menu bar, the open project's name with its unsaved marker, language switch. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { MenuBar } from './menu/MenuBar';
import type { MenuDef } from './menu/useMenus';
import { LanguageSwitch } from './LanguageSwitch';

/** Header of the window. */
export function TitleBar({ menus }: { menus: MenuDef[] }) {
  const { t } = useTranslation();
  const project = useEditor((s) => s.project);
  const title = useEditor((s) => s.history?.doc.meta.title);
  const dirty = useEditor((s) => s.dirty);
  const name = project ? project.displayName || title || t('common:untitled') : null;
  return (
    <header className="titlebar">
      <span className="brand" aria-hidden="true">
        {t('common:appName')}
      </span>
      <MenuBar menus={menus} />
      {name ? (
        <h1 className="project-name-display" data-testid="project-name">
          {name}
          {dirty && (
            <span className="unsaved-dot" title={t('shell:status.unsaved')}>
              <span className="visually-hidden">{t('shell:status.unsaved')}</span>
            </span>
          )}
        </h1>
      ) : (
        <span className="project-name-display" />
      )}
      <LanguageSwitch />
    </header>
  );
}
