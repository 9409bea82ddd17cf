/** The shape of one schema migration of the `.lakar` file. */
import type { SqlDatabase } from '../driver';

export interface Migration {
  /** The schema version this migration produces (1, 2, …); file name `NNN_<what>.ts`. */
  version: number;
  /** What changes, for logs and reviewers. */
  description: string;
  /** Apply the change; runs inside the runner's transaction, so it must not commit or vacuum. */
  up(db: SqlDatabase): void;
}
