/**
 * The catalogue browser: a searchable tree of the sector-ecosystem catalogue the open project uses
 * (sectors and service domains, lifecycles and target groups, personas, registries and repositories,
 * generic processes, platforms and channels, categories), with two actions:
 *  - "Kemas kini katalog daripada fail": a catalogue update file (registries and repositories are
 *    dynamic, 001 §2.6.4) stored in the project; a bad file is rejected and the catalogue kept;
 *  - "Import senarai aplikasi agensi (CSV)": an agency's application list (e.g. a RASA export) stored
 *    in the project for the duplicate-application check; bad rows are listed by line.
 */
import './catalogue.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  builtinCatalogueIndex,
  decodeReferences,
  decodeTextFile,
  formatSource,
  parseAgencyApplicationsCsv,
  parseCatalogueUpdate,
  resolveCatalogueIndex,
  summarizeUpdate,
  CATALOGUE_VERSION,
  type RowProblem,
} from '../../shared/catalogue';
import { useEditor } from '../state/editor';
import { buildCatalogueTree, filterTree, type CatalogueNode, type CatalogueUse } from './catalogueTree';
import type { Element } from '../../shared/model';
import { catalogueVersionLabel } from './versionLabel';
import { SectorRefs } from './SectorRefs';

type Lang = 'ms' | 'en';
type Status = { tone: 'ok' | 'error'; text: string; rows?: RowProblem[] } | null;

/** "Guna ini": put a catalogue entry on the selected element (one undo step). */
function UseButton({ use, entry, target }: { use: CatalogueUse; entry: string; target: Element }) {
  const { t } = useTranslation('checker');
  const text = t('catalogue.use');
  return (
    <button
      type="button"
      className="btn btn-small catalogue-use"
      aria-label={t('catalogue.useOn', { use: text, entry, element: target.name })}
      onClick={() => useEditor.getState().dispatch('element.update', { id: target.id, patch: use.patch })}
    >
      {text}
    </button>
  );
}

