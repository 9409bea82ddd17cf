/**
 * The registry consumption matrix as a heat map: projects × registries and repositories; a cell
 * says who reads through a flow, who captures the data again, who only declares it, and opens the
 * project at that element on click (001 §2.6.1–2.6.4).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioAnalysis, RegistryRow } from '../../../shared/portfolio';
import { openInPortfolio } from '../actions';
import { langOf } from './text';

type CellState = 'read' | 'recaptured' | 'both' | 'declared';

function cellOf(row: RegistryRow, file: string): { state: CellState; elementId: string } | null {
  const read = row.readBy.find((c) => c.file === file);
  const recaptured = row.recapturedBy.find((c) => c.file === file);
  if (read && recaptured) return { state: 'both', elementId: recaptured.elementIds[0] };
  if (recaptured) return { state: 'recaptured', elementId: recaptured.elementIds[0] };
  if (read) return { state: 'read', elementId: read.elementIds[0] };
  const declared = row.declaredBy.find((c) => c.file === file);
  return declared ? { state: 'declared', elementId: declared.elementIds[0] } : null;
}

/** The registries tab. */
export function RegistryTab({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = langOf(i18n);
  const [all, setAll] = useState(false);
  const rows = analysis.registries.filter((r) => all || r.readBy.length + r.recapturedBy.length + r.declaredBy.length > 0);
  return (
    <div className="portfolio-registries">
      <p className="portfolio-intro">{t('registries.intro')}</p>
      <p className="portfolio-legend">
        {(['read', 'recaptured', 'both', 'declared'] as const).map((s) => (
          <span key={s} className="portfolio-legend-item">
            <span className={`portfolio-cell portfolio-cell-${s}`} aria-hidden="true" /> {t(`registries.${s}`)}
          </span>
        ))}
      </p>
      <label className="portfolio-filter">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> {t('registries.showAll')}
      </label>
      {rows.length === 0 ? (
        <p className="portfolio-none">{t('registries.unused')}</p>
      ) : (
        <div className="portfolio-matrix-scroll">
          <table className="portfolio-matrix">
            <thead>
              <tr>
                <th scope="col">{t('registries.project')}</th>
                {rows.map((r) => (
                  <th key={r.id} scope="col" className="portfolio-matrix-col" title={r.id}>
                    <span>{r.name[lang]}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {analysis.projects.map((p) => (
                <tr key={p.file}>
                  <th scope="row" title={p.title}>
                    {p.file}
                  </th>
                  {rows.map((r) => {
                    const cell = cellOf(r, p.file);
                    if (!cell) return <td key={r.id} />;
                    const label = t('registries.cell', { project: p.file, entry: r.name[lang], state: t(`registries.${cell.state}`) });
                    return (
                      <td key={r.id}>
                        <button type="button" className={`portfolio-cell portfolio-cell-${cell.state}`} title={label} aria-label={label} onClick={() => void openInPortfolio(p.file, cell.elementId)} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {analysis.declaringNothing.length > 0 && <p className="portfolio-note">{t('registries.nothing', { files: analysis.declaringNothing.join(', ') })}</p>}
    </div>
  );
}
