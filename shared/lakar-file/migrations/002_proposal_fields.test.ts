import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { V1_COST_COMPONENT } from '../../model/upgrade';
import { migration001 } from './001_initial';
import { migration002 } from './002_proposal_fields';
import { runMigrations } from './index';

function projectRow(db: Database.Database): Record<string, unknown> {
  return JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'project'").pluck().get() as string) as Record<string, unknown>;
}

describe('migration 002_proposal_fields', () => {
  it('turns the single estimatedCost of a schema-1 project into the first line of the cost table', () => {
    const db = new Database(':memory:');
    runMigrations(db, 0, [migration001]);
    db.prepare("INSERT INTO meta(key, value) VALUES ('project', ?)").run(JSON.stringify({ title: 'Projek', estimatedCost: 1250000.5, objectives: 'Objektif' }));
    expect(runMigrations(db, 1, [migration001, migration002])).toEqual([2]);
    expect(projectRow(db)).toEqual({ title: 'Projek', objectives: 'Objektif', costs: [{ component: V1_COST_COMPONENT, amount: 1250000.5 }] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('leaves a project without a cost as it was', () => {
    const db = new Database(':memory:');
    runMigrations(db, 0, [migration001]);
    db.prepare("INSERT INTO meta(key, value) VALUES ('project', ?)").run(JSON.stringify({ title: 'Tanpa kos' }));
    runMigrations(db, 1, [migration001, migration002]);
    expect(projectRow(db)).toEqual({ title: 'Tanpa kos' });
  });
});
