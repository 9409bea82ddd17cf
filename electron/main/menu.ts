/**
 * The native application menu as a plain template (the shape `Menu.buildFromTemplate` takes),
 * labelled in Bahasa Melayu or English. Items that act on the project send a `MenuEvent` to the
 * focused window, which runs the same command as its in-app menu; clipboard, quit, about and the
 * developer tools use Electron roles.
 *
 * Accelerators are shown but not registered with the OS (`registerAccelerator: false`): the page
 * already handles its shortcuts (renderer/shell/menu), and registering them twice would run
 * Save or Undo twice per key press.
 */
import type { MenuAction, MenuEvent, RecentEntry, Settings } from '../../shared/ipc/contract';

/** Electron menu roles this menu uses (a subset of Electron's list). */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'about' | 'help' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'windowMenu' | 'togglefullscreen' | 'reload' | 'toggleDevTools';

/** The subset of Electron's `MenuItemConstructorOptions` this menu uses. */
export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export type MenuLanguage = Settings['language'];

/** Menu labels, Bahasa Melayu first. */
export const MENU_LABELS = {
  ms: {
    file: 'Fail',
    new: 'Projek Baharu',
    newFromExample: 'Baharu daripada Contoh',
    open: 'Buka…',
    openRecent: 'Buka Terkini',
    openPortfolio: 'Buka Portfolio…',
    noRecent: 'Tiada projek terkini',
    save: 'Simpan',
    saveAs: 'Simpan Sebagai…',
    import: 'Import',
    export: 'Eksport',
    lakarJson: 'Lakar JSON (.lakar.json)…',
    oef: 'ArchiMate Open Exchange (.xml)…',
    archiCsv: 'CSV Archi (.csv, .zip)…',
    proposalPdf: 'Kertas Cadangan (PDF)…',
    review: 'Semak Kertas Cadangan (Ulasan)…',
    idd: 'Dokumen Penerangan Antara Muka MyGDX (IDD)…',
    close: 'Tutup Projek',
    compare: 'Bandingkan dengan…',
    merge: 'Gabung daripada…',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Buat Asal',
    redo: 'Buat Semula',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tampal',
    selectAll: 'Pilih Semua',
    view: 'Paparan',
    zoomToFit: 'Zum Muat Lakaran',
    autoLayout: 'Susun Atur Automatik',
    exportView: 'Eksport Paparan',
    svg: 'SVG…',
    png: 'PNG…',
    pdf: 'PDF…',
    print: 'Cetak Paparan…',
    language: 'Bahasa',
    reload: 'Muat Semula',
    devTools: 'Alat Pembangun',
    fullScreen: 'Skrin Penuh',
    window: 'Tetingkap',
    help: 'Bantuan',
    about: 'Perihal Lakar',
  },
  en: {
    file: 'File',
    new: 'New Project',
    newFromExample: 'New from Example',
    open: 'Open…',
    openRecent: 'Open Recent',
    openPortfolio: 'Open Portfolio…',
    noRecent: 'No recent projects',
    save: 'Save',
    saveAs: 'Save As…',
    import: 'Import',
    export: 'Export',
    lakarJson: 'Lakar JSON (.lakar.json)…',
    oef: 'ArchiMate Open Exchange (.xml)…',
    archiCsv: 'Archi CSV (.csv, .zip)…',
    proposalPdf: 'Proposal Paper (Kertas Cadangan, PDF)…',
    review: 'Review a Proposal (Ulasan)…',
    idd: 'MyGDX Interface Description Document (IDD)…',
    close: 'Close Project',
    compare: 'Compare with…',
    merge: 'Merge from…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    zoomToFit: 'Zoom to Fit',
    autoLayout: 'Auto-layout',
    exportView: 'Export View',
    svg: 'SVG…',
    png: 'PNG…',
    pdf: 'PDF…',
    print: 'Print View…',
    language: 'Language',
    reload: 'Reload',
    devTools: 'Developer Tools',
    fullScreen: 'Full Screen',
    window: 'Window',
    help: 'Help',
    about: 'About Lakar',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

export type MenuLabelKey = keyof (typeof MENU_LABELS)['ms'];

/** The label of `key` in `lang` (exported for tests and the dialogs' titles). */
export function menuLabel(lang: MenuLanguage, key: MenuLabelKey): string {
  return MENU_LABELS[lang][key];
}

/** Language names are always written in their own language. */
const LANGUAGE_NAMES: Record<MenuLanguage, string> = { ms: 'Bahasa Melayu', en: 'English' };

/** Everything the template depends on. */
export interface MenuContext {
  lang: MenuLanguage;
  recent: readonly RecentEntry[];
  /** Unpackaged run (`npm start`): adds Reload and the developer tools. */
  isDev: boolean;
  platform: string;
  /** Deliver a menu event to the focused window. */
  send(event: MenuEvent): void;
}

/** How many recent projects the submenu lists. */
export const MAX_RECENT_ITEMS = 10;

/** Build the application menu template. */
export function buildMenuTemplate(ctx: MenuContext): MenuItemTemplate[] {
  const L = MENU_LABELS[ctx.lang];
  const mac = ctx.platform === 'darwin';
  const action = (id: MenuAction, label: string, accelerator?: string): MenuItemTemplate => ({
    id,
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => ctx.send({ action: id }),
  });
  const separator: MenuItemTemplate = { type: 'separator' };

  const recent = ctx.recent.slice(0, MAX_RECENT_ITEMS);
  const recentItems: MenuItemTemplate[] = recent.length
    ? recent.map((r, i) => ({ id: `file.openRecent.${i}`, label: r.displayName, click: () => ctx.send({ action: 'file.open', ref: r.ref }) }))
    : [{ id: 'file.openRecent.none', label: L.noRecent, enabled: false }];

  const file: MenuItemTemplate = {
    label: L.file,
    submenu: [
      action('file.new', L.new, 'CmdOrCtrl+N'),
      action('file.newFromExample', L.newFromExample),
      action('file.open', L.open, 'CmdOrCtrl+O'),
      { id: 'file.openRecent', label: L.openRecent, submenu: recentItems },
      action('file.openPortfolio', L.openPortfolio),
      separator,
      action('file.save', L.save, 'CmdOrCtrl+S'),
      action('file.saveAs', L.saveAs, 'CmdOrCtrl+Shift+S'),
      separator,
      {
        id: 'file.import',
        label: L.import,
        submenu: [action('file.importJson', L.lakarJson), action('file.importOef', L.oef), action('file.importCsv', L.archiCsv)],
      },
      {
        id: 'file.export',
        label: L.export,
        submenu: [
          action('file.exportJson', L.lakarJson),
          action('file.exportOef', L.oef),
          action('file.exportCsv', L.archiCsv),
          separator,
          action('file.exportPdf', L.proposalPdf),
          action('file.exportIdd', L.idd),
        ],
      },
      action('file.review', L.review),
      separator,
      action('file.compare', L.compare),
      action('file.merge', L.merge),
      separator,
      action('file.close', L.close, 'CmdOrCtrl+W'),
      // on macOS Quit lives in the app menu
      ...(mac ? [] : [separator, { role: 'quit', label: L.quit } satisfies MenuItemTemplate]),
    ],
  };

  const edit: MenuItemTemplate = {
    label: L.edit,
    submenu: [
      action('edit.undo', L.undo, 'CmdOrCtrl+Z'),
      action('edit.redo', L.redo, 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut', label: L.cut },
      { role: 'copy', label: L.copy },
      { role: 'paste', label: L.paste },
      { role: 'selectAll', label: L.selectAll },
    ],
  };

  const languageItems: MenuItemTemplate[] = (['ms', 'en'] as const).map((lang) => ({
    id: `settings.language.${lang}`,
    label: LANGUAGE_NAMES[lang],
    type: 'radio',
    checked: ctx.lang === lang,
    // the event toggles; choosing the language already in use does nothing
    click: () => {
      if (lang !== ctx.lang) ctx.send({ action: 'settings.toggleLanguage' });
    },
  }));

  const view: MenuItemTemplate = {
    label: L.view,
    submenu: [
      action('view.zoomToFit', L.zoomToFit),
      action('view.autoLayout', L.autoLayout),
      separator,
      { id: 'view.export', label: L.exportView, submenu: [action('view.exportSvg', L.svg), action('view.exportPng', L.png), action('view.exportPdf', L.pdf)] },
      action('view.print', L.print, 'CmdOrCtrl+P'),
      separator,
      { id: 'settings.language', label: L.language, submenu: languageItems },
      separator,
      { role: 'togglefullscreen', label: L.fullScreen },
      ...(ctx.isDev ? [separator, { role: 'reload', label: L.reload } satisfies MenuItemTemplate, { role: 'toggleDevTools', label: L.devTools } satisfies MenuItemTemplate] : []),
    ],
  };

  const help: MenuItemTemplate = { role: 'help', label: L.help, submenu: [{ role: 'about', label: L.about }] };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemTemplate = {
    label: 'Lakar',
    submenu: [
      { role: 'about', label: L.about },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: L.quit },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu', label: L.window }, help];
}
