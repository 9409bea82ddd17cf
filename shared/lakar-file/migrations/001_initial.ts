/**
 * Schema 1: one row per element, relation and view, one row per node of a view, and a key/value
 * `meta` table (project metadata, generation, file id, app version). Row bodies are JSON validated
 * by the zod schemas of shared/model on load; the extra columns (kind, name, ends, position) exist
 * so that tools can query a project with plain SQL. Tables keep rowids: loading in rowid order
 * gives back the document's key order (an update keeps a row's place, as it keeps a key's place).
 */
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  description: 'initial schema: meta, elements, relations, views, view_nodes',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE elements (
        id   TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX elements_kind ON elements(kind);
      CREATE TABLE relations (
        id     TEXT PRIMARY KEY NOT NULL,
        kind   TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        data   TEXT NOT NULL
      );
      CREATE INDEX relations_source ON relations(source);
      CREATE INDEX relations_target ON relations(target);
      CREATE TABLE views (
        id   TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        ord  INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE TABLE view_nodes (
        view_id    TEXT NOT NULL,
        element_id TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        w REAL,
        h REAL,
        PRIMARY KEY (view_id, element_id)
      );
    `);
  },
};
