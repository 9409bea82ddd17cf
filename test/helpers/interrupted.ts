/**
 * Files as an interrupted save leaves them, made without killing anything: a `.lakar` whose pages
 * a transaction already changed, with the hot `-journal` SQLite needs to roll them back.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Copy the project `source` to `target` as it is in the middle of a save: changed pages written into
 * the file, the rollback journal beside it (`<target>-journal`). `source` is left as it was.
 */
export function interruptedSaveCopy(source: string, target: string): void {
  const db = new Database(source);
  try {
    // a one-page cache makes SQLite spill changed pages into the file before the commit
    db.pragma('cache_size = 1');
    db.exec('BEGIN');
    db.exec("UPDATE elements SET name = name || ' (separuh)', data = json_set(data, '$.name', name || ' (separuh)')");
    db.exec("UPDATE meta SET value = json_set(value, '$.title', 'Separuh disimpan') WHERE key = 'project'");
    fs.copyFileSync(source, target);
    fs.copyFileSync(`${source}-journal`, `${target}-journal`);
    db.exec('ROLLBACK');
  } finally {
    db.close();
  }
}
