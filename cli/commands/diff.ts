/**
 * `lakar diff <a> <b> [--json]`: what changed between two projects (any readable format on either
 * side), in planner's words; exit 0 when the same, 1 when different, 2 on bad input.
 * `lakar diff --textconv <file>`: one project as a stable listing, for git's diff driver
 * (`lakar git-setup`), so `git diff` and `git log -p` of a project read like the model.
 */
import type { Command } from 'commander';
import { CliError, EXIT, loadInput, printWarnings, type CliContext } from '../context';

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** Add `diff` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description(ctx.t('cmd.diff.description'))
    .argument('<a>', ctx.t('cmd.diff.a'))
    .argument('[b]', ctx.t('cmd.diff.b'))
    .option('--json', ctx.t('cmd.diff.json'))
    .option('--textconv', ctx.t('cmd.diff.textconv'))
    .action(async (a: string, b: string | undefined, opts: { json?: boolean; textconv?: boolean }) => {
      const { describeDiff, diffDocuments, documentListing } = await import('../../shared/diff');
      if (opts.textconv) {
        if (b !== undefined) throw new CliError('cli.excessArguments');
        ctx.io.stdout(documentListing((await loadInput(ctx, a)).doc, ctx.lang));
        return;
      }
      if (b === undefined) throw new CliError('diff.needTwo');
      const [before, after] = await Promise.all([loadInput(ctx, a), loadInput(ctx, b)]);
      printWarnings(ctx, [...before.warnings, ...after.warnings]);
      const diff = diffDocuments(before.doc, after.doc);
      const described = describeDiff(diff, before.doc, after.doc, ctx.lang);
      if (diff.changes.length > 0) ctx.exitCode = EXIT.problems;
      const totals = { added: 0, removed: 0, changed: 0 };
      for (const c of diff.changes) totals[c.type]++;
      if (opts.json) {
        const changes = described.map((d) => ({
          collection: d.change.collection,
          id: d.change.id,
          type: d.change.type,
          text: d.text,
          fields: d.change.fields.map((f, i) => ({ path: f.path, before: f.before, after: f.after, text: d.details[i] })),
        }));
        ctx.io.stdout(`${JSON.stringify({ same: diff.changes.length === 0, totals, summary: diff.summary, changes }, null, 2)}\n`);
        return;
      }
      if (diff.changes.length === 0) {
        ctx.io.stdout(`${ctx.t('diff.same')}\n`);
        return;
      }
      const lines = described.map((d) => (d.change.type === 'changed' && d.details.length > 1 ? `${SIGN.changed} ${d.subject}\n${d.details.map((x) => `    ${x}`).join('\n')}` : `${SIGN[d.change.type]} ${d.text}`));
      ctx.io.stdout(`${lines.join('\n')}\n${ctx.t('diff.summary', { total: diff.changes.length, ...totals })}\n`);
    });
}
