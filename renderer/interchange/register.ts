/**
 * Interchange menu items and the Unplaced panel. File › Import/Export ArchiMate (OEF), Archi CSV and `.lakar.json`,
 * View › Export as SVG/PNG; each also answers the desktop's native menu action of the same name.
 */
import { registerMenuItem, registerPanel } from '../shell/registry';
import { exportModel, exportViewImage, importModel } from './actions';
import { UnplacedTray } from './UnplacedTray';

registerMenuItem({ id: 'interchange.importOef', menu: 'file', labelKey: 'interchange:menu.importOef', action: 'file.importOef', order: 30, needsProject: false, run: () => importModel('oef') });
registerMenuItem({ id: 'interchange.importCsv', menu: 'file', labelKey: 'interchange:menu.importCsv', action: 'file.importCsv', order: 31, needsProject: false, run: () => importModel('csv') });
registerMenuItem({ id: 'interchange.importJson', menu: 'file', labelKey: 'interchange:menu.importJson', action: 'file.importJson', order: 32, needsProject: false, run: () => importModel('json') });
registerMenuItem({ id: 'interchange.exportOef', menu: 'file', labelKey: 'interchange:menu.exportOef', action: 'file.exportOef', order: 42, run: () => exportModel('oef') });
registerMenuItem({ id: 'interchange.exportCsv', menu: 'file', labelKey: 'interchange:menu.exportCsv', action: 'file.exportCsv', order: 43, run: () => exportModel('archi-csv-zip') });
registerMenuItem({ id: 'interchange.exportJson', menu: 'file', labelKey: 'interchange:menu.exportJson', action: 'file.exportJson', order: 44, run: () => exportModel('lakar-json') });
registerMenuItem({ id: 'interchange.exportSvg', menu: 'view', labelKey: 'interchange:menu.exportSvg', action: 'view.exportSvg', order: 42, run: () => exportViewImage('svg') });
registerMenuItem({ id: 'interchange.exportPng', menu: 'view', labelKey: 'interchange:menu.exportPng', action: 'view.exportPng', order: 43, run: () => exportViewImage('png') });
registerPanel({ id: 'interchange.unplaced', region: 'left', labelKey: 'interchange:unplaced.title', component: UnplacedTray, order: 60 });
