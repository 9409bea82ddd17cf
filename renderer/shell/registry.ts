/**
 * Extension points of the shell, so features plug in without editing App.tsx:
 *  - `registerPanel` adds a panel to a region (left, centre tab, right, bottom);
 *  - `registerMenuItem` adds an item to the File/Edit/View/Help menu, optionally answering a native
 *    menu action of the desktop edition (`file.exportPdf`…).
 * A feature calls these from `renderer/<feature>/register.ts(x)`; main.tsx imports every such file
 * at startup.
 */
import type { ComponentType } from 'react';
import type { MenuAction } from '../../shared/ipc/contract';

export type PanelRegion = 'left' | 'centre' | 'right' | 'bottom';
export type MenuId = 'file' | 'edit' | 'view' | 'help';

export interface PanelSpec {
  id: string;
  region: PanelRegion;
  /** i18n key with namespace, e.g. `checker:panel.title`; used as tab label / region name. */
  labelKey: string;
  component: ComponentType;
  /** Lower comes first; built-in panels use multiples of 10. */
  order?: number;
}

export interface MenuItemSpec {
  id: string;
  menu: MenuId;
  /** i18n key with namespace, e.g. `export:menu.pdf`. */
  labelKey: string;
  run(): void | Promise<void>;
  /** Shortcut in `Mod+Shift+K` form (Mod = Ctrl, ⌘ on macOS). */
  shortcut?: string;
  /** Keys shown beside the item but handled elsewhere (the canvas's own keys, which must not fire while typing). */
  keysHint?: string;
  /** Desktop native-menu action this item also answers. */
  action?: MenuAction;
  /** Disabled while no project is open (default true). */
  needsProject?: boolean;
  order?: number;
}

/** Keys a panel handles itself (the canvas's), listed in Help › Keyboard shortcuts beside the menus'. */
export interface ShortcutGroupSpec {
  id: string;
  /** i18n key with namespace of the group's heading. */
  labelKey: string;
  /** `keys` in `Mod+Shift+K` form; `labelKey` with namespace. */
  items: readonly { keys: string; labelKey: string }[];
  order?: number;
}

const panels = new Map<string, PanelSpec>();
const menuItems = new Map<string, MenuItemSpec>();
const shortcutGroups = new Map<string, ShortcutGroupSpec>();

function byOrder<T extends { order?: number }>(a: T, b: T): number {
  return (a.order ?? 100) - (b.order ?? 100);
}

/** Add (or replace, by id) a panel. */
export function registerPanel(spec: PanelSpec): void {
  panels.set(spec.id, spec);
}

/** Add (or replace, by id) a menu item. */
export function registerMenuItem(spec: MenuItemSpec): void {
  menuItems.set(spec.id, spec);
}

/** Panels of a region in display order. */
export function panelsIn(region: PanelRegion): PanelSpec[] {
  return [...panels.values()].filter((p) => p.region === region).sort(byOrder);
}

/** Extra items of a menu in display order. */
export function registeredMenuItems(menu: MenuId): MenuItemSpec[] {
  return [...menuItems.values()].filter((m) => m.menu === menu).sort(byOrder);
}

/** Add (or replace, by id) a group of keyboard shortcuts for the shortcuts list. */
export function registerShortcutGroup(spec: ShortcutGroupSpec): void {
  shortcutGroups.set(spec.id, spec);
}

/** Registered shortcut groups in display order. */
export function registeredShortcutGroups(): ShortcutGroupSpec[] {
  return [...shortcutGroups.values()].sort(byOrder);
}

/** The registered item answering native-menu `action`, if any. */
export function menuItemForAction(action: MenuAction): MenuItemSpec | undefined {
  return [...menuItems.values()].find((m) => m.action === action);
}

const guards = new Set<() => Promise<boolean>>();

/**
 * Ask `guard` before the open project is replaced, closed or the window closes (a feature with its
 * own unsaved work, e.g. a review file, asks to save it); it answers false to stay. Returns the unregister function.
 */
export function registerLeaveGuard(guard: () => Promise<boolean>): () => void {
  guards.add(guard);
  return () => void guards.delete(guard);
}

/** The registered leave guards, in registration order. */
export function leaveGuards(): (() => Promise<boolean>)[] {
  return [...guards];
}
