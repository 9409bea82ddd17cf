/** The browser edition's Open and Save As dialogs, for the backend (see BrowserUi). */
import type { BrowserUi } from '../backend/browser/browser-api';
import { openDialog } from './dialogs';
import { chooseStoredReview } from '../review/ReviewChooser';

/** Dialog implementations of BrowserUi. */
export const browserUi: BrowserUi = {
  chooseProject: (projects, options) => openDialog({ kind: 'open', projects, files: options?.files }),
  askProjectName: (suggested) => openDialog({ kind: 'saveAs', suggested }),
  chooseReview: (reviews) => chooseStoredReview(reviews),
};
