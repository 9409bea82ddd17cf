/**
 * The in-app menu model (File, Edit, View, Help): built-in items plus items features registered,
 * with enabled/checked state from the editor. The same entries drive the keyboard shortcuts.
 */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../state/editor';
import { useShell, type Region } from '../shellStore';
import { panelsIn, registeredMenuItems, type MenuId } from '../registry';
import { closeProject, newFromExample, newProject, openProject, save, saveAs, toggleLanguage } from '../actions';
import { openDialog } from '../dialogs';

export interface MenuEntry {
  id: string;
  label: string;
  /** Shown and matched, `Mod+S` form. */
  shortcut?: string;
  /** Also matched (e.g. Ctrl+Y for Redo). */
  altShortcuts?: string[];
  /** Shown only: keys handled by a panel itself (the canvas), never matched by the menu. */
  keysHint?: string;
  disabled?: boolean;
  /** For checkbox/radio entries. */
  kind?: 'checkbox' | 'radio';
  checked?: boolean;
  run?: () => void;
  submenu?: MenuEntry[];
  /** Shown (disabled) when `submenu` is empty. */
  emptyLabel?: string;
  separatorBefore?: boolean;
}

export interface MenuDef {
  id: MenuId;
  label: string;
  items: MenuEntry[];
}

/** Standard shortcuts of the built-in commands. */
export const SHORTCUTS = {
  new: 'Mod+N',
  open: 'Mod+O',
  save: 'Mod+S',
  saveAs: 'Mod+Shift+S',
  close: 'Mod+W',
  undo: 'Mod+Z',
  redo: 'Mod+Shift+Z',
  redoAlt: 'Mod+Y',
} as const;

/**
 * Browsers keep Ctrl+N (new window) and Ctrl+W (close tab) for themselves: a page never sees them.
 * The browser edition offers keys that reach it instead, and shows those.
 */
export const BROWSER_SHORTCUTS = { new: 'Alt+Shift+N', close: 'Alt+Shift+W' } as const;

/** The menus as currently enabled. */
export function useMenus(): MenuDef[] {
  const { t } = useTranslation();
  const hasProject = useEditor((s) => s.project !== null);
  // The label of the step Undo/Redo would take, so the menu says what it will do ("Buat Asal Alih").
  // while the model is read-only (a review), they act on what is edited instead
  const undoKey = useEditor((s) => (s.readOnly ? s.readOnly.undoLabelKey : s.history?.past.at(-1)?.labelKey));
  const redoKey = useEditor((s) => (s.readOnly ? s.readOnly.redoLabelKey : s.history?.future[0]?.labelKey));
  const canUndo = undoKey !== undefined;
  const canRedo = redoKey !== undefined;
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const recent = useShell((s) => s.recent);
  const hidden = useShell((s) => s.hidden);
  const centrePanel = useShell((s) => s.centrePanel);
  const showCentre = useShell((s) => s.showCentre);
  const toggleRegion = useShell((s) => s.toggleRegion);
  const browser = useEditor((s) => s.api?.edition === 'browser');
  const keys = browser ? { ...SHORTCUTS, ...BROWSER_SHORTCUTS } : SHORTCUTS;

  const extra = (menu: MenuId): MenuEntry[] =>
    registeredMenuItems(menu).map((m, i) => ({
      id: m.id,
      label: t(m.labelKey),
      shortcut: m.shortcut,
      keysHint: m.keysHint,
      disabled: (m.needsProject ?? true) && !hasProject,
      run: () => void m.run(),
      separatorBefore: i === 0,
    }));

  const region = (id: Region, labelKey: string): MenuEntry => ({
    id: `view.${id}`,
    label: t(labelKey),
    kind: 'checkbox',
    checked: !hidden[id],
    disabled: !hasProject,
    run: () => toggleRegion(id),
  });

  const fileExtra = extra('file');
  return [
    {
      id: 'file',
      label: t('shell:menu.file'),
      items: [
        { id: 'file.new', label: t('shell:menu.new'), shortcut: keys.new, run: () => void newProject() },
        { id: 'file.newFromExample', label: t('shell:menu.newFromExample'), run: () => void newFromExample() },
        { id: 'file.open', label: t('shell:menu.open'), shortcut: SHORTCUTS.open, run: () => void openProject() },
        {
          id: 'file.openRecent',
          label: t('shell:menu.openRecent'),
          emptyLabel: t('shell:menu.noRecent'),
          submenu: recent.map((r) => ({ id: `recent.${r.ref}`, label: r.displayName, run: () => void openProject(r.ref) })),
        },
        { id: 'file.save', label: t('shell:menu.save'), shortcut: SHORTCUTS.save, disabled: !hasProject, run: () => void save(), separatorBefore: true },
        { id: 'file.saveAs', label: t('shell:menu.saveAs'), shortcut: SHORTCUTS.saveAs, disabled: !hasProject, run: () => void saveAs() },
        ...fileExtra,
        { id: 'file.close', label: t('shell:menu.close'), shortcut: keys.close, disabled: !hasProject, run: () => void closeProject(), separatorBefore: true },
      ],
    },
    {
      id: 'edit',
      label: t('shell:menu.edit'),
      items: [
        { id: 'edit.undo', label: undoKey ? t('shell:menu.undoAction', { action: t(`domain:${undoKey}`) }) : t('shell:menu.undo'), shortcut: SHORTCUTS.undo, disabled: !canUndo, run: undo },
        { id: 'edit.redo', label: redoKey ? t('shell:menu.redoAction', { action: t(`domain:${redoKey}`) }) : t('shell:menu.redo'), shortcut: SHORTCUTS.redo, altShortcuts: [SHORTCUTS.redoAlt], disabled: !canRedo, run: redo },
        ...extra('edit'),
        { id: 'edit.settings', label: t('shell:menu.settings'), run: () => void openDialog({ kind: 'settings' }), separatorBefore: true },
      ],
    },
    {
      id: 'view',
      label: t('shell:menu.view'),
      items: [
        ...panelsIn('centre').map(
          (p): MenuEntry => ({ id: `view.panel.${p.id}`, label: t(p.labelKey), kind: 'radio', checked: centrePanel === p.id, disabled: !hasProject, run: () => showCentre(p.id) }),
        ),
        { ...region('left', 'shell:menu.leftPanel'), separatorBefore: true },
        region('right', 'shell:menu.rightPanel'),
        region('bottom', 'shell:menu.bottomPanel'),
        ...extra('view'),
        { id: 'view.language', label: t('shell:menu.language'), run: () => void toggleLanguage(), separatorBefore: true },
      ],
    },
    {
      id: 'help',
      label: t('shell:menu.help'),
      items: [
        { id: 'help.shortcuts', label: t('shell:menu.shortcuts'), run: () => void openDialog({ kind: 'shortcuts' }) },
        ...extra('help'),
        { id: 'help.about', label: t('shell:menu.about'), run: () => void openDialog({ kind: 'about' }), separatorBefore: true },
      ],
    },
  ];
}

/** Every entry with a shortcut, flattened (for the shortcut handler and the shortcuts dialog). */
export function shortcutEntries(menus: MenuDef[]): MenuEntry[] {
  return menus.flatMap((m) => m.items).filter((e) => e.shortcut);
}
