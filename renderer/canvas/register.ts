/**
 * Canvas entries in the app menus (Edit and View). Their keyboard shortcuts are handled by the
 * canvas itself, only while it has focus, so they never steal Ctrl+C or Delete from a text field.
 */
import { registerMenuItem } from '../shell/registry';
import { autoLayout, copySelection, deleteSelection, duplicateSelection, pasteClip, selectAll, zoomToFit } from './actions';

registerMenuItem({ id: 'canvas.copy', menu: 'edit', labelKey: 'canvas:menu.copy', run: () => void copySelection(), order: 10 });
registerMenuItem({ id: 'canvas.paste', menu: 'edit', labelKey: 'canvas:menu.paste', run: () => void pasteClip(), order: 11 });
registerMenuItem({ id: 'canvas.duplicate', menu: 'edit', labelKey: 'canvas:menu.duplicate', run: () => void duplicateSelection(), order: 12 });
registerMenuItem({ id: 'canvas.delete', menu: 'edit', labelKey: 'canvas:menu.delete', run: () => void deleteSelection(), order: 13 });
registerMenuItem({ id: 'canvas.selectAll', menu: 'edit', labelKey: 'canvas:menu.selectAll', run: selectAll, order: 14 });
registerMenuItem({ id: 'canvas.autoLayout', menu: 'view', labelKey: 'canvas:menu.autoLayout', action: 'view.autoLayout', run: () => autoLayout().then(() => undefined), order: 10 });
registerMenuItem({ id: 'canvas.zoomToFit', menu: 'view', labelKey: 'canvas:menu.zoomToFit', action: 'view.zoomToFit', run: zoomToFit, order: 11 });
