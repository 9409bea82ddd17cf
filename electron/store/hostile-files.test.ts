/**
 * Issue 13 regressions of the `.lakar` store: a file received from someone else never runs SQL it
 * brought (a trigger that empties the project on the first Save), reading never touches anything
 * beside the file (WAL and journal side files), an interrupted save is a question and not a silent
 * roll-back in place, and no temporary file outlives its writer.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { formatError } from '../../shared/i18n/errors';
import { LIMITS } from '../../shared/model';
import { makeLargeDocument } from '../../test/helpers/factories';
import { StoreError } from './errors';
import { sweepTempFiles, tempFileWriter, tempPathBeside } from './files';
import { MIGRATIONS, type Migration } from './migrations';
import { createProject, openProject, readProjectDocument } from './project';
import { recoverIntoCopy } from './recover-copy';
import { expectedSchema } from './schema-check';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-hostile-'));
  recoveryDir = path.join(os.tmpdir(), `lakar-hostile-rec-${crypto.randomBytes(4).toString('hex')}`);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(recoveryDir, { recursive: true, force: true });
});

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
/** Every file of the folder with its hash: "nothing beside the file changed" is this staying equal. */
const folder = () => Object.fromEntries(fs.readdirSync(dir).sort().map((n) => [n, sha(path.join(dir, n))]));

async function project(name = 'projek.lakar', elements = 60): Promise<string> {
  const file = path.join(dir, name);
  await createProject(file, makeLargeDocument(elements, 1));
  return file;
}

function sql(file: string, statements: string): void {
  const db = new Database(file);
  db.exec(statements);
  db.close();
}

