/** Global keyboard shortcuts of the menu entries (suspended while a modal dialog is open). */
import { useEffect, useRef } from 'react';
import { useEditor } from '../../state/editor';
import { isDialogOpen } from '../dialogs';
import { matchesShortcut } from './shortcuts';
import { shortcutEntries, type MenuDef } from './useMenus';

/** Listen for the shortcuts of `menus` on the window. */
export function useShortcuts(menus: MenuDef[]): void {
  const latest = useRef(menus);
  useEffect(() => {
    latest.current = menus;
  }, [menus]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isDialogOpen() || useEditor.getState().recovery) return;
      for (const entry of shortcutEntries(latest.current)) {
        for (const combo of [entry.shortcut!, ...(entry.altShortcuts ?? [])]) {
          if (!matchesShortcut(e, combo)) continue;
          e.preventDefault();
          if (!entry.disabled) entry.run?.();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