function TreeNodes({ nodes, open, lang, target }: { nodes: CatalogueNode[]; open: boolean; lang: Lang; target: Element | null }) {
  const { t } = useTranslation('checker');
  return (
    <ul className="catalogue-tree">
      {nodes.map((n) => {
        const usable = n.use && target && n.use.kinds.includes(target.kind) ? n.use : null;
        const body = (
          <>
            <span className="catalogue-label">{n.label}</span>
            {n.badge && <span className="catalogue-badge">{n.badge}</span>}
            {n.detail && <span className="catalogue-detail">{decodeReferences(n.detail, lang)}</span>}
            {n.source && <span className="catalogue-source">{t('catalogue.source', { source: formatSource(n.source, lang) })}</span>}
            {usable && target && <UseButton use={usable} entry={n.label} target={target} />}
          </>
        );
        return (
          <li key={n.key}>
            {n.children?.length ? (
              <details open={open || undefined}>
                <summary>{body}</summary>
                <TreeNodes nodes={n.children} open={open} lang={lang} target={target} />
              </details>
            ) : (
              <div className="catalogue-leaf">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The catalogue browser panel (renders nothing without an open project). */
export function CatalogueBrowser() {
  const { t, i18n } = useTranslation('checker');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ms';
  const doc = useEditor((s) => s.history?.doc ?? null);
  const meta = doc?.meta ?? null;
  const api = useEditor((s) => s.api);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // the one selected element, for "use this"
  const target = useEditor((s) => (s.selection.elements.length === 1 ? (s.history?.doc.elements.get(s.selection.elements[0]) ?? null) : null));

  const index = useMemo(() => resolveCatalogueIndex(meta?.catalogueUpdate, builtinCatalogueIndex), [meta?.catalogueUpdate]);
  const tree = useMemo(() => buildCatalogueTree(index.catalogue, lang, t), [index, lang, t]);
  const filtered = useMemo(() => filterTree(tree, query), [tree, query]);
  if (!meta) return null;

  const dispatch = useEditor.getState().dispatch;

  async function updateFromFile() {
    if (!api) return;
    setBusy(true);
    try {
      const file = await api['file:pick']({ kinds: ['catalogue', 'json'] });
      if (!file) return;
      const parsed = parseCatalogueUpdate(decodeTextFile(file.data));
      if (!parsed.ok) {
        setStatus({ tone: 'error', text: t('catalogue.updateRejected', { file: file.name, reason: parsed.error[lang] }) });
        return;
      }
      if (dispatch('project.updateMeta', { patch: { catalogueUpdate: parsed.value } })) {
        setStatus({ tone: 'ok', text: t('catalogue.updateApplied', { version: parsed.value.version, ...summarizeUpdate(parsed.value) }) });
      }
    } catch (e) {
      setStatus({ tone: 'error', text: t('catalogue.readFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  async function importApplications() {
    if (!api) return;
    setBusy(true);
    try {
      const file = await api['file:pick']({ kinds: ['applist', 'csv'] });
      if (!file) return;
      const result = parseAgencyApplicationsCsv(file.name, file.data);
      if (!result.ok) {
        setStatus({ tone: 'error', text: t('catalogue.appsRejected', { reason: result.error[lang] }) });
        return;
      }
      if (dispatch('project.updateMeta', { patch: { agencyApplications: result.list } })) {
        const rows = [...result.rejected, ...result.warnings].sort((a, b) => a.line - b.line);
        setStatus({ tone: 'ok', text: t('catalogue.appsImported', { count: result.list.entries.length, file: file.name, rejected: result.rejected.length }), rows });
      }
    } catch (e) {
      setStatus({ tone: 'error', text: t('catalogue.readFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  const remove = (field: 'catalogueUpdate' | 'agencyApplications') => {
    if (dispatch('project.updateMeta', { patch: { [field]: undefined } })) setStatus({ tone: 'ok', text: t(field === 'catalogueUpdate' ? 'catalogue.updateRemoved' : 'catalogue.appsRemoved') });
  };

  const apps = meta.agencyApplications;
  return (
    <section className="catalogue-browser" aria-label={t('catalogue.title')}>
      <header className="catalogue-head">
        <h2>{t('catalogue.title')}</h2>
        <p className="catalogue-version">
          {meta.catalogueUpdate
            ? t('catalogue.versionUpdated', { version: catalogueVersionLabel(meta.catalogueUpdate.version, lang), builtin: catalogueVersionLabel(CATALOGUE_VERSION, lang), source: meta.catalogueUpdate.source })
            : t('catalogue.version', { version: catalogueVersionLabel(CATALOGUE_VERSION, lang) })}
        </p>
        <p className="catalogue-version">{apps ? t('catalogue.appsLoaded', { count: apps.entries.length, file: apps.importedFrom }) : t('catalogue.appsNone')}</p>
        <div className="catalogue-actions">
          <button type="button" className="btn" onClick={updateFromFile} disabled={!api || busy}>
            {t('catalogue.updateFromFile')}
          </button>
          {meta.catalogueUpdate && (
            <button type="button" className="btn btn-quiet" onClick={() => remove('catalogueUpdate')}>
              {t('catalogue.removeUpdate')}
            </button>
          )}
          <button type="button" className="btn" onClick={importApplications} disabled={!api || busy}>
            {t('catalogue.importApps')}
          </button>
          {apps && (
            <button type="button" className="btn btn-quiet" onClick={() => remove('agencyApplications')}>
              {t('catalogue.removeApps')}
            </button>
          )}
        </div>
        {status && (
          <div className={`catalogue-status catalogue-status-${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
            <p>{status.text}</p>
            {status.rows && status.rows.length > 0 && (
              <ul>
                {status.rows.slice(0, 50).map((r) => (
                  <li key={`${r.line}:${r.message.en}`}>{t('catalogue.rowProblem', { line: r.line, message: r.message[lang] })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <input className="catalogue-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('catalogue.search')} aria-label={t('catalogue.search')} />
        {filtered.matches >= 0 && <p className="catalogue-matches">{filtered.matches ? t('catalogue.matches', { count: filtered.matches }) : t('catalogue.noMatch')}</p>}
      </header>
      {target && <p className="catalogue-target">{t('catalogue.useHint', { element: target.name })}</p>}
      {doc && <SectorRefs doc={doc} index={index} lang={lang} />}
      <TreeNodes nodes={filtered.nodes} open={filtered.matches > 0} lang={lang} target={target} />
      {apps && (
        <details className="catalogue-apps">
          <summary>{t('catalogue.appsTitle', { count: apps.entries.length, file: apps.importedFrom })}</summary>
          <table>
            <thead>
              <tr>
                <th>{t('catalogue.col.line')}</th>
                <th>{t('catalogue.col.name')}</th>
                <th>{t('catalogue.col.agency')}</th>
                <th>{t('catalogue.col.function')}</th>
                <th>{t('catalogue.col.sector')}</th>
              </tr>
            </thead>
            <tbody>
              {apps.entries.slice(0, 500).map((a, i) => (
                <tr key={`${a.line ?? i}:${a.name}`}>
                  <td>{a.line ?? ''}</td>
                  <td>{a.name}</td>
                  <td>{a.agency ?? ''}</td>
                  <td>{a.function ?? ''}</td>
                  <td>{a.sector ? (index.sectors.get(a.sector)?.name[lang] ?? a.sector) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
