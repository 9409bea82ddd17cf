/** The browser edition's Open and Save As dialogs, for the backend (see BrowserUi). */
import type { BrowserUi } from '../backend/browser/browser-api';
import { openDialog } from './dialogs';
import { chooseStoredReview } from '../review/ReviewChooser';

/** Dialog implementations of BrowserUi. */
export const browserUi: BrowserUi = {
  chooseProject: (projects) => openDialog({ kind: 'open', projects }),
  askProjectName: (suggested) => openDialog({ kind: 'saveAs', suggested }),
  chooseReview: (reviews) => chooseStoredReview(reviews),
};
