/** The desktop store of `.lakar` projects (SQLite) and their recovery journals. */
export { LakarProject, openProject, readProjectDocument, createProject, writeProjectFile, newDraftProject, openDraftProject, saveAs, backupPathFor } from './project';
export { recoverIntoCopy, recoveredCopyName } from './recover-copy';
export type { StoreOptions, OpenInfo, ReadDocument } from './project';
export { SqliteStorageAdapter } from './adapter';
export { RecoveryJournal, journalFileForProject, journalFileForDraft, listDraftJournals } from './journal';
export type { DraftJournalInfo, JournalContents } from './journal';
export { StoreError, STORE_ERROR_CODES } from './errors';
export type { StoreErrorCode } from './errors';
export { LAKAR_APPLICATION_ID, JOURNAL_APPLICATION_ID, inspectProjectFile } from './format';
export { MIGRATIONS, latestVersion, runMigrations } from './migrations';
export type { Migration } from './migrations';
export { writeFileAtomic, writeFileAtomicSync, sweepTempFiles, TEMP_SUFFIX } from './files';
export { APP_VERSION } from './version';
