/**
 * Skip links, the first stops of the Tab order (shown when focused): straight to the canvas, the
 * inspector or the palette, past the menu bar and the side panels.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';

/** Each link's target is a landmark that is always there; focus goes to the part inside it when shown. */
const TARGETS = [
  { href: 'main', inner: 'lmv-canvas', key: 'shell:skip.canvas' },
  { href: 'region-right', key: 'shell:skip.inspector' },
  { href: 'region-left', inner: 'panel-palette', key: 'shell:skip.palette' },
] as const;

function jump(e: MouseEvent<HTMLAnchorElement>, href: string, inner?: string) {
  e.preventDefault();
  const target = (inner ? document.getElementById(inner) : null) ?? document.getElementById(href);
  target?.focus();
}

/** The skip links (only while a project is open: the welcome screen is short). */
export function SkipLinks() {
  const { t } = useTranslation();
  const open = useEditor((s) => s.project !== null);
  if (!open) return null;
  return (
    <nav className="skip-links" aria-label={t('shell:skip.label')}>
      {TARGETS.map((s) => (
        <a key={s.href} href={`#${s.href}`} className="skip-link" onClick={(e) => jump(e, s.href, 'inner' in s ? s.inner : undefined)}>
          {t(s.key)}
        </a>
      ))}
    </nav>
  );
}
