/**
 * What the portfolio menu items and view do.
 * - File › Open portfolio…: the backend picks and reads (desktop: a folder, watched; browser: many
 *   files or a zip), the worker analyses with progress and Cancel, the view shows the result. A
 *   watched folder is asked for changes every few seconds and only changed files are re-analysed.
 * - Click-through: the project is opened (a desktop `.lakar` by its path; any other file as a new
 *   unsaved project, like an import) and the element selected and revealed.
 * - Semak terhadap portfolio…: the open project's overlaps with the portfolio become advice in the
 *   Problems panel (001 §4.2.2 a).
 */
import { PORTFOLIO_READ_BATCH, type OpenedProject, type PortfolioFile } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { confirmLeave, openProject, showProject } from '../shell/actions';
import { defaultPortfolioWorker, PortfolioClient, type WorkerFactory } from './client';
import type { PortfolioReply } from './protocol';
import { reasonKey } from './jobs';
import type { UnreadableReason } from '../../shared/portfolio';
import { INITIAL_PORTFOLIO, usePortfolio, type PortfolioSource } from './portfolioStore';
import { setExtraFindings } from '../problems/extraFindings';
import { PORTFOLIO_RULE } from '../../shared/portfolio/check';

interface Hooks {
  workerFactory: WorkerFactory | null;
  /** Milliseconds between asking a watched folder for changes. */
  pollMs: number;
}

const hooks: Hooks = { workerFactory: defaultPortfolioWorker, pollMs: 2000 };

/** Replace how the portfolio runs (unit tests: inline, no polling). */
export function configurePortfolio(overrides: Partial<Hooks>): void {
  Object.assign(hooks, overrides);
}

let client: PortfolioClient | null = null;
let poll: ReturnType<typeof setInterval> | null = null;

function api() {
  const a = useEditor.getState().api;
  if (!a) throw new Error('no backend');
  return a;
}

