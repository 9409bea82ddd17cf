/**
 * The canvas's right-click menu (also the context-menu key and Shift+F10): on a node rename,
 * connect to…, copy, duplicate, back into its band, hide from the view, delete from the model and
 * properties; on a line its properties and delete; on the empty canvas paste, add an element of the
 * band under the pointer, select all, auto-layout and zoom. Same keyboard model as the menu bar.
 * On a model opened read-only (reviewer mode) only what does not change it is offered: copy, select,
 * zoom and properties.
 */
import './interact.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { label, type Lang } from '../../../shared/i18n';
import { useEditor } from '../../state/editor';
import { MenuPopup } from '../../shell/menu/MenuPopup';
import type { MenuEntry } from '../../shell/menu/useMenus';
import { elementFromTemplate, PALETTE_TEMPLATES, templateLabel } from '../../palette/templates';
import { addElement, autoLayout, copySelection, duplicateSelection, pasteClip, selectAll, zoomToFit } from '../actions';
import { useCanvas } from '../canvasStore';
import { bringSelectionToBand, deleteSelectedRelations, deleteSelectionFromModel, hideSelectionFromView, renameSelected, showProperties, viewsShowing } from './editActions';
import { useInteract, type MenuTarget } from './interactStore';
import { bandAt } from './navigate';
import { zoomTo100, zoomToSelection } from './viewport';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/model';

const MENU_ID = 'canvas-context-menu';

/** Entries that change the model, left out when it is read-only (reviewer mode). */
const EDITS = new Set(['ctx.paste', 'ctx.add', 'ctx.layout', 'ctx.deleteRelation', 'ctx.rename', 'ctx.connect', 'ctx.duplicate', 'ctx.toBand', 'ctx.hide', 'ctx.delete']);

/** Entries of the context menu for `target`; without the edits on a read-only model. */
export function contextMenuEntries(target: MenuTarget, t: TFunction, lang: Lang): MenuEntry[] {
  const entries = menuEntries(target, t, lang);
  if (useEditor.getState().readOnly === null) return entries;
  // a separator belongs to the first entry left after an edit that carried it
  const kept: MenuEntry[] = [];
  let separate = false;
  for (const e of entries) {
    if (EDITS.has(e.id)) {
      separate ||= !!e.separatorBefore;
      continue;
    }
    kept.push(kept.length && (separate || e.separatorBefore) ? { ...e, separatorBefore: true } : { ...e, separatorBefore: false });
    separate = false;
  }
  return kept;
}

function menuEntries(target: MenuTarget, t: TFunction, lang: Lang): MenuEntry[] {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  const viewId = s.activeViewId;
  const view = doc && viewId ? doc.views[viewId] : undefined;
  if (!doc || !view) return [];
  const entry = (id: string, key: string, run: () => unknown, extra: Partial<MenuEntry> = {}): MenuEntry => ({ id, label: t(key), run: () => void run(), ...extra });

  if (target.kind === 'pane') {
    const band = bandAt(view, target.y);
    const templates = PALETTE_TEMPLATES.filter((p) => p.band === band);
    const at = { x: target.x - NODE_WIDTH / 2, y: target.y - NODE_HEIGHT / 2 };
    return [
      entry('ctx.paste', 'interact:menu.paste', pasteClip, { shortcut: 'Mod+V', disabled: !useCanvas.getState().clip }),
      {
        id: 'ctx.add',
        label: t('interact:menu.addInBand', { band: label(lang, 'band', band) }),
        submenu: templates.map((p) => entry(`ctx.add.${p.key}`, '', () => addElement(elementFromTemplate(p, doc, lang, s.selection.elements), at, { reveal: false }), { label: templateLabel(p, lang) })),
      },
      entry('ctx.selectAll', 'interact:menu.selectAll', selectAll, { shortcut: 'Mod+A', separatorBefore: true }),
      entry('ctx.layout', 'interact:menu.autoLayout', autoLayout, { shortcut: 'Mod+Shift+L' }),
      entry('ctx.fit', 'interact:menu.fit', zoomToFit, { separatorBefore: true }),
      entry('ctx.zoom100', 'interact:menu.zoom100', zoomTo100),
    ];
  }
  if (target.kind === 'edge') {
    return [
      entry('ctx.properties', 'interact:menu.properties', showProperties),
      entry('ctx.deleteRelation', 'interact:menu.deleteRelation', deleteSelectedRelations, { shortcut: 'Delete', separatorBefore: true }),
    ];
  }
  const ids = target.kind === 'node' ? [target.id] : s.selection.elements.filter((id) => view.nodes[id]);
  const single = target.kind === 'node';
  const views = viewsShowing(doc, ids).length;
  return [
    ...(single
      ? [
          entry('ctx.rename', 'interact:menu.rename', renameSelected, { shortcut: 'F2' }),
          entry('ctx.connect', 'interact:menu.connect', () => useInteract.getState().startConnect(target.id)),
        ]
      : [entry('ctx.zoomSelection', 'interact:menu.zoomSelection', zoomToSelection)]),
    entry('ctx.copy', 'interact:menu.copy', copySelection, { shortcut: 'Mod+C', separatorBefore: true }),
    entry('ctx.duplicate', 'interact:menu.duplicate', duplicateSelection, { shortcut: 'Mod+D' }),
    entry('ctx.toBand', 'interact:menu.toBand', bringSelectionToBand, { separatorBefore: true }),
    entry('ctx.hide', 'interact:menu.hide', hideSelectionFromView, { shortcut: 'Delete' }),
    { ...entry('ctx.delete', '', deleteSelectionFromModel, { shortcut: 'Mod+Delete' }), label: t('interact:menu.deleteFromModel', { views }) },
    entry('ctx.properties', 'interact:menu.properties', showProperties, { separatorBefore: true }),
  ];
}

/** Keep a menu opened at `at` inside the window. */
function placeInside(el: HTMLElement, at: { x: number; y: number }) {
  const r = el.getBoundingClientRect();
  const x = Math.max(4, Math.min(at.x, window.innerWidth - r.width - 4));
  const y = Math.max(4, Math.min(at.y, window.innerHeight - r.height - 4));
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
}

/** The open context menu, if any (rendered into the page's body, above everything). */
export function CanvasContextMenu() {
  const { t, i18n } = useTranslation('interact');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const request = useInteract((s) => s.menu);
  const box = useRef<HTMLDivElement>(null);
  // where focus goes back to when the menu closes without running anything that moves it
  const returnTo = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    if (request && box.current) placeInside(box.current, request.at);
  }, [request]);

  useEffect(() => {
    if (!request) return;
    returnTo.current = document.activeElement as HTMLElement | null;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) useInteract.getState().closeMenu();
    };
    const onScroll = () => useInteract.getState().closeMenu();
    document.addEventListener('pointerdown', onDown, true);
    window.addEventListener('resize', onScroll);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('resize', onScroll);
    };
  }, [request]);

  if (!request) return null;
  const items = contextMenuEntries(request.target, t, lang);
  if (items.length === 0) return null;
  const close = (refocus: boolean) => {
    useInteract.getState().closeMenu();
    const back = returnTo.current;
    if (refocus && back?.isConnected) back.focus({ preventScroll: true });
  };
  return createPortal(
    <div ref={box} className="context-menu" style={{ left: request.at.x, top: request.at.y }}>
      <span id={MENU_ID} className="visually-hidden">
        {t('menu.label')}
      </span>
      <MenuPopup items={items} labelledBy={MENU_ID} level={0} onClose={close} onSideways={() => undefined} />
    </div>,
    document.body,
  );
}
