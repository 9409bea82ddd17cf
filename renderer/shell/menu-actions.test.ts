import { describe, expect, it } from 'vitest';
import { MENU_ACTIONS } from '../../shared/ipc/contract';
import { SHELL_MENU_ACTIONS } from './actions';
import { menuItemForAction } from './registry';

// The features' menu items, as renderer/main.tsx loads them.
import.meta.glob('../*/register.{ts,tsx}', { eager: true });

describe('native menu actions', () => {
  it('answers every action the desktop menu can send, in the shell or by a feature', () => {
    const unanswered = MENU_ACTIONS.filter((action) => !SHELL_MENU_ACTIONS[action] && !menuItemForAction(action));
    expect(unanswered).toEqual([]);
  });

  it('opens the print dialog for View › Print (Ctrl+P)', () => {
    expect(menuItemForAction('view.print')).toMatchObject({ id: 'export.print', shortcut: 'Mod+P' });
  });
});
