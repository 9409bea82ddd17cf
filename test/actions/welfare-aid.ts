/**
 * Counts the user actions of the welfare-aid task of issue 14: a new LMV of a welfare-aid service
 * (18 elements, 16 relations) built in the browser edition at 1440×900, as a planner would.
 *
 *   npx tsx test/actions/welfare-aid.ts --url http://127.0.0.1:4173/ --mode before|after
 *
 * `before` takes the paths the tester had to take (add from the palette, click the Nama field to
 * rename, connect through the inspector's "Sambung ke": pick the source, the target, press Sambung);
 * `after` takes the new ones (the name field has focus after adding; a line dragged from a node's
 * handle and dropped anywhere on the target). An action is one click, one drag, one key press or
 * one typed text. The script checks the model it built (18 elements, 16 relations of the right
 * kinds), so a count is only reported for a finished task. Results: docs/welfare-aid-actions.md.
 */
import { chromium, type Locator, type Page } from '@playwright/test';

type Mode = 'before' | 'after';
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const url = arg('url', 'http://127.0.0.1:4173/');
const mode = arg('mode', 'after') as Mode;

let actions = 0;
const log: string[] = [];
/** One user action. */
async function act(what: string, run: () => Promise<unknown>) {
  actions++;
  log.push(what);
  await run();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 18 elements: palette item, name to type (none: the palette's name is right). */
const ELEMENTS: { item: string; name?: string; key: string }[] = [
  { key: 'pemohon', item: 'G2C — Kerajaan kepada Rakyat', name: 'Pemohon Bantuan' },
  { key: 'pegawai', item: 'G2E — Kerajaan kepada Penjawat Awam', name: 'Pegawai Kebajikan' },
  { key: 'portal', item: 'Portal MyGovernment' },
  { key: 'app', item: 'Aplikasi MyGov' },
  { key: 'kaunter', item: 'Bersemuka/Kaunter', name: 'Kaunter JKM' },
  { key: 'service', item: 'Perkhidmatan', name: 'Perkhidmatan Bantuan Kebajikan' },
  { key: 'daftar', item: '1 Pendaftaran (Register)' },
  { key: 'sah', item: '4 Pengesahan (Certify)' },
  { key: 'lulus', item: '11 Kelulusan (Approve/Authorize/Endorse)' },
  { key: 'bayar', item: '14 Pembayaran (Pay/Disburse)' },
  { key: 'ebantuan', item: 'Aplikasi Utama Kerajaan', name: 'Sistem eBantuan' },
  { key: 'modul', item: 'Modul', name: 'Modul Permohonan' },
  { key: 'mydid', item: 'MyDigital ID' },
  { key: 'epay', item: 'ePayment Gateway' },
  { key: 'data', item: 'Data/Maklumat', name: 'Maklumat Pemohon' },
  { key: 'jpn', item: 'Sistem luaran', name: 'Sistem JPN' },
  { key: 'pdsa', item: 'PDSA JDN' },
  { key: 'net', item: 'MyGov*Net.PDSA' },
];

/** The 16 relations: source, target, and for a possible data flow what the dialog needs. */
const RELATIONS: { from: string; to: string; kind: string; flow?: boolean }[] = [
  { from: 'pemohon', to: 'portal', kind: 'uses' },
  { from: 'pemohon', to: 'app', kind: 'uses' },
  { from: 'pegawai', to: 'kaunter', kind: 'uses' },
  { from: 'portal', to: 'service', kind: 'delivers' },
  { from: 'app', to: 'service', kind: 'delivers' },
  { from: 'kaunter', to: 'service', kind: 'delivers' },
  { from: 'service', to: 'daftar', kind: 'realizes' },
  { from: 'service', to: 'lulus', kind: 'realizes' },
  { from: 'ebantuan', to: 'daftar', kind: 'supports' },
  { from: 'ebantuan', to: 'bayar', kind: 'supports' },
  { from: 'ebantuan', to: 'mydid', kind: 'usesPlatform' },
  { from: 'ebantuan', to: 'epay', kind: 'usesPlatform' },
  { from: 'ebantuan', to: 'data', kind: 'accesses' },
  { from: 'jpn', to: 'ebantuan', kind: 'dataFlow', flow: true },
  { from: 'ebantuan', to: 'pdsa', kind: 'hostedOn' },
  { from: 'net', to: 'pdsa', kind: 'connects' },
];

const names = new Map<string, string>();
const palette = (page: Page) => page.getByRole('region', { name: 'Palet' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Pemeriksa' });
const tree = (page: Page) => page.getByRole('region', { name: 'Model' });
const node = (page: Page, name: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.lmv-name', { hasText: new RegExp(`^${escape(name)}$`) }) });

async function addElements(page: Page) {
  for (const e of ELEMENTS) {
    if (e.key === 'modul') {
      // the module belongs to the application: select it first (the palette attaches the module)
      await act('select Sistem eBantuan in the model tree', () => tree(page).getByRole('button', { name: /^Sistem eBantuan/ }).click());
    }
    await act(`palette: ${e.item}`, () => palette(page).getByRole('button', { name: `Tambah ${e.item}`, exact: true }).click());
    const heading = inspector(page).getByRole('heading', { level: 2 });
    await heading.waitFor();
    if (e.name) {
      const field = inspector(page).getByLabel('Nama', { exact: true });
      if (mode === 'before') await act('click the Nama field', () => field.click());
      // the palette's name is selected: typing replaces it (in `before`, a triple-click selects it)
      if (mode === 'before') await act('select the name', () => field.selectText());
      await act(`type "${e.name}"`, () => page.keyboard.type(e.name!));
      await page.locator('.react-flow__node .lmv-name', { hasText: e.name }).first().waitFor();
    }
    names.set(e.key, e.name ?? (await heading.textContent())!);
  }
}

async function answerDialog(page: Page, flow: boolean) {
  const dialog = page.getByRole('dialog', { name: 'Sambungkan elemen' });
  await dialog.waitFor();
  if (flow) {
    await act('dialog: method MyGDX', () => dialog.getByRole('radio', { name: 'MyGDX', exact: true }).check());
  }
  await act('dialog: Sambung', () => dialog.getByRole('button', { name: 'Sambung', exact: true }).click());
  await dialog.waitFor({ state: 'detached' });
}

async function connectBefore(page: Page) {
  for (const r of RELATIONS) {
    const from = names.get(r.from)!;
    const to = names.get(r.to)!;
    await act(`select ${from}`, () => tree(page).getByRole('button', { name: new RegExp(`^${escape(from)}( tiada pada paparan)?$`) }).click());
    await act(`Sambung ke: ${to}`, () => inspector(page).getByLabel('Sambung ke').selectOption({ label: to }));
    await act('Sambung', () => inspector(page).getByRole('button', { name: 'Sambung', exact: true }).click());
    if (await page.getByRole('dialog', { name: 'Sambungkan elemen' }).isVisible()) await answerDialog(page, !!r.flow);
  }
}

async function connectAfter(page: Page) {
  for (const r of RELATIONS) {
    const from = node(page, names.get(r.from)!);
    const to = node(page, names.get(r.to)!);
    await act(`drag a line from ${names.get(r.from)} onto ${names.get(r.to)}`, async () => {
      const handle = (await from.locator('.react-flow__handle-bottom').boundingBox())!;
      const target = (await to.boundingBox())!;
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
      await page.mouse.up();
    });
    await page.waitForTimeout(150);
    if (await page.getByRole('dialog', { name: 'Sambungkan elemen' }).isVisible()) await answerDialog(page, !!r.flow);
  }
}

/** The model as the page shows it: every element in the tree, every relation a line on the canvas. */
async function checkModel(page: Page) {
  await page.getByRole('button', { name: 'Muat skrin' }).click();
  // the canvas draws only what is in sight: let the fit finish
  await page.waitForTimeout(800);
  const count = await tree(page).getByText(/^\d+ elemen$/).textContent();
  if (count !== `${ELEMENTS.length} elemen`) throw new Error(`model has ${count}, expected ${ELEMENTS.length} elemen`);
  const edges = await page.locator('.react-flow__edge > title').allTextContents();
  for (const r of RELATIONS) {
    const line = `${names.get(r.from)} → ${names.get(r.to)}`;
    if (!edges.some((t) => t.includes(line))) throw new Error(`missing relation ${line}`);
  }
  if (edges.length !== RELATIONS.length) throw new Error(`${edges.length} lines, expected ${RELATIONS.length}`);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ms-MY' });
  await page.goto(url);
  await act('Projek baharu', () => page.getByRole('button', { name: 'Projek baharu' }).click());
  await addElements(page);
  if (mode === 'before') await connectBefore(page);
  else {
    // every node in sight for drawing lines
    await act('Muat skrin', () => page.getByRole('button', { name: 'Muat skrin' }).click());
    await connectAfter(page);
  }
  await checkModel(page);
  const module = await node(page, 'Modul Permohonan').locator('.lmv-facts').textContent();
  if (!module?.includes('Sistem eBantuan')) throw new Error('the module is not attached to Sistem eBantuan');
  console.log(JSON.stringify({ mode, url, actions, elements: ELEMENTS.length, relations: RELATIONS.length }));
  if (process.argv.includes('--log')) console.log(log.map((l, i) => `${i + 1}. ${l}`).join('\n'));
} finally {
  await browser.close();
}
