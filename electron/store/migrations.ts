/** The `.lakar` schema migrations live with the format in shared/lakar-file (the browser runs them too). */
export { MIGRATIONS, latestVersion, runMigrations } from '../../shared/lakar-file/migrations';
export type { Migration } from '../../shared/lakar-file/migrations';
