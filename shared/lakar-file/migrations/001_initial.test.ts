import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from './001_initial';
import { runMigrations } from './index';

function columns(db: Database.Database, table: string) {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number; pk: number }[]).map((c) => [c.name, c.notnull, c.pk]);
}

describe('migration 001_initial', () => {
  it('creates the five Lakar tables with their keys on an empty database', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, 0, [migration001])).toEqual([1]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['elements', 'meta', 'relations', 'view_nodes', 'views']);
    expect(columns(db, 'meta')).toEqual([['key', 1, 1], ['value', 1, 0]]);
    expect(columns(db, 'elements')).toEqual([['id', 1, 1], ['kind', 1, 0], ['name', 1, 0], ['data', 1, 0]]);
    expect(columns(db, 'relations')).toEqual([['id', 1, 1], ['kind', 1, 0], ['source', 1, 0], ['target', 1, 0], ['data', 1, 0]]);
    expect(columns(db, 'views')).toEqual([['id', 1, 1], ['name', 1, 0], ['ord', 1, 0], ['data', 1, 0]]);
    expect(columns(db, 'view_nodes')).toEqual([['view_id', 1, 1], ['element_id', 1, 2], ['x', 1, 0], ['y', 1, 0], ['w', 0, 0], ['h', 0, 0]]);
    db.close();
  });

  it('rejects a second node row for the same element on a view', () => {
    const db = new Database(':memory:');
    runMigrations(db, 0, [migration001]);
    const put = db.prepare('INSERT INTO view_nodes(view_id, element_id, x, y) VALUES (?, ?, ?, ?)');
    put.run('v', 'e', 1, 2);
    expect(() => put.run('v', 'e', 3, 4)).toThrow(/UNIQUE/);
    db.close();
  });
});
