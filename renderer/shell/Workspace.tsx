/**
 * The editing workspace: palette and model tree on the left, the centre panels as tabs (LMV canvas,
 * Maklumat Projek, catalogue…), the inspector on the right and the problems panel at the bottom.
 * Panels come from the registry, each inside its own error boundary. The side regions are resized
 * with splitters and collapse to a rail at the window's edge (a button that brings them back), so the
 * canvas can take the screen; the workspace itself never scrolls, each region scrolls inside.
 */
import { Fragment, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { panelsIn, type PanelRegion } from './registry';
import { SlotBoundary } from './SlotBoundary';
import { useShell, type Region } from './shellStore';
import { Splitter } from './layout/Splitter';
import { usePanelSizes } from './layout/panelSizes';

/** Width (or height) of a collapsed region's rail, px. */
const RAIL = 28;
const SPLITTER = 5;

function RegionPanels({ region }: { region: Exclude<PanelRegion, 'centre'> }) {
  const { t } = useTranslation();
  const panels = panelsIn(region);
  return (
    <>
      {panels.map((p, i) => (
        <Fragment key={p.id}>
          {/* the first panel of the left column (the palette) has its own height, set by the splitter below it */}
          {region === 'left' && i === 1 && <Splitter region="palette" axis="y" grows={1} label={t('shell:workspace.resize', { region: t(panels[0].labelKey) })} controls={`panel-${panels[0].id}`} />}
          <div id={`panel-${p.id}`} className={`panel panel-${p.id}`} data-panel={p.id} tabIndex={-1}>
            <SlotBoundary panel={t(p.labelKey)}>
              <p.component />
            </SlotBoundary>
          </div>
        </Fragment>
      ))}
    </>
  );
}

/** The button a collapsed region leaves at the window's edge. */
function Rail({ region, label }: { region: Region; label: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`region-rail rail-${region}`} aria-expanded={false} aria-controls={`region-${region}`} title={t('shell:workspace.expand', { region: label })} onClick={() => useShell.getState().toggleRegion(region)}>
      <span className="rail-text">{label}</span>
    </button>
  );
}

function CentreTabs() {
  const { t } = useTranslation();
  const panels = panelsIn('centre');
  const current = useShell((s) => s.centrePanel);
  const show = useShell((s) => s.showCentre);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = panels.find((p) => p.id === current) ?? panels[0];
  if (!active) return null;

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? panels.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const n = (next + panels.length) % panels.length;
    show(panels[n].id);
    tabs.current[n]?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={t('shell:workspace.tabs')} className="tabs">
        {panels.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            aria-selected={p.id === active.id}
            aria-controls={`tabpanel-${p.id}`}
            tabIndex={p.id === active.id ? 0 : -1}
            className="tab"
            onClick={() => show(p.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(p.labelKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${active.id}`} aria-labelledby={`tab-${active.id}`} className={`tabpanel tabpanel-${active.id}`} tabIndex={0}>
        <SlotBoundary key={active.id} panel={t(active.labelKey)}>
          <active.component />
        </SlotBoundary>
      </div>
    </>
  );
}

/** The workspace of an open project. */
export function Workspace() {
  const { t } = useTranslation();
  const hidden = useShell((s) => s.hidden);
  const sizes = usePanelSizes((s) => s.sizes);
  const collapse = (region: Region) => () => useShell.getState().toggleRegion(region);
  const names = { left: t('shell:workspace.left'), right: t('shell:workspace.right'), bottom: t('shell:workspace.bottom') };
  const classes = ['workspace', hidden.left && 'no-left', hidden.right && 'no-right', hidden.bottom && 'no-bottom'].filter(Boolean).join(' ');
  const style = {
    gridTemplateColumns: `${hidden.left ? RAIL : sizes.left}px ${hidden.left ? 0 : SPLITTER}px minmax(0, 1fr) ${hidden.right ? 0 : SPLITTER}px ${hidden.right ? RAIL : sizes.right}px`,
    gridTemplateRows: `minmax(0, 1fr) ${hidden.bottom ? 0 : SPLITTER}px ${hidden.bottom ? RAIL : sizes.bottom}px`,
    '--palette-h': `${sizes.palette}px`,
  } as CSSProperties;
  return (
    <div className={classes} style={style}>
      {hidden.left ? (
        <Rail region="left" label={names.left} />
      ) : (
        <>
          <aside id="region-left" className="region region-left" aria-label={names.left}>
            <RegionPanels region="left" />
          </aside>
          <Splitter region="left" axis="x" grows={1} className="splitter-left" label={t('shell:workspace.resize', { region: names.left })} controls="region-left" onCollapse={collapse('left')} />
        </>
      )}
      <main className="region region-centre" id="main">
        <CentreTabs />
      </main>
      {hidden.right ? (
        <Rail region="right" label={names.right} />
      ) : (
        <>
          <Splitter region="right" axis="x" grows={-1} className="splitter-right" label={t('shell:workspace.resize', { region: names.right })} controls="region-right" onCollapse={collapse('right')} />
          <aside id="region-right" className="region region-right" aria-label={names.right} tabIndex={-1}>
            <RegionPanels region="right" />
          </aside>
        </>
      )}
      {hidden.bottom ? (
        <Rail region="bottom" label={names.bottom} />
      ) : (
        <>
          <Splitter region="bottom" axis="y" grows={-1} className="splitter-bottom" label={t('shell:workspace.resize', { region: names.bottom })} controls="region-bottom" onCollapse={collapse('bottom')} />
          <section id="region-bottom" className="region region-bottom" aria-label={names.bottom} tabIndex={-1}>
            <RegionPanels region="bottom" />
          </section>
        </>
      )}
    </div>
  );
}
