/**
 * The registry of review commands: every change to a review (a comment, a reply, a verdict, the Syor)
 * is a command in the shared/commands style — an id, an i18n label, zod-checked arguments and an
 * immer recipe — but over the review rather than the project, so it yields patches for undo/redo and
 * never touches the model. Each command says which side may run it: the reviewer, the agency, or both.
 */
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { z } from 'zod';
import { CommandError } from '../commands/registry';
import type { Review } from './schema';
import type { ReviewRole } from './vocabulary';

enablePatches();

/** Who runs a review command, and when (commands stay pure: the caller supplies the time). */
export interface ReviewActor {
  role: ReviewRole;
  /** Name written as the author of comments and replies. */
  name: string;
  /** ISO time of the change. */
  at: string;
}

export interface ReviewCommandDefinition<A> {
  /** Stable id, e.g. `review.comment.add`. */
  id: string;
  /** i18n key of the label in the `domain` messages, e.g. `command.review.comment.add`. */
  labelKey: string;
  args: z.ZodType<A>;
  /** The sides allowed to run it. */
  roles: readonly ReviewRole[];
  /** Mutates the draft; throws CommandError when the change is not allowed or not possible. */
  run(draft: Draft<Review>, args: A, actor: ReviewActor): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const registry = new Map<string, ReviewCommandDefinition<any>>();

/** Register a review command once. */
export function defineReviewCommand<A>(def: ReviewCommandDefinition<A>): ReviewCommandDefinition<A> {
  if (registry.has(def.id)) throw new Error(`review command ${def.id} registered twice`);
  registry.set(def.id, def);
  return def;
}

/** The review command registered under `id`. */
export function getReviewCommand(id: string): ReviewCommandDefinition<unknown> {
  const def = registry.get(id);
  if (!def) throw new CommandError('command.unknown', [{ params: { id } }]);
  return def;
}

/** Every registered review command. */
export function listReviewCommands(): ReviewCommandDefinition<unknown>[] {
  return [...registry.values()];
}

export interface ReviewCommandResult {
  review: Review;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Apply review command `id` as `actor`: checks the role and the arguments, returns the new review and its patches. */
export function executeReviewCommand(review: Review, id: string, args: unknown, actor: ReviewActor): ReviewCommandResult {
  const def = getReviewCommand(id);
  if (!def.roles.includes(actor.role)) throw new CommandError('review.notAllowed', [{ params: { id } }]);
  const parsed = def.args.safeParse(args);
  if (!parsed.success) {
    throw new CommandError(
      'command.invalidArgs',
      parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), params: { message: i.message } })),
    );
  }
  const [next, patches, inversePatches] = produceWithPatches(review, (draft) => {
    def.run(draft, parsed.data, actor);
    draft.updatedAt = actor.at;
  });
  return { review: next, patches, inversePatches };
}
