/**
 * The application frame: title bar with menus, the workspace (or the welcome screen when no project
 * is open), status bar, alerts and dialogs. Panels and menu items come from renderer/shell/registry.
 */
import { useEditor } from './state/editor';
import { TitleBar } from './shell/TitleBar';
import { Workspace } from './shell/Workspace';
import { Welcome } from './shell/Welcome';
import { StatusBar } from './shell/StatusBar';
import { Toasts } from './shell/Toasts';
import { DialogHost } from './shell/dialogs/DialogHost';
import { RecoveryPrompt } from './shell/RecoveryPrompt';
import { useMenus } from './shell/menu/useMenus';
import { useShortcuts } from './shell/menu/useShortcuts';
import { useAutosave, useCloseGuards, useMenuEvents, useWindowTitle } from './shell/useShellEffects';
import { SkipLinks } from './shell/SkipLinks';
import { useFocusCycle } from './shell/focusCycle';

/** Root component. */
export function App() {
  const hasProject = useEditor((s) => s.project !== null);
  const menus = useMenus();
  useShortcuts(menus);
  useWindowTitle();
  useAutosave();
  useCloseGuards();
  useMenuEvents();
  useFocusCycle();
  return (
    <div className="app">
      <SkipLinks />
      <TitleBar menus={menus} />
      {hasProject ? <Workspace /> : <Welcome />}
      <StatusBar />
      <Toasts />
      <RecoveryPrompt />
      <DialogHost />
    </div>
  );
}
