/**
 * The editing workspace: palette and model tree on the left, the centre panels as tabs (LMV canvas,
 * Maklumat Projek, catalogue…), the inspector on the right and the problems panel at the bottom.
 * Panels come from the registry, each inside its own error boundary. The side regions are resized
 * with splitters and collapse to a rail at the window's edge (a button that brings them back), so the
 * canvas can take the screen; the workspace itself never scrolls, each region scrolls inside.
 */
import { Fragment, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { panelsIn, type PanelRegion } from './registry';
import { SlotBoundary } from './SlotBoundary';
import { useShell, type Region } from './shellStore';
import { Splitter } from './layout/Splitter';
import { usePanelSizes } from './layout/panelSizes';
import { ImportBanner } from '../proposal/ImportBanner';

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
    <button type="button" className="region-rail" aria-expanded={false} aria-controls={`region-${region}`} title={t('shell:workspace.expand', { region: label })} onClick={() => useShell.getState().toggleRegion(region)}>
      <span className="rail-text">{label}</span>
    </button>
  );
}

/**
 * A side region: a landmark holding its panels (scrolling inside) and the splitter that sizes it,
 * or, collapsed, only the rail that brings it back (so nothing of the workspace is outside a landmark).
 */
function SideRegion({ region, label, children }: { region: Region; label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const hidden = useShell((s) => s.hidden[region]);
  const Tag = region === 'bottom' ? 'section' : 'aside';
  const splitter = (
    <Splitter
      region={region}
      axis={region === 'bottom' ? 'y' : 'x'}
      grows={region === 'left' ? 1 : -1}
      label={t('shell:workspace.resize', { region: label })}
      controls={`region-${region}`}
      onCollapse={() => useShell.getState().toggleRegion(region)}
    />
  );
  return (
    <Tag id={`region-${region}`} className={`region region-${region}${hidden ? ' is-collapsed' : ''}`} aria-label={label} tabIndex={-1}>
      {hidden ? (
        <Rail region={region} label={label} />
      ) : (
        <>
          {region !== 'left' && splitter}
          <div className="region-body">{children}</div>
          {region === 'left' && splitter}
        </>
      )}
    </Tag>
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
  const names = { left: t('shell:workspace.left'), right: t('shell:workspace.right'), bottom: t('shell:workspace.bottom') };
  const classes = ['workspace', hidden.left && 'no-left', hidden.right && 'no-right', hidden.bottom && 'no-bottom'].filter(Boolean).join(' ');
  // each side track holds its region and the region's splitter
  const style = {
    gridTemplateColumns: `${hidden.left ? RAIL : sizes.left + SPLITTER}px minmax(0, 1fr) ${hidden.right ? RAIL : sizes.right + SPLITTER}px`,
    gridTemplateRows: `minmax(0, 1fr) ${hidden.bottom ? RAIL : sizes.bottom + SPLITTER}px`,
    '--palette-h': `${sizes.palette}px`,
  } as CSSProperties;
  return (
    <div className={classes} style={style}>
      <SideRegion region="left" label={names.left}>
        <RegionPanels region="left" />
      </SideRegion>
      <main className="region region-centre" id="main" tabIndex={-1}>
        <ImportBanner />
        <CentreTabs />
      </main>
      <SideRegion region="right" label={names.right}>
        <RegionPanels region="right" />
      </SideRegion>
      <SideRegion region="bottom" label={names.bottom}>
        <RegionPanels region="bottom" />
      </SideRegion>
    </div>
  );
}
