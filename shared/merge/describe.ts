/**
 * Conflicts in a planner's words (BM/EN), for the conflict screen and `lakar merge`:
 * "Aliran data Sistem B → SPP: Kaedah integrasi — saya: MyGDX; mereka: API (asal: SFTP)".
 */
import { describeField, formatValue, subjectOf, type DescribeContext } from '../diff/describe';
import { fieldLabel } from '../diff/labels';
import { diffEntity } from '../diff/diff';
import type { Lang } from '../i18n';
import type { MergeConflict, Side } from './types';

const WORDS = {
  ms: {
    mine: 'saya',
    theirs: 'mereka',
    base: 'asal',
    deleted: 'dipadam',
    absent: 'tiada',
    unchanged: 'tidak diubah',
    field: 'diubah oleh kedua-dua pihak',
    deleteEdit: (by: string, other: string) => `dipadam oleh ${by}, disunting oleh ${other}`,
    deletedEnd: (by: string, other: string, n: number) => `dipadam oleh ${by}; ${n} perubahan ${other} bergantung padanya`,
    idCollision: 'kedua-dua pihak menambah perkara berlainan dengan id yang sama',
    invalid: 'gabungan kedua-dua perubahan tidak sah',
    reason: { relationNotAllowed: 'hubungan ini tidak dibenarkan antara jenis unsur tersebut', schema: 'medan tidak sepadan dengan jenisnya', structure: 'medan tidak sepadan dengan jenisnya' } as Record<string, string>,
    how: { edited: 'disunting', relation: 'hubungan', node: 'kedudukan pada', carries: 'aliran membawa data ini', parent: 'modul di bawahnya' } as Record<string, string>,
  },
  en: {
    mine: 'mine',
    theirs: 'theirs',
    base: 'base',
    deleted: 'deleted',
    absent: 'absent',
    unchanged: 'unchanged',
    field: 'changed on both sides',
    deleteEdit: (by: string, other: string) => `deleted by ${by}, edited by ${other}`,
    deletedEnd: (by: string, other: string, n: number) => `deleted by ${by}; ${n} change(s) of ${other} depend on it`,
    idCollision: 'both sides added something different under the same id',
    invalid: 'the two changes together are not valid',
    reason: { relationNotAllowed: 'this relation is not allowed between those element kinds', schema: 'fields that do not fit its kind', structure: 'fields that do not fit its kind' } as Record<string, string>,
    how: { edited: 'edited', relation: 'relation', node: 'position on', carries: 'flow carrying this data', parent: 'module under it' } as Record<string, string>,
  },
} as const;

/** One conflict in words. */
export interface DescribedConflict {
  conflict: MergeConflict;
  /** What it is about, e.g. `Aliran data Sistem B → SPP`. */
  subject: string;
  /** The field, for field conflicts (e.g. `Kaedah integrasi`). */
  field?: string;
  /** Why it is a conflict, e.g. `dipadam oleh saya, disunting oleh mereka`. */
  why: string;
  /** Each side's value or version in words (`dipadam` for a deletion). */
  base: string;
  mine: string;
  theirs: string;
  /** The other side's work that goes or stays with a deleted element. */
  dependents: string[];
  /** All of it on one line. */
  text: string;
}

/** `c` in words; `ctx.before` is the base, `ctx.after` holds names from both sides (mine, then theirs). */
export function describeConflict(c: MergeConflict, docs: { base: object; mine: object; theirs: object }, lang: Lang): DescribedConflict {
  const w = WORDS[lang];
  const names: DescribeContext = { lang, before: docs.theirs, after: docs.mine };
  const subject = subjectOf(names, c.collection, c.entityId);
  const kind = ((c.mine ?? c.theirs ?? c.base) as { kind?: string } | undefined)?.kind;
  const whoSide = (s: Side) => w[s];
  if (c.kind === 'field') {
    const field = fieldLabel(c.collection, c.path!, lang);
    const v = (x: unknown) => formatValue(names, c.collection, kind, c.path!, x);
    const [base, mine, theirs] = [v(c.base), v(c.mine), v(c.theirs)];
    return { conflict: c, subject, field, why: w.field, base, mine, theirs, dependents: [], text: `${subject}: ${field} — ${w.mine}: ${mine}; ${w.theirs}: ${theirs} (${w.base}: ${base})` };
  }
  // a whole entity: a deletion, or what that side changed from the base
  const version = (x: unknown): string => {
    if (x === undefined) return c.base === undefined ? w.absent : w.deleted;
    if (c.base === undefined) return subjectOf({ lang, before: {}, after: { [c.collection]: { [c.entityId]: x } } }, c.collection, c.entityId);
    const fields = diffEntity(c.collection, c.base, x);
    return fields.length === 0 ? w.unchanged : fields.map((f) => describeField(names, c.collection, kind, f)).join('; ');
  };
  const [base, mine, theirs] = [c.base === undefined ? w.absent : subject, version(c.mine), version(c.theirs)];
  const dependents = (c.dependents ?? []).map((d) => (d.how === 'edited' ? w.how.edited : d.how === 'node' ? `${w.how.node} ${subjectOf(names, 'views', d.id)}` : d.how === 'relation' ? subjectOf(names, 'relations', d.id) : `${w.how[d.how]}: ${subjectOf(names, d.collection, d.id)}`));
  let why: string;
  if (c.kind === 'deleteEdit') why = w.deleteEdit(whoSide(c.deletedBy!), whoSide(c.deletedBy === 'mine' ? 'theirs' : 'mine'));
  else if (c.kind === 'deletedEnd') why = w.deletedEnd(whoSide(c.deletedBy!), whoSide(c.deletedBy === 'mine' ? 'theirs' : 'mine'), dependents.length);
  else if (c.kind === 'idCollision') why = w.idCollision;
  else why = `${w.invalid}: ${w.reason[c.reason ?? 'schema'] ?? c.reason}`;
  const extra = dependents.length > 0 ? ` [${dependents.join('; ')}]` : '';
  return { conflict: c, subject, why, base, mine, theirs, dependents, text: `${subject}: ${why} — ${w.mine}: ${mine}; ${w.theirs}: ${theirs}${extra}` };
}
