/** `lakar import <in> -o <file.lakar> [--format <name>] [--force]`: a new project from another file. */
import path from 'node:path';
import type { Command } from 'commander';
import { importers } from '../formats';
import { loadInput, printWarnings, type CliContext } from '../context';

/** Add `import` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  const formats = importers()
    .map((i) => i.name)
    .join(', ');
  program
    .command('import')
    .description(ctx.t('cmd.import.description'))
    .argument('<input>', ctx.t('cmd.import.input'))
    .requiredOption('-o, --output <file>', ctx.t('cmd.import.output'))
    .option('--format <name>', ctx.t('cmd.import.format', { formats }))
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (input: string, opts: { output: string; format?: string; force?: boolean }) => {
      const loaded = await loadInput(ctx, input, opts.format);
      printWarnings(ctx, loaded.warnings);
      const target = ctx.resolve(/\.lakar$/i.test(opts.output) ? opts.output : `${opts.output}.lakar`);
      const { createProject } = await import('../../electron/store/project');
      await createProject(target, loaded.doc, { overwrite: !!opts.force });
      ctx.io.stdout(
        `${ctx.t('out.imported', {
          elements: loaded.doc.elements.ids().length,
          relations: loaded.doc.relations.ids().length,
          input: path.basename(input),
          format: loaded.format,
          file: target,
        })}\n`,
      );
    });
}