function asError(e: unknown): { key: string; params?: Record<string, string | number> } {
  if (e && typeof e === 'object' && 'key' in e && typeof (e as { key: unknown }).key === 'string') return e as { key: string };
  return { key: 'portfolio:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } };
}

async function run(request: Parameters<PortfolioClient['request']>[0]): Promise<PortfolioReply | null> {
  if (!client) return null;
  usePortfolio.setState({ phase: 'running', progress: null, error: null });
  try {
    const reply = await client.request(request, (progress) => usePortfolio.setState({ progress }));
    usePortfolio.setState({ phase: 'ready', progress: null });
    return reply;
  } catch (e) {
    const error = asError(e);
    if (error.key === 'portfolio:error.cancelled') await closePortfolio();
    else usePortfolio.setState({ phase: 'error', error, progress: null });
    return null;
  }
}

function stopPolling(): void {
  if (poll) clearInterval(poll);
  poll = null;
}

async function pollChanges(source: PortfolioSource): Promise<void> {
  if (usePortfolio.getState().phase === 'running' || usePortfolio.getState().source?.handle !== source.handle) return;
  const changes = await api()['portfolio:changes']({ handle: source.handle }).catch(() => null);
  if (!changes || (!changes.changed.length && !changes.removed.length)) return;
  usePortfolio.setState((s) => ({ source: s.source && { ...s.source, refs: { ...s.source.refs, ...refsOf(changes.changed) } } }));
  const reply = await run({ type: 'update', changed: changes.changed, removed: changes.removed });
  if (reply && 'analysis' in reply) usePortfolio.setState({ analysis: reply.analysis });
}

function refsOf(files: PortfolioFile[]): Record<string, string> {
  return Object.fromEntries(files.filter((f) => f.ref).map((f) => [f.file, f.ref!]));
}

/** File › Open portfolio…: pick, read and analyse; shows the portfolio view. */
export async function openPortfolio(): Promise<boolean> {
  let opened;
  try {
    opened = await api()['portfolio:open']({});
  } catch (e) {
    usePortfolio.setState({ phase: 'error', error: asError(e), visible: true });
    return false;
  }
  if (!opened) return false;
  await closePortfolio();
  client = new PortfolioClient(hooks.workerFactory);
  const source: PortfolioSource = { handle: opened.handle, name: opened.name, watched: opened.watched, refs: refsOf(opened.files) };
  usePortfolio.setState({ ...INITIAL_PORTFOLIO, openedFrom: usePortfolio.getState().openedFrom, source, visible: true });
  const files = opened.pending?.length ? await readPending(opened.handle, opened.files, opened.pending) : opened.files;
  if (!files) return false;
  usePortfolio.setState((s) => ({ source: s.source && { ...s.source, refs: { ...s.source.refs, ...refsOf(files) } } }));
  const reply = await run({ type: 'open', files });
  if (!reply || !('analysis' in reply)) return false;
  usePortfolio.setState({ analysis: reply.analysis });
  if (opened.watched && hooks.pollMs > 0) poll = setInterval(() => void pollChanges(source), hooks.pollMs);
  return true;
}

/**
 * Desktop: read the folder's files a batch at a time (main process), the view counting them from
 * the first batch on; null when cancelled or failed (the view then shows why).
 */
async function readPending(handle: string, first: PortfolioFile[], pending: string[]): Promise<PortfolioFile[] | null> {
  const files = [...first];
  const reading = client;
  usePortfolio.setState({ phase: 'running', error: null, progress: { stage: 'read', done: 0, total: pending.length } });
  for (let i = 0; i < pending.length; i += PORTFOLIO_READ_BATCH) {
    let batch;
    try {
      batch = await api()['portfolio:read']({ handle, files: pending.slice(i, i + PORTFOLIO_READ_BATCH) });
    } catch (e) {
      if (client === reading) usePortfolio.setState({ phase: 'error', error: asError(e), progress: null });
      return null;
    }
    // Cancel (or another portfolio) while reading: stop here
    if (client !== reading) return null;
    files.push(...batch.files);
    usePortfolio.setState({ progress: { stage: 'read', done: Math.min(i + PORTFOLIO_READ_BATCH, pending.length), total: pending.length } });
  }
  return files;
}

/** Cancel what runs: the worker stops at once and the portfolio is closed. */
export function cancelPortfolio(): void {
  if (usePortfolio.getState().phase === 'running' && usePortfolio.getState().source && !usePortfolio.getState().analysis) {
    // still reading the folder: close it; the read stops after the batch in hand
    void closePortfolio();
  }
  client?.cancel();
}

/** Close the portfolio (stops watching its folder). */
export async function closePortfolio(): Promise<void> {
  stopPolling();
  const source = usePortfolio.getState().source;
  client?.cancel();
  client = null;
  usePortfolio.setState({ ...INITIAL_PORTFOLIO, openedFrom: usePortfolio.getState().openedFrom });
  if (source) await api()['portfolio:close']({ handle: source.handle }).catch(() => undefined);
}

/** Export the Laporan Portfolio Sektor PDF (built in the worker) through the Save dialog / a download. */
export async function exportPortfolioReport(lang: 'ms' | 'en', reasonText: (r: UnreadableReason) => string): Promise<void> {
  const analysis = usePortfolio.getState().analysis;
  if (!analysis) return;
  const reasons = Object.fromEntries(analysis.unreadable.map((u) => [reasonKey(u.reason), reasonText(u.reason)]));
  const reply = await run({ type: 'report', lang, reasons });
  if (!reply || !('pdf' in reply)) return;
  try {
    await api()['file:saveBytes']({ kind: 'pdf', suggestedName: lang === 'ms' ? 'laporan-portfolio-sektor.pdf' : 'sector-portfolio-report.pdf', data: reply.pdf as Uint8Array<ArrayBuffer> });
  } catch (e) {
    usePortfolio.setState({ phase: 'error', error: asError(e) });
  }
}

/** Show the view of the loaded portfolio again. */
export function showPortfolio(): void {
  if (usePortfolio.getState().source) usePortfolio.setState({ visible: true });
}

/** Hide the view (the portfolio stays loaded and watched). */
export function hidePortfolio(): void {
  usePortfolio.setState({ visible: false });
}

function reveal(id: string, isRelation: boolean): void {
  useEditor.getState().setSelection(isRelation ? { elements: [], relations: [id] } : { elements: [id], relations: [] });
  useCanvas.getState().requestReveal(id);
}

/** Open the project of portfolio `file` and select element (or data flow) `id` in it. */
export async function openInPortfolio(file: string, id: string, isRelation = false): Promise<void> {
  const ref = usePortfolio.getState().source?.refs[file];
  if (ref) {
    await openProject(ref);
    const project = useEditor.getState().project;
    if (project?.ref !== ref) return;
    remember(project.handle, file);
  } else {
    const reply = await client?.request({ type: 'doc', file }).catch(() => null);
    const doc = reply && 'doc' in reply ? reply.doc : null;
    if (!doc || !(await confirmLeave())) return;
    const opened = await openAsNewProject(doc, file);
    if (!opened) return;
    remember(opened.handle, file);
  }
  hidePortfolio();
  reveal(id, isRelation);
}

function remember(handle: string, file: string): void {
  usePortfolio.setState((s) => ({ openedFrom: { ...s.openedFrom, [handle]: file } }));
}

/** The document as a new, unsaved project replacing the open one (already confirmed). */
async function openAsNewProject(doc: LakarDocument, file: string): Promise<OpenedProject | null> {
  const { project: previous } = useEditor.getState();
  try {
    const opened = await api()['project:new']({});
    await api()['project:replace']({ handle: opened.handle, doc });
    showProject({ ...opened, doc, displayName: doc.meta.title || file, dirty: true });
    if (previous) await api()['project:close']({ handle: previous.handle }).catch(() => undefined);
    return opened;
  } catch (e) {
    useEditor.getState().setError(asError(e));
    return null;
  }
}

/**
 * Semak terhadap portfolio…: the open project against the loaded portfolio (opening one first when
 * none is loaded); the matches become advice in the Problems panel.
 */
export async function checkAgainstPortfolio(): Promise<void> {
  const { history, project } = useEditor.getState();
  if (!history || !project) return;
  if (!client || !usePortfolio.getState().analysis) {
    if (!(await openPortfolio())) return;
    hidePortfolio();
  }
  const file = usePortfolio.getState().openedFrom[project.handle] ?? project.ref?.split(/[\\/]/).pop();
  const reply = await run({ type: 'check', doc: useEditor.getState().history?.doc ?? history.doc, file });
  if (!reply || !('problems' in reply)) return;
  setExtraFindings('portfolio', { handle: project.handle, problems: reply.problems, rules: [PORTFOLIO_RULE] });
  usePortfolio.setState({ checked: { handle: project.handle, count: reply.problems.length } });
}
