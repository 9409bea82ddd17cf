/**
 * The command registry. Every document change is a command: a pure function
 * `(doc, args) => doc` registered once with an id, an i18n label key and an optional shortcut.
 * Commands are written as immer recipes so that each application yields patches, which feed
 * undo/redo (inverse patches), the recovery journal and the incremental save.
 */
import { current, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { z } from 'zod';
import type { Element, LakarDocument, NodeLayout, Relation, View } from '../model/schema';
import { placeInverse } from '../model/placed';
import { isTableField, type TableField } from '../model/table-edit';
import { ViewNodesDraft } from './nodes-draft';
import { TableDraft } from './table-draft';

enablePatches();

/**
 * A view as a command changes it: its boxes are replaced, never changed in place (they are written
 * beside immer's draft, ./nodes-draft.ts).
 */
export type ViewDraft = Omit<Draft<View>, 'nodes'> & { nodes: Record<string, Readonly<NodeLayout>> };

/**
 * The document as a command changes it: immer's draft for everything but the tables, which are
 * changed item by item through a TableDraft (immer would copy a 100,000-key record per edit), and
 * the views' boxes (./nodes-draft.ts, for the same reason).
 */
export type CommandDraft = Omit<Draft<LakarDocument>, TableField | 'views'> & {
  views: Record<string, ViewDraft>;
  readonly elements: TableDraft<Element>;
  readonly relations: TableDraft<Relation>;
};

/**
 * How a command's views are drafted. A ViewNodesDraft (./nodes-draft.ts) writes their boxes beside
 * immer's draft; the reference its tests compare with lets immer draft them (test/helpers/boxes-by-immer.ts).
 */
export type ViewsDrafting = Pick<ViewNodesDraft, 'stands' | 'views' | 'leaveAll' | 'withNodes' | 'finish' | 'abandon'>;

/** The boxes drafts of running commands, by their draft. */
const nodesDrafts = new WeakMap<object, ViewsDrafting>();

/** The document as the command has changed it so far (tables and boxes included): for reading whole, e.g. to merge. */
export function currentDocument(draft: CommandDraft): LakarDocument {
  const doc = current(draft) as unknown as LakarDocument;
  const views = nodesDrafts.get(draft)?.withNodes(doc.views) ?? doc.views;
  return { ...doc, views, elements: draft.elements.current(), relations: draft.relations.current() };
}

/** Where a command's effect goes in the undo history. */
export type HistoryMode = 'record' | 'skip';

export interface CommandDefinition<A> {
  /** Stable id, e.g. `element.add`. */
  id: string;
  /** i18n key of the human label, e.g. `command.element.add`. */
  labelKey: string;
  /** Keyboard shortcut in `Mod+Shift+K` form (Mod = Ctrl, or Cmd on macOS). */
  shortcut?: string;
  /** Schema of the arguments: commands can be dispatched from IPC, the CLI or scripts. */
  args: z.ZodType<A>;
  /**
   * The arguments checked against the document the command applies to, where that is cheaper than
   * `args` and gives the same result (whole documents mostly equal to it: merge.apply). Without it,
   * `args` checks them.
   */
  parseArgs?(args: unknown, doc: LakarDocument): z.ZodSafeParseResult<A>;
  /** Mutates the draft; throws CommandError when the change would make the document invalid. */
  run(draft: CommandDraft, args: A): void;
}

/** A command rejected because its arguments or result are invalid; `key` is an i18n message key. */
export class CommandError extends Error {
  constructor(
    readonly key: string,
    readonly details: { path?: (string | number)[]; params?: Record<string, string | number> }[] = [],
  ) {
    super(key);
    this.name = 'CommandError';
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const registry = new Map<string, CommandDefinition<any>>();

/** Register a command once; registering the same id twice is a programming error. */
export function defineCommand<A>(def: CommandDefinition<A>): CommandDefinition<A> {
  if (registry.has(def.id)) throw new Error(`command ${def.id} registered twice`);
  registry.set(def.id, def);
  return def;
}

/** The command registered under `id`. */
export function getCommand(id: string): CommandDefinition<unknown> {
  const def = registry.get(id);
  if (!def) throw new CommandError('command.unknown', [{ params: { id } }]);
  return def;
}

/** All registered commands (for menus, shortcut maps and the command palette). */
export function listCommands(): CommandDefinition<unknown>[] {
  return [...registry.values()];
}

export interface CommandResult {
  doc: LakarDocument;
  patches: Patch[];
  inversePatches: Patch[];
}

/** What each running command asked to be given once its document is made (`whenDone`), by its draft. */
const doneCallbacks = new WeakMap<object, ((doc: LakarDocument) => void)[]>();

/**
 * Call `fn` with the document the command running on `draft` makes, once it is made (never when the
 * command fails): for remembering facts about the result that only hold of its objects.
 */
export function whenDone(draft: CommandDraft, fn: (doc: LakarDocument) => void): void {
  const list = doneCallbacks.get(draft);
  if (list) list.push(fn);
  else doneCallbacks.set(draft, [fn]);
}

/** Apply command `id` to `doc`: validates the args, returns the new document and its patches. */
export function executeCommand(doc: LakarDocument, id: string, args: unknown): CommandResult {
  // the views' boxes too are written beside immer's draft: it would copy a view's whole record of boxes per edit
  return executeDraftingViews(doc, id, args, new ViewNodesDraft(doc.views));
}

/** executeCommand with the views drafted by `nodes`. */
export function executeDraftingViews(doc: LakarDocument, id: string, args: unknown, nodes: ViewsDrafting): CommandResult {
  const def = getCommand(id);
  const parsed = def.parseArgs ? def.parseArgs(args, doc) : def.args.safeParse(args);
  if (!parsed.success) {
    throw new CommandError(
      'command.invalidArgs',
      parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), params: { message: i.message } })),
    );
  }
  const tables = { elements: new TableDraft('elements', doc.elements), relations: new TableDraft('relations', doc.relations) };
  let boxes: ReturnType<ViewsDrafting['finish']>;
  let produced: readonly [LakarDocument, Patch[], Patch[]];
  let commandDraft = undefined as object | undefined;
  try {
    produced = produceWithPatches(doc, (draft) => {
      let views: unknown;
      commandDraft = new Proxy(draft, {
        get: (target, key) => {
          if (isTableField(key)) return tables[key];
          if (key !== 'views') return (target as Record<string | symbol, unknown>)[key];
          // one proxy while immer's draft of the views stays the same (it does unless the command replaces them)
          const drafted = target.views as unknown as Record<string, unknown>;
          if (!views || nodes.stands(views) !== drafted) views = nodes.views(drafted);
          return views;
        },
        set: (target, key, value) => {
          if (isTableField(key)) throw new Error(`a command changes ${key} item by item, never the whole table`);
          if (key === 'views') nodes.leaveAll();
          (target as Record<string | symbol, unknown>)[key] = value;
          return true;
        },
      });
      nodesDrafts.set(commandDraft, nodes);
      def.run(commandDraft as unknown as CommandDraft, parsed.data);
    });
    boxes = nodes.finish(produced[0]);
  } catch (e) {
    tables.elements.abandon();
    tables.relations.abandon();
    nodes.abandon();
    throw e;
  }
  const [, draftedPatches, draftedInverse] = produced;
  const rest = boxes.doc;
  const restPatches = [...draftedPatches, ...boxes.patches];
  // a view (or any record immer drafts) put back by an undo goes where it stood (../model/placed.ts)
  const restInverse = [...boxes.inversePatches, ...placeInverse(doc, rest, draftedInverse)];
  const elements = tables.elements.finish();
  const relations = tables.relations.finish();
  const next =
    elements.table === rest.elements && relations.table === rest.relations ? rest : Object.freeze({ ...rest, elements: elements.table, relations: relations.table });
  for (const fn of (commandDraft && doneCallbacks.get(commandDraft)) || []) fn(next);
  return {
    doc: next,
    patches: [...restPatches, ...elements.patches, ...relations.patches],
    inversePatches: [...relations.inversePatches, ...elements.inversePatches, ...restInverse],
  };
}

/** The pure `(doc, args) => doc` form of a command. */
export function runCommand<A>(def: CommandDefinition<A>, doc: LakarDocument, args: A): LakarDocument {
  return executeCommand(doc, def.id, args).doc;
}
