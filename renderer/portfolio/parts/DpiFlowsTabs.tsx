/** DPI adoption per project (001 §2.7.3) and cross-agency data flows as a graph and a table. */
import { useTranslation } from 'react-i18next';
import { DPI_PLATFORMS, type PortfolioAnalysis } from '../../../shared/portfolio';

/** The DPI tab. */
export function DpiTab({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t } = useTranslation('portfolio');
  const { t: td } = useTranslation('domain');
  return (
    <div className="portfolio-dpi">
      <p className="portfolio-intro">{t('dpi.intro')}</p>
      <table className="portfolio-table">
        <thead>
          <tr>
            <th scope="col">{t('dpi.project')}</th>
            {DPI_PLATFORMS.map((p) => (
              <th key={p} scope="col">
                {td(`platformType.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.dpi.map((d) => (
            <tr key={d.file}>
              <th scope="row">{d.file}</th>
              {DPI_PLATFORMS.map((p) => (
                <td key={p} className={`portfolio-dpi-${d.states[p]}`}>
                  {t(`dpi.${d.states[p]}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SIZE = 420;

/** Agencies on a circle, an arrow per supplier → consumer pair, its width by the number of flows. */
function FlowGraph({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t } = useTranslation('portfolio');
  const agencies = [...new Set(analysis.flows.flatMap((f) => [f.from, f.to]))].sort();
  if (agencies.length === 0) return null;
  const r = SIZE / 2 - 60;
  const at = (name: string) => {
    const i = agencies.indexOf(name);
    const a = (2 * Math.PI * i) / agencies.length - Math.PI / 2;
    return { x: SIZE / 2 + r * Math.cos(a), y: SIZE / 2 + r * Math.sin(a) };
  };
  const pairs = new Map<string, { from: string; to: string; count: number; myGdx: number }>();
  for (const f of analysis.flows) {
    const key = `${f.from}\u0000${f.to}`;
    const p = pairs.get(key) ?? { from: f.from, to: f.to, count: 0, myGdx: 0 };
    p.count += f.count;
    if (f.method === 'myGdx') p.myGdx += f.count;
    pairs.set(key, p);
  }
  return (
    <svg className="portfolio-flow-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('flows.graph')}>
      <defs>
        <marker id="portfolio-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="portfolio-arrow" />
        </marker>
      </defs>
      {[...pairs.values()].map((p) => {
        const a = at(p.from);
        const b = at(p.to);
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len = Math.hypot(dx, dy) || 1;
        const [x1, y1, x2, y2] = [a.x + (dx / len) * 18, a.y + (dy / len) * 18, b.x - (dx / len) * 18, b.y - (dy / len) * 18];
        return (
          <g key={`${p.from}>${p.to}`}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} className={p.myGdx === p.count ? 'portfolio-edge portfolio-edge-mygdx' : 'portfolio-edge'} strokeWidth={1 + Math.min(5, p.count)} markerEnd="url(#portfolio-arrow)">
              <title>{`${p.from} → ${p.to}: ${p.count} (MyGDX ${p.myGdx})`}</title>
            </line>
          </g>
        );
      })}
      {agencies.map((name) => {
        const { x, y } = at(name);
        return (
          <g key={name} className="portfolio-agency">
            <circle cx={x} cy={y} r={16} />
            <text x={x} y={y + 30} textAnchor="middle">
              {name.length > 18 ? `${name.slice(0, 17)}…` : name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The agency flows tab. */
export function FlowsTab({ analysis }: { analysis: PortfolioAnalysis }) {
  const { t } = useTranslation('portfolio');
  const { t: td } = useTranslation('domain');
  return (
    <div className="portfolio-flows">
      <p className="portfolio-intro">{t('flows.intro')}</p>
      {analysis.myGdxShare.total > 0 && <p className="portfolio-share">{t('flows.share', analysis.myGdxShare)}</p>}
      {analysis.flows.length === 0 ? (
        <p className="portfolio-none">{t('flows.none')}</p>
      ) : (
        <div className="portfolio-flows-body">
          <FlowGraph analysis={analysis} />
          <table className="portfolio-table">
            <thead>
              <tr>
                <th scope="col">{t('flows.from')}</th>
                <th scope="col">{t('flows.to')}</th>
                <th scope="col">{t('flows.method')}</th>
                <th scope="col">{t('flows.count')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.flows.map((f) => (
                <tr key={`${f.from}>${f.to}>${f.method}`}>
                  <td>{f.from}</td>
                  <td>{f.to}</td>
                  <td>{td(`flowMethod.${f.method}`)}</td>
                  <td className="portfolio-num">{f.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
