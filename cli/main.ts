/**
 * The `lakar` CLI (run by bin/lakar.mjs through tsx). Messages are in Bahasa Melayu unless
 * `--lang en` or LAKAR_LANG=en. Exit codes: 0 ok, 1 problems found, 2 bad input (message on stderr).
 */
import { Command, CommanderError } from 'commander';
import type { Lang } from '../shared/i18n';
import { toUserErrorPayload } from '../shared/ipc/errors';
import { APP_VERSION } from '../electron/store/version';
import { COMMANDS } from './commands';
import { CliError, createContext, EXIT, type CliContext, type CliIo } from './context';

const LANGS: readonly Lang[] = ['ms', 'en'];

/** The language asked for by `--lang` (anywhere in argv), else LAKAR_LANG, else Malay. */
export function pickLanguage(argv: readonly string[], env: CliIo['env']): { lang: Lang; bad?: string } {
  let asked: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') asked = argv[i + 1];
    else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
  });
  if (asked !== undefined) return (LANGS as readonly string[]).includes(asked) ? { lang: asked as Lang } : { lang: 'ms', bad: asked };
  const fromEnv = env.LAKAR_LANG?.toLowerCase().slice(0, 2);
  return { lang: fromEnv === 'en' ? 'en' : 'ms' };
}

/** The commander program with every registered command. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('lakar')
    .description(ctx.t('cli.description'))
    .version(APP_VERSION, '-V, --version', ctx.t('cli.option.version'))
    .option('--lang <lang>', ctx.t('cli.option.lang'))
    .helpOption('-h, --help', ctx.t('cli.option.help'))
    .helpCommand('help [command]', ctx.t('cli.helpCommand'))
    .addHelpText('afterAll', `\n${ctx.t('cli.epilog')}`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      // usage errors are reported in the user's language by `report`
      outputError: () => undefined,
    });
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}

const COMMANDER_KEYS: Record<string, string> = {
  'commander.unknownOption': 'cli.unknownOption',
  'commander.unknownCommand': 'cli.unknownCommand',
  'commander.missingArgument': 'cli.missingArgument',
  'commander.optionMissingArgument': 'cli.optionMissingArgument',
  'commander.missingMandatoryOptionValue': 'cli.missingMandatoryOptionValue',
  'commander.excessArguments': 'cli.excessArguments',
  'commander.invalidArgument': 'cli.invalidArgument',
};

/** Print `e` on stderr in the user's language and return the exit code. */
function report(ctx: CliContext, e: unknown): number {
  const print = (message: string, hint = false) => ctx.io.stderr(`${ctx.t('cli.error', { message })}\n${hint ? `${ctx.t('cli.hint')}\n` : ''}`);
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
    if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.badInput; // no command given: help was shown
    const key = COMMANDER_KEYS[e.code];
    const detail = /'([^']*)'/.exec(e.message)?.[1] ?? '';
    print(key ? ctx.t(key, { detail: detail ? `'${detail}'` : '' }) : ctx.t('cli.usage', { message: e.message.replace(/^error: /, '') }), true);
    return EXIT.badInput;
  }
  if (e instanceof CliError) {
    print(ctx.t(e.key, e.params), e.exitCode === EXIT.badInput && e.key.startsWith('cli.'));
    return e.exitCode;
  }
  const payload = toUserErrorPayload(e);
  if (payload.key === 'error.unexpected') {
    print(ctx.t('cli.unexpected', payload.params));
    if (ctx.io.env.LAKAR_DEBUG && e instanceof Error) ctx.io.stderr(`${e.stack}\n`);
    return EXIT.badInput;
  }
  print(ctx.t(payload.key, payload.params ?? {}));
  return EXIT.badInput;
}

/** The process's streams and environment. */
export function processIo(): CliIo {
  // `lakar info x | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { lang, bad } = pickLanguage(argv, io.env);
  const ctx = createContext(lang, io);
  if (bad !== undefined) return report(ctx, new CliError('cli.badLang', { lang: bad }));
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    return report(ctx, e);
  }
}
