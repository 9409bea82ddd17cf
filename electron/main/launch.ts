/**
 * Which project a launch asks for: Lakar opened by double-clicking a `.lakar` file (Windows and
 * Linux pass it on the command line, also to an already-running instance through
 * `second-instance`; macOS sends `open-file`). Plain functions, tested.
 */
import path from 'node:path';

/** The project file named on a command line, resolved against `cwd`; null when there is none. */
export function projectFileFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; unpackaged runs also pass the app directory (`electron .`)
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg.startsWith('-')) continue;
    if (isProjectFile(arg)) return path.resolve(cwd, arg);
  }
  return null;
}

/** Does `filePath` name a Lakar project (`.lakar`, any letter case)? */
export function isProjectFile(filePath: string): boolean {
  return /\.lakar$/i.test(filePath) && path.basename(filePath).length > '.lakar'.length;
}
