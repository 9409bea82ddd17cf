/**
 * File › Compare with… and File › Merge from… (also the desktop's native menu actions), and the
 * bottom panel that shows the differences or the conflict screen. The canvas draws the marks with
 * CompareOverlay.
 */
import { registerMenuItem, registerPanel } from '../shell/registry';
import { compareWith, startMerge } from './actions';
import { ComparePanel } from './ComparePanel';

registerMenuItem({ id: 'compare.compareWith', menu: 'file', labelKey: 'compare:menu.compare', action: 'file.compare', order: 50, run: () => compareWith() });
registerMenuItem({ id: 'compare.mergeFrom', menu: 'file', labelKey: 'compare:menu.merge', action: 'file.merge', order: 51, run: () => startMerge() });
registerPanel({ id: 'compare', region: 'bottom', labelKey: 'compare:panel.title', component: ComparePanel, order: 5 });
