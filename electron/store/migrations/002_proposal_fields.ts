/**
 * Schema 2: the proposal-paper fields (shared/model/proposal.ts). The tables are unchanged (row
 * bodies are JSON); the project meta row is converted by the shared upgrade step, which turns the
 * version-1 single `estimatedCost` into the first line of the cost table `costs`. Element, relation
 * and view rows only gained optional fields and are left as they are.
 */
import { upgradeMeta } from '../../../shared/model/upgrade';
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  description: 'proposal fields: meta.estimatedCost becomes meta.costs',
  up(db) {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'project'").pluck().get() as string | undefined;
    // a file without a project row is refused by loading, with its own message
    if (row === undefined) return;
    const upgraded = upgradeMeta(JSON.parse(row) as unknown, 1);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'project'").run(JSON.stringify(upgraded));
  },
};
