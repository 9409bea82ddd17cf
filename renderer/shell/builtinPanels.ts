/** The panels every workspace has; features own their components and may register more panels. */
import { Palette } from '../palette/Palette';
import { ModelTree } from '../tree/ModelTree';
import { CanvasEditor } from '../canvas/CanvasEditor';
import { Inspector } from '../inspector/Inspector';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { CatalogueBrowser } from '../catalogue/CatalogueBrowser';
import { ProjectMetaForm } from './meta/ProjectMetaForm';
import { registerPanel } from './registry';

/** Register the built-in panels (idempotent). */
export function registerBuiltinPanels(): void {
  registerPanel({ id: 'palette', region: 'left', labelKey: 'shell:panel.palette', component: Palette, order: 10 });
  registerPanel({ id: 'tree', region: 'left', labelKey: 'shell:panel.tree', component: ModelTree, order: 20 });
  registerPanel({ id: 'canvas', region: 'centre', labelKey: 'shell:panel.canvas', component: CanvasEditor, order: 10 });
  registerPanel({ id: 'meta', region: 'centre', labelKey: 'shell:panel.meta', component: ProjectMetaForm, order: 20 });
  registerPanel({ id: 'catalogue', region: 'centre', labelKey: 'shell:panel.catalogue', component: CatalogueBrowser, order: 30 });
  registerPanel({ id: 'inspector', region: 'right', labelKey: 'shell:panel.inspector', component: Inspector, order: 10 });
  registerPanel({ id: 'problems', region: 'bottom', labelKey: 'shell:panel.problems', component: ProblemsPanel, order: 10 });
}
