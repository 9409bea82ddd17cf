/** The Senarai Semak (Jadual 4-1 A.1.a) panel, a centre tab after Maklumat Projek. */
import { registerPanel } from '../shell/registry';
import { ChecklistPanel } from './ChecklistPanel';

registerPanel({ id: 'proposal.checklist', region: 'centre', labelKey: 'proposal:panel.checklist', component: ChecklistPanel, order: 25 });
