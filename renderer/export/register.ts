/** Export menu items: File › Export (proposal paper, MyGDX IDD), View › Export view as PDF, View › Print. */
import { registerMenuItem } from '../shell/registry';
import { openExportDialog } from './actions';

registerMenuItem({ id: 'export.proposal', menu: 'file', labelKey: 'export:menu.proposal', action: 'file.exportPdf', order: 40, run: () => openExportDialog('proposal') });
registerMenuItem({ id: 'export.idd', menu: 'file', labelKey: 'export:menu.idd', action: 'file.exportIdd', order: 41, run: () => openExportDialog('idd') });
registerMenuItem({ id: 'export.viewPdf', menu: 'view', labelKey: 'export:menu.viewPdf', action: 'view.exportPdf', order: 40, run: () => openExportDialog('view') });
registerMenuItem({ id: 'export.print', menu: 'view', labelKey: 'export:menu.print', action: 'view.print', shortcut: 'Mod+P', order: 41, run: () => openExportDialog('print') });
