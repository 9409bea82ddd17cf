/**
 * Canvas entries in the app menus (Edit and View). Their keyboard shortcuts are handled by the
 * canvas itself, only while it has focus, so they never steal Ctrl+C or Delete from a text field;
 * the menus show them (`keysHint`).
 */
import { registerMenuItem, registerShortcutGroup } from '../shell/registry';
import { CANVAS_SHORTCUTS } from './keyboard';
import { autoLayout, copySelection, duplicateSelection, pasteClip, selectAll, zoomToFit } from './actions';
import { deleteSelectionFromModel, hideSelectionFromView, renameSelected } from './interact/editActions';
import { zoomTo100, zoomToSelection } from './interact/viewport';

registerMenuItem({ id: 'canvas.copy', menu: 'edit', labelKey: 'canvas:menu.copy', keysHint: 'Mod+C', run: () => void copySelection(), order: 10 });
registerMenuItem({ id: 'canvas.paste', menu: 'edit', labelKey: 'canvas:menu.paste', keysHint: 'Mod+V', run: () => void pasteClip(), order: 11 });
registerMenuItem({ id: 'canvas.duplicate', menu: 'edit', labelKey: 'canvas:menu.duplicate', keysHint: 'Mod+D', run: () => void duplicateSelection(), order: 12 });
registerMenuItem({ id: 'canvas.rename', menu: 'edit', labelKey: 'interact:menu.rename', keysHint: 'F2', run: () => void renameSelected(), order: 13 });
registerMenuItem({ id: 'canvas.hide', menu: 'edit', labelKey: 'interact:menu.hide', keysHint: 'Delete', run: () => void hideSelectionFromView(), order: 14 });
registerMenuItem({ id: 'canvas.delete', menu: 'edit', labelKey: 'canvas:menu.delete', keysHint: 'Mod+Delete', run: () => void deleteSelectionFromModel(), order: 15 });
registerMenuItem({ id: 'canvas.selectAll', menu: 'edit', labelKey: 'canvas:menu.selectAll', keysHint: 'Mod+A', run: selectAll, order: 16 });
registerMenuItem({ id: 'canvas.autoLayout', menu: 'view', labelKey: 'canvas:menu.autoLayout', keysHint: 'Mod+Shift+L', action: 'view.autoLayout', run: () => autoLayout().then(() => undefined), order: 10 });
registerMenuItem({ id: 'canvas.zoomToFit', menu: 'view', labelKey: 'canvas:menu.zoomToFit', keysHint: 'F', action: 'view.zoomToFit', run: zoomToFit, order: 11 });
registerMenuItem({ id: 'canvas.zoom100', menu: 'view', labelKey: 'interact:menu.zoom100', keysHint: 'Mod+0', run: zoomTo100, order: 12 });
registerShortcutGroup({ id: 'canvas', labelKey: 'shell:panel.canvas', items: CANVAS_SHORTCUTS.map((s) => ({ keys: s.keys, labelKey: s.labelKey.includes(':') ? s.labelKey : `canvas:${s.labelKey}` })), order: 10 });
registerMenuItem({ id: 'canvas.zoomSelection', menu: 'view', labelKey: 'interact:menu.zoomSelection', keysHint: 'Shift+F', run: () => void zoomToSelection(), order: 13 });
