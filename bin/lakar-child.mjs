/**
 * The `lakar` CLI's working process, started by bin/lakar.mjs (which watches it: bin/supervise.mjs).
 * Runs cli/main.ts through tsx. When supervised, its messages and its exit code go to the parent over
 * the IPC channel, and each temporary file it is about to write is first appended (synchronously, so
 * a kill cannot outrun it) to the log file the parent named in LAKAR_TEMP_LOG; Ctrl+C raises the CLI's stop flag
 * (cli/interrupt.ts) instead of killing the process, so imports and exports stop cleanly.
 */
import fs from 'node:fs';
import process from 'node:process';

const { register } = await import('tsx/esm/api');
register();
const { main, processIo } = await import('../cli/main.ts');
const { installInterruptHandler } = await import('../cli/interrupt.ts');
const { observeTempFiles } = await import('../electron/store/files.ts');

installInterruptHandler();
const io = processIo();
if (process.send) {
  const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));
  io.stderr = (s) => void process.send({ stderr: s });
  const log = process.env.LAKAR_TEMP_LOG;
  if (log) observeTempFiles((temp) => fs.appendFileSync(log, `${temp}\n`));
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
  await send({ exit: code });
  process.disconnect();
} else {
  process.exitCode = await main(process.argv.slice(2), io);
}
