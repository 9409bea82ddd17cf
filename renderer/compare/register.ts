/**
 * File › Compare with… and File › Merge from… (also the desktop's native menu actions), and the
 * bottom panel that shows the differences or the conflict screen. The canvas draws the marks with
 * CompareOverlay.
 */
import { registerMenuItem, registerPanel } from '../shell/registry';
import { compareWith, startMerge } from './actions';
import { ComparePanel } from './ComparePanel';
import { INITIAL, useCompare } from './compareStore';
import { useEditor } from '../state/editor';

registerMenuItem({ id: 'compare.compareWith', menu: 'file', labelKey: 'compare:menu.compare', action: 'file.compare', order: 50, run: () => compareWith() });
registerMenuItem({ id: 'compare.mergeFrom', menu: 'file', labelKey: 'compare:menu.merge', action: 'file.merge', order: 51, run: () => startMerge() });
registerPanel({ id: 'compare', region: 'bottom', labelKey: 'compare:panel.title', component: ComparePanel, order: 5 });

// the copies picked, the answers given and the marks drawn are for the project open when they were
// made: once another is opened, or this one closed or replaced by its recovered edits, Merge would
// apply them to a project they were never compared with, so the panel starts again
useEditor.subscribe((now, before) => {
  if (now.opening !== before.opening && useCompare.getState().mode !== 'idle') useCompare.getState().set({ ...INITIAL, answers: {} });
});