/** Both ways in must refuse `file` with `code`, leaving the folder exactly as it was. */
async function expectRefused(file: string, code: string): Promise<StoreError> {
  const before = folder();
  const opened = await openProject(file, { recoveryDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(opened).toBeInstanceOf(StoreError);
  expect(opened).toMatchObject({ code });
  await expect(readProjectDocument(file)).rejects.toMatchObject({ code });
  expect(folder()).toEqual(before);
  return opened as StoreError;
}

describe('SQL objects a received file brings', () => {
  it('refuses the file whose trigger would empty the project on the first Save, naming the trigger', async () => {
    const file = await project('kiriman.lakar');
    sql(file, 'CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
    const err = await expectRefused(file, 'foreignObjects');
    expect(formatError('ms', err.key, err.params)).toContain('Fail “kiriman.lakar” mengandungi objek SQL yang bukan dibuat oleh Lakar: trigger “wipe”.');
    expect(formatError('en', err.key, err.params)).toContain('holds SQL objects that Lakar did not make: trigger “wipe”.');
    // the trigger never ran: the elements are all there
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM elements').pluck().get()).toBe(60);
    db.close();
  });

  it('refuses views, extra tables and indexes, and a Lakar table with another definition', async () => {
    for (const [name, statement, code] of [
      ['view.lakar', 'CREATE VIEW v AS SELECT * FROM elements', 'foreignObjects'],
      ['table.lakar', 'CREATE TABLE notes (x)', 'foreignObjects'],
      ['index.lakar', 'CREATE INDEX elements_name ON elements(name)', 'foreignObjects'],
      ['column.lakar', 'ALTER TABLE meta ADD COLUMN extra TEXT', 'invalidContent'],
      ['dropped.lakar', 'DROP INDEX relations_target', 'invalidContent'],
    ] as const) {
      const file = await project(name, 20);
      sql(file, statement);
      await expectRefused(file, code);
    }
  });

  it('refuses a save when a trigger was added to the file after it was opened, keeping the edits', async () => {
    const file = await project();
    const p = await openProject(file, { recoveryDir });
    const r = executeCommand(p.session.doc, 'project.updateMeta', { patch: { title: 'Disunting' } });
    await p.session.apply(r.patches);
    sql(file, 'CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
    await expect(p.session.save()).rejects.toMatchObject({ code: 'foreignObjects' });
    expect(p.session.dirty).toBe(true);
    p.close({ keepRecovery: true });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM elements').pluck().get()).toBe(60);
    db.close();
  });

  it('runs every project connection with trusted_schema off', async () => {
    const p = await openProject(await project(), { recoveryDir });
    expect(p.database!.pragma('trusted_schema', { simple: true })).toBe(0);
    p.close({ keepRecovery: false });
  });

  it('derives the expected schema from the migrations of the file’s version, so a new migration is followed', async () => {
    const next = MIGRATIONS.length + 1;
    const added: Migration = { version: next, description: 'test: tags', up: (db) => db.exec('CREATE TABLE tags (id TEXT PRIMARY KEY)') };
    const migrations = [...MIGRATIONS, added];
    expect([...expectedSchema(next, migrations).values()].map((o) => o.name)).toContain('tags');
    expect([...expectedSchema(next - 1, migrations).values()].map((o) => o.name)).not.toContain('tags');
    const file = path.join(dir, 'next.lakar');
    await createProject(file, makeLargeDocument(20), { migrations });
    const p = await openProject(file, { recoveryDir, migrations });
    expect(p.info.fileVersion).toBe(next);
    p.close({ keepRecovery: false });
    // to this build the same table is foreign in a file of its own version
    const current = await project('current.lakar', 20);
    sql(current, 'CREATE TABLE tags (id TEXT PRIMARY KEY)');
    await expectRefused(current, 'foreignObjects');
  });
});

describe('side files beside a .lakar', () => {
  /** A project changed by another SQLite tool that left it in WAL mode with committed data in `-wal`. */
  async function walProject(): Promise<{ file: string; title: string }> {
    const source = await project('sumber.lakar', 20);
    const file = path.join(dir, 'wal.lakar');
    const db = new Database(source);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("UPDATE meta SET value = json_set(value, '$.title', 'Dari WAL') WHERE key = 'project'").run();
    // copied while the other tool still has it open: the title lives only in the -wal file
    fs.copyFileSync(source, file);
    fs.copyFileSync(`${source}-wal`, `${file}-wal`);
    db.close();
    fs.rmSync(source);
    return { file, title: 'Dari WAL' };
  }

  it('reads a WAL-mode file with its -wal content without creating -shm or changing anything', async () => {
    const { file, title } = await walProject();
    const before = folder();
    const read = await readProjectDocument(file);
    expect(read.doc.meta.title).toBe(title);
    expect(read.notes).toEqual(['walMode']);
    expect(folder()).toEqual(before);
  });

  it('does not open a WAL-mode file for editing in place; the copy holds the -wal content', async () => {
    const { file, title } = await walProject();
    const before = folder();
    await expect(openProject(file, { recoveryDir })).rejects.toMatchObject({ code: 'sideFiles' });
    expect(folder()).toEqual(before);
    const p = await recoverIntoCopy(file, path.join(dir, 'salinan.lakar'), { recoveryDir });
    expect(p.session.doc.meta.title).toBe(title);
    p.close({ keepRecovery: false });
    expect(Object.keys(folder())).toEqual([...Object.keys(before), 'salinan.lakar'].sort());
    expect(new Database(path.join(dir, 'salinan.lakar'), { readonly: true }).pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('never deletes a -journal on open: a foreign hot one is a question, a cold or empty one stays as it is', async () => {
    for (const [name, content] of [
      ['dingin.lakar', Buffer.alloc(512)],
      ['sampah.lakar', Buffer.from('bukan jurnal SQLite '.repeat(40))],
      ['kosong.lakar', Buffer.alloc(0)],
    ] as const) {
      const file = await project(name, 10);
      fs.writeFileSync(`${file}-journal`, content);
      const before = folder();
      expect((await readProjectDocument(file)).doc.elements.ids()).toHaveLength(10);
      if (content[0]) {
        // SQLite would play it back (and delete it) on a read-write open: the user is asked first
        await expect(openProject(file, { recoveryDir })).rejects.toMatchObject({ code: 'interruptedSave' });
      } else {
        // nothing to roll back: SQLite ignores it until the next Save reuses it as its own
        const p = await openProject(file, { recoveryDir });
        expect(p.session.doc.elements.ids()).toHaveLength(10);
        p.close({ keepRecovery: false });
      }
      expect(folder()).toEqual(before);
    }
  });
});

describe('temporary files', () => {
  it('are named .<name>.<pid>-<hex>.lakar-tmp and recognised as such', () => {
    const temp = path.basename(tempPathBeside(path.join(dir, 'kertas.pdf')));
    expect(temp).toMatch(new RegExp(`^\\.kertas\\.pdf\\.${process.pid}-[0-9a-f]{8}\\.lakar-tmp$`));
    expect(tempFileWriter(temp)).toBe(process.pid);
    expect(tempFileWriter('.kertas.pdf.tmp')).toBeNull();
    expect(tempFileWriter('kertas.lakar')).toBeNull();
  });

  it('left by a process that is gone are removed when a project in the folder is opened; live writers’ are kept', async () => {
    const file = await project();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = path.join(dir, `.eksport.xml.${dead}-0badf00d.lakar-tmp`);
    const staleSide = path.join(dir, `.salinan.lakar.${dead}-0badf00d.lakar-tmp-journal`);
    const mine = path.join(dir, `.kerja.pdf.${process.pid}-12345678.lakar-tmp`);
    const parent = path.join(dir, `.lain.pdf.${process.ppid}-12345678.lakar-tmp`);
    const notOurs = path.join(dir, '.sesuatu.tmp');
    for (const f of [stale, staleSide, mine, parent, notOurs]) fs.writeFileSync(f, 'x');
    const p = await openProject(file, { recoveryDir });
    p.close({ keepRecovery: false });
    expect(fs.existsSync(stale) || fs.existsSync(staleSide)).toBe(false);
    // this process's write in progress, another live process's, and files that are not Lakar's stay
    expect([mine, parent, notOurs].map((f) => fs.existsSync(f))).toEqual([true, true, true]);
    // this process's own id on a file older than the process: an earlier process had the id
    fs.utimesSync(mine, new Date(Date.now() - 3600_000 - process.uptime() * 1000), new Date(Date.now() - 3600_000 - process.uptime() * 1000));
    expect(sweepTempFiles(dir)).toEqual([path.basename(mine)]);
  });

  it('a folder left by a killed multi-file CLI export is removed with its contents once its writer is gone', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const folderLeft = path.join(dir, `.idd.${dead}-0badf00d.lakar-tmp`);
    fs.mkdirSync(folderLeft);
    fs.writeFileSync(path.join(folderLeft, 'idd-agensi-a.pdf'), 'x');
    expect(sweepTempFiles(dir)).toEqual([path.basename(folderLeft)]);
    expect(fs.existsSync(folderLeft)).toBe(false);
  });

  it('are never left by a failed write', async () => {
    const file = path.join(dir, 'gagal.lakar');
    const doc = makeLargeDocument(10);
    // a view order SQLite refuses (NOT NULL) makes the write fail half-way through the temporary file
    (doc.views.view_main as { order: number }).order = Number.NaN;
    await expect(createProject(file, doc)).rejects.toBeInstanceOf(StoreError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('documented limits', () => {
  it('refuses a project with more elements than the limit before loading a row, naming the limit', async () => {
    const file = await project('besar.lakar', 20);
    sql(
      file,
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= ${LIMITS.elements})
       INSERT INTO elements(id, kind, name, data) SELECT 'x' || i, 'application', 'x', '{}' FROM n;`,
    );
    const before = folder();
    const err = await readProjectDocument(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'limit.elements', params: { file: 'besar.lakar', count: LIMITS.elements + 21, max: LIMITS.elements } });
    expect(formatError('en', (err as StoreError).key, (err as StoreError).params)).toBe(
      `File “besar.lakar” holds ${LIMITS.elements + 21} elements; Lakar reads up to ${LIMITS.elements} elements per project. Nothing was read or written.`,
    );
    expect(folder()).toEqual(before);
  });
});
