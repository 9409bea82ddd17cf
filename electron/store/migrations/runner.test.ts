import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { latestVersion, MIGRATIONS, runMigrations } from './index';
import type { Migration } from './types';

const addTags: Migration = { version: 3, description: 'test: tags table', up: (db) => db.exec('CREATE TABLE tags (id TEXT PRIMARY KEY)') };
const broken: Migration = {
  version: 4,
  description: 'test: fails half-way',
  up: (db) => {
    db.exec('CREATE TABLE half (x)');
    throw new Error('boom');
  },
};

describe('runMigrations', () => {
  it('ends at the schema version the model declares', () => {
    expect(latestVersion()).toBe(SCHEMA_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('applies only the pending migrations and records the version', () => {
    const db = new Database(':memory:');
    runMigrations(db, 0, MIGRATIONS);
    expect(runMigrations(db, 2, [...MIGRATIONS, addTags])).toEqual([3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(runMigrations(db, 3, [...MIGRATIONS, addTags])).toEqual([]);
  });

  it('leaves the database as it was when one step fails', () => {
    const db = new Database(':memory:');
    runMigrations(db, 0, MIGRATIONS);
    expect(() => runMigrations(db, 2, [...MIGRATIONS, addTags, broken])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('tags', 'half')").all()).toEqual([]);
  });

  it('refuses a gap in the sequence', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, 0, [addTags])).toThrow(/migration 1 is missing/);
  });
});
