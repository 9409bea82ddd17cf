import { describe, expect, it } from 'vitest';
import { MENU_ACTIONS, type MenuEvent, type RecentEntry } from '../../shared/ipc/contract';
import { buildMenuTemplate, MAX_RECENT_ITEMS, MENU_LABELS, menuLabel, type MenuContext, type MenuItemTemplate, type MenuLabelKey } from './menu';

function build(overrides: Partial<MenuContext> = {}) {
  const sent: MenuEvent[] = [];
  const template = buildMenuTemplate({ lang: 'ms', recent: [], isDev: false, platform: 'linux', send: (e) => sent.push(e), ...overrides });
  return { template, sent };
}

/** Every item of the template, depth first. */
function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((i) => [i, ...(i.submenu ? flatten(i.submenu) : [])]);
}

function byId(template: MenuItemTemplate[], id: string): MenuItemTemplate {
  const item = flatten(template).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function recent(n: number): RecentEntry[] {
  return Array.from({ length: n }, (_, i) => ({ ref: `/home/u/p${i}.lakar`, displayName: `Projek ${i}`, openedAt: '2026-01-01T00:00:00.000Z' }));
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in Bahasa Melayu by default', () => {
    expect(build().template.map((m) => m.label)).toEqual(['Fail', 'Sunting', 'Paparan', 'Bantuan']);
  });

  it('switches every label to English', () => {
    const { template } = build({ lang: 'en' });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(byId(template, 'file.saveAs').label).toBe('Save As…');
    expect(byId(template, 'file.exportPdf').label).toMatch(/Kertas Cadangan/);
  });

  it('offers every menu action of the contract, each sending that action when clicked', () => {
    const { template, sent } = build({ lang: 'en' });
    for (const action of MENU_ACTIONS) {
      if (action === 'settings.toggleLanguage') continue; // a radio pair, tested below
      byId(template, action).click!();
      expect(sent.at(-1), action).toEqual({ action });
    }
  });

  it('lists recent projects, each opening its file, and caps the list', () => {
    const { template, sent } = build({ recent: recent(MAX_RECENT_ITEMS + 3) });
    const items = byId(template, 'file.openRecent').submenu!;
    expect(items).toHaveLength(MAX_RECENT_ITEMS);
    expect(items[1].label).toBe('Projek 1');
    items[1].click!();
    expect(sent).toEqual([{ action: 'file.open', ref: '/home/u/p1.lakar' }]);
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const items = byId(build().template, 'file.openRecent').submenu!;
    expect(items).toEqual([expect.objectContaining({ label: 'Tiada projek terkini', enabled: false })]);
  });

  it('groups imports and exports in submenus of File', () => {
    const { template } = build();
    expect(byId(template, 'file.import').submenu!.map((i) => i.id)).toEqual(['file.importJson', 'file.importOef', 'file.importCsv']);
    expect(byId(template, 'file.export').submenu!.filter((i) => i.id).map((i) => i.id)).toEqual([
      'file.exportJson',
      'file.exportOef',
      'file.exportCsv',
      'file.exportPdf',
      'file.exportIdd',
    ]);
  });

  it('shows shortcuts without registering them, since the page handles the keys', () => {
    const { template } = build();
    expect(byId(template, 'file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byId(template, 'edit.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(byId(template, 'view.print')).toMatchObject({ label: 'Cetak Paparan…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false });
    const registered = flatten(template).filter((i) => i.accelerator && i.registerAccelerator !== false);
    expect(registered).toEqual([]);
  });

  it('uses clipboard roles so cut, copy and paste work in text fields', () => {
    const roles = flatten(build().template).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'about']));
  });

  it('marks the current language and toggles only when the other one is chosen', () => {
    const { template, sent } = build({ lang: 'ms' });
    const ms = byId(template, 'settings.language.ms');
    const en = byId(template, 'settings.language.en');
    expect([ms.checked, en.checked]).toEqual([true, false]);
    expect([ms.label, en.label]).toEqual(['Bahasa Melayu', 'English']);
    ms.click!();
    expect(sent).toEqual([]);
    en.click!();
    expect(sent).toEqual([{ action: 'settings.toggleLanguage' }]);
  });

  it('has developer tools and reload only in development', () => {
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('puts About and Quit in the app menu on macOS, with a Window menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Lakar', 'Fail', 'Sunting', 'Paparan', 'Tetingkap', 'Bantuan']);
    expect(template[0].submenu!.map((i) => i.role)).toContain('quit');
    expect(template[1].submenu!.map((i) => i.role)).not.toContain('quit');
  });
});

describe('MENU_LABELS', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.ms).sort());
    for (const lang of ['ms', 'en'] as const) {
      for (const key of Object.keys(MENU_LABELS.ms) as MenuLabelKey[]) expect(menuLabel(lang, key).trim(), `${lang}.${key}`).not.toBe('');
    }
  });
});
