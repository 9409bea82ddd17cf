/**
 * Mutations of the fuzz harness (fuzz.ts): each takes a seed input and returns a hostile variant —
 * byte flips, truncation, SQL objects and side files added to a `.lakar`, unsafe ids, huge counts,
 * deep nesting, XML entities, type confusion, encodings. A case is the files of one input folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LIMITS, RESERVED_IDS } from '../../shared/model';
import { interruptedSaveCopy } from '../helpers/interrupted';
import type { Random } from './common';

export type Format = 'lakar' | 'json' | 'oef' | 'csv' | 'zip' | 'ulasan';

/** One input: its files (name → bytes) and the one to open. */
export interface Case {
  format: Format;
  mutation: string;
  files: Record<string, Uint8Array>;
  entry: string;
}

const enc = new TextEncoder();
/** Sizes of the heavy mutations: the long run goes up to tens of thousands of items and deeper nesting. */
let heavy = false;

/** Long run: larger counts and deeper nesting (they dominate the run time). */
export function useHeavyMutations(on: boolean): void {
  heavy = on;
}

/** A count for a "huge" mutation: now and then just past the documented limit, else large but allowed. */
function hugeCount(rnd: Random, limit: number): number {
  if (rnd.chance(heavy ? 0.1 : 0.04)) return limit + 1;
  return heavy ? rnd.int(1000, 30_000) : rnd.int(200, 3000);
}

function depth(rnd: Random): number {
  return rnd.pick(heavy ? [1000, 10_000, 100_000, 1_000_000] : [100, 1000, 10_000, 50_000]);
}

const dec = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

// ---- bytes ------------------------------------------------------------------------------------

function flipBytes(b: Uint8Array, rnd: Random): Uint8Array {
  const out = b.slice();
  const n = rnd.int(1, 32);
  for (let i = 0; i < n && out.length > 0; i++) out[rnd.int(0, out.length - 1)] ^= 1 << rnd.int(0, 7);
  return out;
}

function truncate(b: Uint8Array, rnd: Random): Uint8Array {
  return b.slice(0, rnd.int(0, Math.max(0, b.length - 1)));
}

function zeroRange(b: Uint8Array, rnd: Random): Uint8Array {
  const out = b.slice();
  const at = rnd.int(0, Math.max(0, out.length - 1));
  out.fill(0, at, Math.min(out.length, at + rnd.int(1, 4096)));
  return out;
}

function insertJunk(b: Uint8Array, rnd: Random): Uint8Array {
  const junk = rnd.pick([enc.encode('\u0000\u0000'), enc.encode('"'), enc.encode('<'), enc.encode('&'), enc.encode('\uFFFD'), new Uint8Array([0xff, 0xfe, 0xc3]), enc.encode(']]>'), enc.encode('\n,,,\n')]);
  const at = rnd.int(0, b.length);
  const out = new Uint8Array(b.length + junk.length);
  out.set(b.subarray(0, at));
  out.set(junk, at);
  out.set(b.subarray(at), at + junk.length);
  return out;
}

/** One of the generic byte mutations. */
export function byteMutation(b: Uint8Array, rnd: Random): { data: Uint8Array; mutation: string } {
  const kind = rnd.pick(['flip', 'truncate', 'zero', 'junk'] as const);
  const data = kind === 'flip' ? flipBytes(b, rnd) : kind === 'truncate' ? truncate(b, rnd) : kind === 'zero' ? zeroRange(b, rnd) : insertJunk(b, rnd);
  return { data, mutation: `bytes:${kind}` };
}

// ---- text -------------------------------------------------------------------------------------

/** Ids written in `text` (JSON "id" values, XML identifier attributes, first CSV column). */
function idsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/"id"\s*:\s*"([^"]{1,60})"/g)) found.add(m[1]);
  for (const m of text.matchAll(/identifier="([^"]{1,60})"/g)) found.add(m[1]);
  for (const m of text.matchAll(/^"([^"]{1,60})",/gm)) found.add(m[1]);
  return [...found];
}

/** Replace one id everywhere (consistently) or once (leaving references dangling) by a reserved name. */
function unsafeId(text: string, rnd: Random): { text: string; mutation: string } {
  const ids = idsIn(text);
  if (ids.length === 0) return { text, mutation: 'unsafeId:none' };
  const id = rnd.pick(ids);
  const reserved = rnd.pick([...RESERVED_IDS, '__proto__', '__proto__', 'constructor']);
  const everywhere = rnd.chance(0.7);
  const quoted = (s: string) => `"${s}"`;
  const next = everywhere ? text.split(quoted(id)).join(quoted(reserved)) : text.replace(quoted(id), quoted(reserved));
  return { text: next, mutation: `unsafeId:${reserved}:${everywhere ? 'all' : 'one'}` };
}

