/** `lakar new <file.lakar> [--title <title>] [--example] [--force]`: create an empty project, or the seed's worked example. */
import type { Command } from 'commander';
import type { CliContext } from '../context';

/** Add `new` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('new')
    .description(ctx.t('cmd.new.description'))
    .argument('<file>', ctx.t('cmd.new.file'))
    .option('-t, --title <title>', ctx.t('cmd.new.title'))
    .option('-e, --example', ctx.t('cmd.new.example'))
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (file: string, opts: { title?: string; example?: boolean; force?: boolean }) => {
      const target = ctx.resolve(/\.lakar$/i.test(file) ? file : `${file}.lakar`);
      const title = opts.title?.trim() ?? '';
      // loaded when the command runs, so --help and the other commands start without them
      const [{ createEmptyDocument }, { pengambilanPekerjaExample }, { createProject }] = await Promise.all([
        import('../../shared/model'),
        import('../../shared/samples/pengambilan-pekerja'),
        import('../../electron/store/project'),
      ]);
      const doc = opts.example ? pengambilanPekerjaExample() : createEmptyDocument(title);
      if (opts.example && title) doc.meta.title = title;
      await createProject(target, doc, { overwrite: !!opts.force });
      ctx.io.stdout(`${ctx.t('out.created', { file: target })}\n`);
    });
}
