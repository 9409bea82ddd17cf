/**
 * Renderer entry: pick the backend, load settings and translations, reopen the project this tab had
 * open before a reload (browser edition), register panels, then render the app.
 */
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SETTINGS } from '../shared/ipc/contract';
import { App } from './App';
import { initI18n } from './i18n';
import { createBackend, isBrowserApi } from './backend';
import { useEditor } from './state/editor';
import { useShell } from './shell/shellStore';
import { browserUi } from './shell/browserUi';
import { registerBuiltinPanels } from './shell/builtinPanels';
import { showProject } from './shell/actions';

registerBuiltinPanels();
// features plug in panels and menu items from renderer/<feature>/register.ts(x)
import.meta.glob('./*/register.{ts,tsx}', { eager: true });

async function start() {
  const api = createBackend(browserUi);
  const settings = await api['settings:get']({}).catch(() => DEFAULT_SETTINGS);
  await initI18n(settings.language);
  useEditor.getState().setApi(api);
  useShell.getState().setSettings(settings);
  if (isBrowserApi(api)) {
    const reopened = await api.reopenAfterReload();
    if (reopened) showProject(reopened);
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