function jsonText(text: string, rnd: Random): { text: string; mutation: string } {
  const kind = rnd.pick(['unsafeId', 'unsafeId', 'protoKey', 'deep', 'huge', 'type', 'escape', 'bigNumber'] as const);
  if (kind === 'unsafeId') return unsafeId(text, rnd);
  if (kind === 'protoKey') {
    const opens = [...text.matchAll(/\{/g)].map((m) => m.index!);
    const at = rnd.pick(opens) + 1;
    return { text: `${text.slice(0, at)}"__proto__":{"id":"x","kind":"application","name":"P"},${text.slice(at)}`, mutation: 'json:protoKey' };
  }
  if (kind === 'deep') {
    const d = depth(rnd);
    return { text: text.replace(/"title"\s*:\s*"[^"]*"/, `"title":${'['.repeat(d)}${']'.repeat(d)}`), mutation: `json:deep${d}` };
  }
  if (kind === 'huge') {
    const n = hugeCount(rnd, LIMITS.elements);
    const many = Array.from({ length: n }, (_, i) => `"h${i}":{"id":"h${i}","kind":"application","name":"A${i}"}`).join(',');
    return { text: text.replace(/"elements"\s*:\s*\{/, `"elements":{${many},`), mutation: `json:huge${n > LIMITS.elements ? 'OverLimit' : ''}` };
  }
  if (kind === 'type') {
    const v = rnd.pick(['5', 'null', '[]', '{}', 'true', '-1e309', '"\\u0000"']);
    const key = rnd.pick(['id', 'name', 'kind', 'source', 'target', 'order', 'x', 'nodes', 'meta']);
    return { text: text.replace(new RegExp(`"${key}"\\s*:\\s*("[^"]*"|[-0-9.e]+|\\{\\}|\\[\\])`), `"${key}":${v}`), mutation: `json:type:${key}=${v}` };
  }
  if (kind === 'escape') return { text: text.replace(/"(view_main|app_spp|el_1)"/g, (m) => m.replace('_', '\\u005f')), mutation: 'json:escapedIds' };
  return { text: text.replace(/"x"\s*:\s*[-0-9.]+/, '"x":1e400'), mutation: 'json:bigNumber' };
}

const LAUGHS = '<!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';

function oefText(text: string, rnd: Random): { text: string; mutation: string } {
  const kind = rnd.pick(['unsafeId', 'unsafeId', 'entity', 'deep', 'huge', 'dupId', 'dangling', 'attr', 'encoding'] as const);
  if (kind === 'unsafeId') return unsafeId(text, rnd);
  if (kind === 'entity') {
    const variant = rnd.pick(['laughs', 'external', 'unknown', 'protoEntity', 'charRef']);
    if (variant === 'laughs') return { text: text.replace(/<model/, `${LAUGHS}<model`).replace(/<name([^>]*)>/, '<name$1>&c;'), mutation: 'oef:billionLaughs' };
    if (variant === 'external') return { text: text.replace(/<model/, '<!DOCTYPE model [<!ENTITY x SYSTEM "file:///etc/passwd">]><model').replace(/<name([^>]*)>/, '<name$1>&x;'), mutation: 'oef:externalEntity' };
    if (variant === 'unknown') return { text: text.replace(/<name([^>]*)>/, '<name$1>&nbsp;'), mutation: 'oef:unknownEntity' };
    if (variant === 'protoEntity') return { text: text.replace(/<name([^>]*)>/, `<name$1>&${rnd.pick(['constructor', 'toString', '__proto__'])};`), mutation: 'oef:prototypeEntity' };
    return { text: text.replace(/<name([^>]*)>/, '<name$1>&#0;&#xD800;'), mutation: 'oef:badCharRef' };
  }
  if (kind === 'deep') {
    const d = depth(rnd);
    const open = '<node identifier="dn" xsi:type="Container" x="0" y="0" w="10" h="10">';
    return { text: text.replace(/<\/view>/, `${open.repeat(d)}${'</node>'.repeat(d)}</view>`).replace(/<documentation([^>]*)>/, `<documentation$1>${'<b>'.repeat(d)}`), mutation: `oef:deep${d}` };
  }
  if (kind === 'huge') {
    const n = hugeCount(rnd, LIMITS.elements);
    const many = Array.from({ length: n }, (_, i) => `<element identifier="h${i}" xsi:type="ApplicationComponent"><name>A${i}</name></element>`).join('');
    return { text: text.replace(/<elements>/, `<elements>${many}`), mutation: `oef:huge${n > LIMITS.elements ? 'OverLimit' : ''}` };
  }
  if (kind === 'dupId') {
    const ids = [...text.matchAll(/identifier="([^"]+)"/g)].map((m) => m[1]);
    if (ids.length < 2) return { text, mutation: 'oef:dupId:none' };
    return { text: text.replace(`identifier="${ids[ids.length - 1]}"`, `identifier="${ids[1]}"`), mutation: 'oef:duplicateId' };
  }
  if (kind === 'dangling') return { text: text.replace(/source="[^"]+"/, 'source="tiada"'), mutation: 'oef:danglingSource' };
  if (kind === 'attr') return { text: text.replace(/<element /, '<element __proto__="x" toString="y" constructor="z" '), mutation: 'oef:prototypeAttributes' };
  return { text: text.replace(/encoding="UTF-8"/i, `encoding="${rnd.pick(['UTF-16', 'ISO-8859-1', 'EBCDIC', 'x-unknown'])}"`), mutation: 'oef:encodingDeclaration' };
}

function csvText(text: string, rnd: Random): { text: string; mutation: string } {
  const kind = rnd.pick(['unsafeId', 'unsafeId', 'quote', 'columns', 'header', 'huge', 'protoKey'] as const);
  if (kind === 'unsafeId') return unsafeId(text, rnd);
  if (kind === 'quote') return { text: text.replace(/\n"/, '\n"""'), mutation: 'csv:quote' };
  if (kind === 'columns') return { text: text.replace(/\n("[^\n]*)/, '\n$1,"extra"'), mutation: 'csv:extraColumn' };
  if (kind === 'header') return { text: text.replace(/^[^\n]*/, '"ID","Jenis"'), mutation: 'csv:header' };
  if (kind === 'protoKey') return { text: `${text}"${idsIn(text)[1] ?? 'x'}","__proto__","nilai"\n`, mutation: 'csv:protoKey' };
  const lines = text.split('\n');
  const row = lines[Math.min(2, lines.length - 1)] ?? '';
  const n = hugeCount(rnd, LIMITS.elements);
  const many = Array.from({ length: n }, (_, i) => row.replace(/^"[^"]*"/, `"h${i}"`)).join('\n');
  return { text: `${text.trimEnd()}\n${many}\n`, mutation: `csv:huge${n > LIMITS.elements ? 'OverLimit' : ''}` };
}

/** A text-level mutation for `format`. */
export function textMutation(format: 'json' | 'oef' | 'csv', data: Uint8Array, rnd: Random): { data: Uint8Array; mutation: string } {
  const text = dec(data);
  const r = format === 'json' ? jsonText(text, rnd) : format === 'oef' ? oefText(text, rnd) : csvText(text, rnd);
  let bytes = enc.encode(r.text);
  if (rnd.chance(0.05)) {
    // the same text in UTF-16 with a BOM, as some Windows tools write it
    const u16 = new Uint8Array(2 + r.text.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < r.text.length; i++) {
      const c = r.text.charCodeAt(i);
      u16[2 + i * 2] = c & 0xff;
      u16[3 + i * 2] = c >> 8;
    }
    bytes = u16;
  }
  return { data: bytes, mutation: r.mutation };
}

// ---- .lakar ----------------------------------------------------------------------------------

const SQL_OBJECTS = [
  'CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END',
  'CREATE TRIGGER wipe2 BEFORE INSERT ON elements BEGIN DELETE FROM relations; END',
  "CREATE TRIGGER spy AFTER UPDATE ON elements BEGIN INSERT INTO meta(key, value) VALUES ('spy', '1'); END",
  'CREATE VIEW v AS SELECT * FROM elements',
  'CREATE TABLE extra (x)',
  'CREATE INDEX elements_name ON elements(name)',
  'CREATE INDEX elements_expr ON elements(length(data))',
  'ALTER TABLE elements ADD COLUMN extra TEXT',
  'DROP INDEX elements_kind',
  'CREATE VIRTUAL TABLE vt USING fts5(x)',
];

const ROW_EDITS = [
  "UPDATE elements SET data = '{not json' WHERE rowid = 1",
  "UPDATE elements SET data = json_set(data, '$.properties', json('{\"__proto__\":\"x\"}')) WHERE rowid = 2",
  "UPDATE elements SET id = '__proto__', data = json_set(data, '$.id', '__proto__') WHERE rowid = 3",
  "UPDATE elements SET id = 'constructor', data = json_set(data, '$.id', 'constructor') WHERE rowid = 3",
  'DELETE FROM elements WHERE rowid = 4',
  "UPDATE relations SET source = 'toString', data = json_set(data, '$.source', 'toString') WHERE rowid = 1",
  "INSERT INTO view_nodes(view_id, element_id, x, y) VALUES ('view_main', '__proto__', 0, 0)",
  "UPDATE meta SET value = '\"x\"' WHERE key = 'generation'",
  "UPDATE meta SET value = '\"\"' WHERE key = 'fileId'",
  'UPDATE elements SET id = 5 WHERE rowid = 5',
  "UPDATE elements SET id = x'00ff' WHERE rowid = 5",
  "UPDATE view_nodes SET x = 'NaN' WHERE rowid = 1",
  'DELETE FROM views',
  "UPDATE meta SET value = json_set(value, '$.title', printf('%.*c', 100000, 'x')) WHERE key = 'project'",
];

function withDb(file: string, run: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    run(db);
  } finally {
    db.close();
  }
}

/** A mutation of the `.lakar` seed: SQL objects, bad rows, huge counts, header changes, WAL and side files, or bytes. */
export function lakarCase(seed: string, rnd: Random): Case {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-fuzz-make-'));
  try {
    const file = path.join(work, 'projek.lakar');
    fs.copyFileSync(seed, file);
    const kind = rnd.pick(['object', 'row', 'row', 'huge', 'header', 'wal', 'side', 'interrupted', 'bytes', 'bytes'] as const);
    let mutation: string = kind;
    if (kind === 'object') {
      const sql = rnd.pick(SQL_OBJECTS);
      mutation = `lakar:sql:${sql.split(' ').slice(0, 3).join(' ')}`;
      try {
        withDb(file, (db) => db.exec(sql));
      } catch {
        mutation += ':unsupported';
      }
    } else if (kind === 'row') {
      const sql = rnd.pick(ROW_EDITS);
      mutation = `lakar:row:${sql.slice(0, 48)}`;
      withDb(file, (db) => db.exec(sql));
    } else if (kind === 'huge') {
      const n = hugeCount(rnd, LIMITS.elements);
      mutation = `lakar:huge${n > LIMITS.elements ? 'OverLimit' : ''}`;
      withDb(file, (db) =>
        db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})
                 INSERT INTO elements(id, kind, name, data) SELECT 'h' || i, 'application', 'A' || i, json_object('id', 'h' || i, 'kind', 'application', 'name', 'A' || i) FROM n`),
      );
    } else if (kind === 'header') {
      const variant = rnd.pick(['user_version = 0', 'user_version = 2', 'user_version = 99', 'application_id = 1', 'user_version = 2147483647']);
      mutation = `lakar:pragma ${variant}`;
      withDb(file, (db) => db.pragma(variant));
    } else if (kind === 'wal') {
      mutation = 'lakar:walWithContent';
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.prepare("UPDATE meta SET value = json_set(value, '$.title', 'WAL') WHERE key = 'project'").run();
      const copy = path.join(work, 'copy.lakar');
      fs.copyFileSync(file, copy);
      fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
      db.close();
      fs.renameSync(copy, file);
      fs.renameSync(`${copy}-wal`, `${file}-wal`);
      if (rnd.chance(0.3)) fs.writeFileSync(`${file}-wal`, flipBytes(new Uint8Array(fs.readFileSync(`${file}-wal`)), rnd));
    } else if (kind === 'side') {
      const side = rnd.pick(['-journal', '-journal', '-wal', '-shm']);
      const content = rnd.pick([new Uint8Array(0), new Uint8Array(512), enc.encode('sampah '.repeat(200)), flipBytes(new Uint8Array(fs.readFileSync(file)).subarray(0, 4096), rnd)]);
      mutation = `lakar:side${side}:${content.length === 0 ? 'empty' : content[0] === 0 ? 'zero' : 'junk'}`;
      fs.writeFileSync(`${file}${side}`, content);
    } else if (kind === 'interrupted') {
      mutation = 'lakar:interruptedSave';
      const source = path.join(work, 'source.lakar');
      fs.renameSync(file, source);
      interruptedSaveCopy(source, file);
    } else {
      const m = byteMutation(new Uint8Array(fs.readFileSync(file)), rnd);
      mutation = `lakar:${m.mutation}`;
      fs.writeFileSync(file, m.data);
    }
    const files: Record<string, Uint8Array> = {};
    for (const name of fs.readdirSync(work)) if (name.startsWith('projek.lakar')) files[name] = new Uint8Array(fs.readFileSync(path.join(work, name)));
    return { format: 'lakar', mutation, files, entry: 'projek.lakar' };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
