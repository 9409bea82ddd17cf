/**
 * `lakar merge <base> <mine> <theirs> -o <out> [--prefer mine|theirs] [--json]`: three-way merge of
 * projects in any readable format. Conflicts are listed on stderr (and in `--json`); without
 * `--prefer` each takes "mine" in the output for now and the exit code is 1.
 * `--git-driver` is git's merge driver (`lakar git-setup`): the result replaces git's temporary copy
 * of mine (%A), written in that file's own format (.lakar SQLite or canonical .lakar.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { MergeAdjustment, Side } from '../../shared/merge';
import type { LakarDocument } from '../../shared/model';
import { checkOutputTarget, CliError, EXIT, loadInput, printWarnings, writeOutput, type CliContext, type LoadedInput } from '../context';

/** Write `doc` to `file` as a .lakar project or canonical .lakar.json, by `as`. */
async function writeMerged(ctx: CliContext, file: string, doc: LakarDocument, as: 'lakar' | 'json', overwrite: boolean): Promise<void> {
  if (as === 'lakar') await (await import('../../electron/store/project')).createProject(ctx.resolve(file), doc, { overwrite });
  else await writeOutput(ctx, file, (await import('../../shared/interchange/json')).toLakarJson(doc));
}

function outputKind(ctx: CliContext, file: string): 'lakar' | 'json' {
  if (/\.lakar$/i.test(file)) return 'lakar';
  if (/\.json$/i.test(file) || file === '-') return 'json';
  throw new CliError('merge.outputFormat', { file: path.basename(file) });
}

function adjustmentText(ctx: CliContext, a: MergeAdjustment): string {
  return ctx.t(`merge.adjustment.${a.key}`, { collection: a.collection, id: a.id, detail: a.detail ?? '' });
}

/** Add `merge` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description(ctx.t('cmd.merge.description'))
    .argument('<base>', ctx.t('cmd.merge.base'))
    .argument('<mine>', ctx.t('cmd.merge.mine'))
    .argument('<theirs>', ctx.t('cmd.merge.theirs'))
    .argument('[name]', ctx.t('cmd.merge.name'))
    .option('-o, --output <file>', ctx.t('cmd.merge.output'))
    .option('--prefer <side>', ctx.t('cmd.merge.prefer'))
    .option('--json', ctx.t('cmd.merge.json'))
    .option('--git-driver', ctx.t('cmd.merge.gitDriver'))
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (baseFile: string, mineFile: string, theirsFile: string, _name: string | undefined, opts: { output?: string; prefer?: string; json?: boolean; gitDriver?: boolean; force?: boolean }) => {
      if (opts.prefer !== undefined && opts.prefer !== 'mine' && opts.prefer !== 'theirs') throw new CliError('merge.badPrefer');
      const prefer = opts.prefer as Side | undefined;
      const output = opts.gitDriver ? mineFile : opts.output;
      if (!output) throw new CliError('cli.missingMandatoryOptionValue', { detail: "'-o, --output <file>'" });
      let as: 'lakar' | 'json';
      if (!opts.gitDriver) {
        as = outputKind(ctx, output);
        for (const input of [baseFile, mineFile, theirsFile]) {
          try {
            checkOutputTarget(ctx, input, output);
          } catch (e) {
            // --force may replace an existing project (e.g. the conflicted file git left), never an input
            if (!(e instanceof CliError && e.key === 'cli.outputIsProject')) throw e;
            if (!opts.force) throw new CliError('merge.outputExists', { file: path.basename(output) });
          }
        }
        if (as === 'lakar' && !opts.force && fs.existsSync(ctx.resolve(output))) throw new CliError('merge.outputExists', { file: path.basename(output) });
      }
      const loaded: LoadedInput[] = await Promise.all([baseFile, mineFile, theirsFile].map((f) => loadInput(ctx, f)));
      for (const l of loaded) printWarnings(ctx, l.warnings);
      const [base, mine, theirs] = loaded.map((l) => l.doc);
      // git hands over temporary files: the result keeps the format of its copy of mine
      if (opts.gitDriver) as = loaded[1].format === 'lakar' ? 'lakar' : 'json';
      const { describeConflict, mergeDocuments } = await import('../../shared/merge');
      const result = mergeDocuments(base, mine, theirs, { prefer });
      const docs = { base, mine, theirs };
      const described = result.conflicts.map((c) => describeConflict(c, docs, ctx.lang));
      await writeMerged(ctx, output, result.doc, as!, !!opts.gitDriver || !!opts.force);
      const left = prefer ? 0 : result.unresolved.length;
      if (left > 0) ctx.exitCode = EXIT.problems;
      if (opts.json) {
        const conflicts = described.map((d) => ({ ...d.conflict, text: d.text, why: d.why }));
        ctx.io.stdout(`${JSON.stringify({ output: ctx.resolve(output), conflicts, unresolved: prefer ? [] : result.unresolved, prefer: prefer ?? null, adjustments: result.adjustments }, null, 2)}\n`);
      }
      for (const d of described) ctx.io.stderr(`${ctx.t('merge.conflict', { text: d.text })}\n`);
      for (const a of result.adjustments) ctx.io.stderr(`${ctx.t('merge.adjusted', { text: adjustmentText(ctx, a) })}\n`);
      const file = opts.gitDriver ? (_name ?? path.basename(mineFile)) : ctx.resolve(output);
      const summary = left > 0 ? ctx.t('merge.conflicts', { count: left, file }) : described.length > 0 ? ctx.t('merge.resolved', { file, count: described.length, side: prefer! }) : ctx.t('merge.clean', { file });
      if (left > 0 || opts.json || opts.gitDriver) ctx.io.stderr(`${summary}\n`);
      else ctx.io.stdout(`${summary}\n`);
    });
}
