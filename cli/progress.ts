/**
 * Progress of a long import on the terminal: one line on stderr, rewritten in place ("Menghurai…
 * 23 %"), in the user's language (the import dialog's phase texts), and cleared when the import
 * ends. Only when stderr is a terminal: a script piping or logging stderr gets no control
 * characters, and stdout is never touched.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface TerminalProgress {
  onProgress(progress: { phase: string; fraction: number }): void;
  /** Clear the line (call when the import ends, also on failure). */
  done(): void;
}

/** A progress line on `stream` (stderr) with the phase texts `phaseText` gives; silent when it is not a terminal. */
export function terminalProgress(phaseText: (phase: string) => string, stream: ProgressStream = process.stderr): TerminalProgress {
  if (!stream.isTTY) return { onProgress: () => undefined, done: () => undefined };
  let shown = '';
  return {
    onProgress({ phase, fraction }) {
      const line = `${phaseText(phase)} ${Math.round(Math.min(1, Math.max(0, fraction)) * 100)} %`;
      if (line === shown) return;
      shown = line;
      stream.write(`\r\x1b[2K${line}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = '';
    },
  };
}

/** Phase texts from the interchange messages of `lang` (`interchange:phase.<phase>`), the key itself when missing. */
export function phaseTexts(messages: Record<string, string>): (phase: string) => string {
  return (phase) => messages[`interchange:phase.${phase}`] ?? phase;
}
