/**
 * `lakar layout <file> [--view <id>] [-o <out>] [--force]`: lay out a view (or every view) into its
 * bands with the same layout as View › Auto-layout: rows wrapped to the A3 page's shape, room for every
 * routed line. A `.lakar` project is written whole (temporary file, then rename) in place or to `-o`;
 * any other input needs `-o` (a `.lakar` or `.lakar.json` file).
 */
import path from 'node:path';
import fsp from 'node:fs/promises';
import type { Command } from 'commander';
import type { LakarDocument } from '../../shared/model';
import { UserError } from '../../shared/ipc/errors';
import { CliError, loadInput, printWarnings, writeOutput, type CliContext } from '../context';

/** The views `asked` names (an id or a name), or every view. */
function pickViews(doc: LakarDocument, asked: string | undefined, sortedViews: (doc: LakarDocument) => { id: string; name: string }[]): string[] {
  if (asked === undefined) return sortedViews(doc).map((v) => v.id);
  if (doc.views[asked]) return [asked];
  const byName = Object.values(doc.views).find((v) => v.name === asked);
  if (byName) return [byName.id];
  throw new UserError('export.viewNotFound', { view: asked, views: sortedViews(doc).map((v) => `${v.id} (${v.name})`).join(', ') });
}

/** Add `layout` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('layout')
    .description(ctx.t('cmd.layout.description'))
    .argument('<file>', ctx.t('cmd.layout.file'))
    .option('--view <id>', ctx.t('cmd.layout.view'))
    .option('-o, --output <file>', ctx.t('cmd.layout.output'))
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (file: string, opts: { view?: string; output?: string; force?: boolean }) => {
      // the layout engine and the writers load when the command runs: --help and other commands start without them
      const [loaded, { writeProjectFile }, { toLakarJson }, { layoutView }, { sortedViews }] = await Promise.all([
        loadInput(ctx, file),
        import('../../electron/store/project'),
        import('../../shared/interchange/json'),
        import('../../shared/layout'),
        import('../../shared/model/document'),
      ]);
      printWarnings(ctx, loaded.warnings);
      if (!opts.output && loaded.format !== 'lakar') throw new CliError('cli.layoutNeedsOutput', { file: path.basename(file) });
      const doc = loaded.doc;
      const ids = pickViews(doc, opts.view, sortedViews);
      for (const id of ids) {
        const result = await layoutView(doc, id);
        doc.views[id] = { ...doc.views[id], nodes: { ...doc.views[id].nodes, ...result.nodes }, bandHeights: result.bandHeights };
      }
      const target = ctx.resolve(opts.output ?? file);
      if (/\.json$/i.test(target)) {
        if (!opts.force && (await fsp.stat(target).catch(() => null))) throw new CliError('cli.layoutExists', { file: path.basename(target) });
        await writeOutput(ctx, target, toLakarJson(doc));
      } else {
        // in place the project is replaced whole, as Save As does; elsewhere an existing file needs --force
        writeProjectFile(target, doc, { overwrite: !opts.output || !!opts.force });
      }
      ctx.io.stdout(`${ctx.t('out.laidOut', { views: ids.map((id) => doc.views[id].name).join(', '), file: target })}\n`);
    });
}
