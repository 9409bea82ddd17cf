/**
 * The problems rules report (`Emit`): small objects whose message is rendered when first read (a
 * large model has thousands of findings and only the shown ones need text). Split from define.ts,
 * which defines the rules that make them.
 */
import type { RelationKind } from '../model/schema';
import type { Anchor, Emit, Params, RuleText, Target } from './define';
import type { Bilingual, Problem, Severity } from './types';

/** `template` with `{key}` replaced by `params[key]` in `lang` (unknown keys left as written). */
export function render(template: string, params: Params, lang: 'ms' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => {
    const v = params[key];
    if (v === undefined) return all;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** Shared empty id list (frozen: problems are read-only). */
const NONE = Object.freeze([]) as unknown as string[];

/** Works out a problem's message parameters from its anchor and the values kept with it (`emit.about` passes none). */
type ParamsOf = (anchor: Anchor, a: unknown, b: unknown, c: unknown) => Params;

/** A problem's parameters and message once read, and its rule. */
class Shown {
  constructor(
    readonly rule: RuleText,
    readonly params: Params,
    public message: Bilingual | undefined,
  ) {}
}

/**
 * What the problems one rule makes about their anchors with one `paramsOf` share (`emit.about`,
 * `emit.aboutWith`): such a problem holds this instead of the rule and the function, one field fewer
 * in each of ~175,000 findings of a full check of the varied 100,000-element model (the young
 * generation's collector copies every byte of them, most twice; see `RuleProblem`).
 */
class AnchorMaker {
  /** The rule anchors on relations: a problem about its anchor points at a relation. */
  readonly onRelations: boolean;

  constructor(
    readonly rule: RuleText,
    readonly paramsOf: ParamsOf,
  ) {
    this.onRelations = !!(rule as { relations?: unknown }).relations;
  }
}

/**
 * A problem whose message is rendered on first read: a large model can have thousands of findings
 * and only the shown ones need text. `message` is a getter; `toJSON` writes it out, so JSON output
 * and `plainProblem` copies carry the text (use `plainProblem` before spreading or cloning).
 *
 * Kept to one small object per finding: a full check of the varied 100,000-element model makes
 * ~181,000 of them and the report keeps them all, so the young-generation collector copies every
 * byte of them, most twice (within the young generation, then into the old). The template is read
 * from the rule; a problem about its anchor keeps its rule and parameter function in one shared
 * object (`AnchorMaker`), replaced by its parameters and message once read (two fields: 41 bytes a
 * finding with its list slot instead of 49, measured on 100,000 findings); it keeps no id list
 * but makes `[anchor.id]` when read (a reader that keeps it keeps its own copy; the window reads
 * every finding's ids once to index them and keeps none of the lists). The rule id and severity are
 * read from the rule too.
 */
abstract class RuleProblem implements Problem {
  protected abstract get rule(): RuleText;

  get ruleId(): string {
    return this.rule.id;
  }

  get severity(): Severity {
    return this.rule.severity;
  }

  abstract get elementIds(): string[];
  abstract get relationIds(): string[];

  get params(): Params {
    return this.shown().params;
  }

  get message(): Bilingual {
    const shown = this.shown();
    const template = shown.rule.message;
    return (shown.message ??= { ms: render(template.ms, shown.params, 'ms'), en: render(template.en, shown.params, 'en') });
  }

  /** The parameters and message, worked out on first read. */
  protected abstract shown(): Shown;

  toJSON(): Problem {
    return plainProblem(this);
  }
}

/** A problem made by `emit`: parameters and what it points at given. */
class TargetProblem extends RuleProblem {
  #rule: RuleText;
  #params: Params | Shown;
  #elementIds: string[];
  #relationIds: string[];

  constructor(rule: RuleText, params: Params, elementIds: string[], relationIds: string[]) {
    super();
    this.#rule = rule;
    this.#params = params;
    this.#elementIds = elementIds;
    this.#relationIds = relationIds;
  }

  protected get rule(): RuleText {
    return this.#rule;
  }

  get elementIds(): string[] {
    return this.#elementIds;
  }

  get relationIds(): string[] {
    return this.#relationIds;
  }

  protected shown(): Shown {
    const p = this.#params;
    return p instanceof Shown ? p : (this.#params = new Shown(this.#rule, p, undefined));
  }
}

/** A problem made by `emit.about`: it points at its anchor, and its parameters are worked out from it. */
class AnchorProblem extends RuleProblem {
  /** The rule and parameter function (shared), or what was read. */
  #how: AnchorMaker | Shown;
  #anchor: Anchor;

  constructor(how: AnchorMaker, anchor: Anchor) {
    super();
    this.#how = how;
    this.#anchor = anchor;
  }

  protected get rule(): RuleText {
    return this.#how.rule;
  }

  get anchor(): Anchor {
    return this.#anchor;
  }

  get elementIds(): string[] {
    return this.onRelations ? NONE : [this.#anchor.id];
  }

  get relationIds(): string[] {
    return this.onRelations ? [this.#anchor.id] : NONE;
  }

  private get onRelations(): boolean {
    const how = this.#how;
    return how instanceof AnchorMaker ? how.onRelations : !!(how.rule as { relations?: unknown }).relations;
  }

  protected shown(): Shown {
    const how = this.#how;
    return how instanceof Shown ? how : (this.#how = new Shown(how.rule, this.paramsFrom(how.paramsOf), undefined));
  }

  /** The parameters `paramsOf` works out. */
  protected paramsFrom(paramsOf: ParamsOf): Params {
    return paramsOf(this.#anchor, undefined, undefined, undefined);
  }
}

/** A problem made by `emit.aboutWith`: its parameters are worked out from the anchor and three values kept with it. */
class AnchorProblemWith extends AnchorProblem {
  #a: unknown;
  #b: unknown;
  #c: unknown;

  constructor(how: AnchorMaker, anchor: Anchor, a: unknown, b: unknown, c: unknown) {
    super(how, anchor);
    this.#a = a;
    this.#b = b;
    this.#c = c;
  }

  protected override paramsFrom(paramsOf: ParamsOf): Params {
    return paramsOf(this.anchor, this.#a, this.#b, this.#c);
  }
}

/** `AnchorProblemWith` that points at given elements (beside a relation anchor, or in place of an element anchor). */
class AnchorProblemWithElements extends AnchorProblemWith {
  #elements: string[];

  constructor(how: AnchorMaker, anchor: Anchor, a: unknown, b: unknown, c: unknown, elements: string[]) {
    super(how, anchor, a, b, c);
    this.#elements = elements;
  }

  override get elementIds(): string[] {
    return this.#elements;
  }
}

/** The anchor of a problem made by `emit.about` or `emit.aboutWith`; undefined for one made by `emit`. */
export function anchorOf(p: Problem): Anchor | undefined {
  return p instanceof AnchorProblem ? p.anchor : undefined;
}

/** A plain-object copy of a problem with its message rendered (safe to spread, clone or send). */
export function plainProblem(p: Problem): Problem {
  return { ruleId: p.ruleId, severity: p.severity, message: p.message, elementIds: p.elementIds, relationIds: p.relationIds, ...(p.params ? { params: p.params } : {}) };
}

/** A problem of `rule` with message parameters and what it points at. */
export function makeProblem(rule: RuleText, params: Params, target: Target): Problem {
  return new TargetProblem(rule, params, target.elements ?? NONE, target.relations ?? NONE);
}

/**
 * What a full check's pass is checking (full-pass.ts): `item`, the anchor at hand, and `stray`, set
 * when an emitter watching it makes a problem that is not about `item` (made by `emit`, or about
 * another anchor). The pass then notes the anchors of the problems made, which it need not do for the
 * others (`anchorOf` gives it); it no longer reads back each of the ~185,000 problems of the varied
 * 100,000-element model to ask.
 */
export interface AnchorWatch {
  item: Anchor | undefined;
  stray: boolean;
}

/** An emit function that appends problems of `rule` to `out` (a list, or a full check's `ChunkedList`), telling `watch` of problems not about its item. */
export function emitterFor(rule: RuleText & { relations?: readonly RelationKind[] }, out: { push(p: Problem): unknown }, watch?: AnchorWatch): Emit {
  const emit = (params: Params, target: Target = {}) => {
    if (watch !== undefined) watch.stray = true;
    out.push(makeProblem(rule, params, target));
  };
  // the rule's makers, one per parameter function it passes (a rule has one to three), searched by a
  // loop: a closure over `of` here made V8 allocate its context on every call (~5 MB per full check)
  const makers: AnchorMaker[] = [];
  const makerFor = (of: ParamsOf): AnchorMaker => {
    for (let i = 0; i < makers.length; i++) if (makers[i].paramsOf === of) return makers[i];
    const made = new AnchorMaker(rule, of);
    makers.push(made);
    return made;
  };
  emit.about = <T extends Anchor>(anchor: T, paramsOf: (anchor: T) => Params) => {
    if (watch !== undefined && anchor !== watch.item) watch.stray = true;
    out.push(new AnchorProblem(makerFor(paramsOf as unknown as ParamsOf), anchor));
  };
  emit.aboutWith = <T extends Anchor, A, B, C>(anchor: T, paramsOf: (anchor: T, a: A, b: B, c: C) => Params, a: A, b: B, c: C, elements?: string[]) => {
    if (watch !== undefined && anchor !== watch.item) watch.stray = true;
    const how = makerFor(paramsOf as unknown as ParamsOf);
    out.push(elements ? new AnchorProblemWithElements(how, anchor, a, b, c, elements) : new AnchorProblemWith(how, anchor, a, b, c));
  };
  return emit;
}

