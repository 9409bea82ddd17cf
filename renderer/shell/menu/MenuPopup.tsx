/** One drop-down menu (or submenu) of the menu bar; see MenuBar for the keyboard model. */
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MenuEntry } from './useMenus';
import { ariaShortcut, formatShortcut } from './shortcuts';

interface MenuPopupProps {
  items: MenuEntry[];
  labelledBy: string;
  /** 0 for a menu of the bar, 1 for a submenu. */
  level: number;
  /** Close every open menu; `refocus` returns focus to the menu bar. */
  onClose(refocus: boolean): void;
  /** Leave this menu sideways: to the neighbouring menu of the bar, or (submenu) back to the parent. */
  onSideways(dir: 1 | -1): void;
}

function roleOf(item: MenuEntry) {
  if (item.kind === 'checkbox') return 'menuitemcheckbox';
  if (item.kind === 'radio') return 'menuitemradio';
  return 'menuitem';
}

/** A menu of entries with roving focus. */
export function MenuPopup({ items, labelledBy, level, onClose, onSideways }: MenuPopupProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const [sub, setSub] = useState<string | null>(null);

  useEffect(() => {
    const first = items.findIndex((i) => !i.disabled);
    refs.current[first >= 0 ? first : 0]?.focus();
  }, [items.length]); // eslint-disable-line react-hooks/exhaustive-deps -- focus once when the menu opens

  const focusAt = (i: number) => refs.current[(i + items.length) % items.length]?.focus();

  const activate = (item: MenuEntry) => {
    if (item.disabled) return;
    if (item.submenu) {
      setSub(item.id);
      return;
    }
    onClose(true);
    item.run?.();
  };

  const onKey = (e: KeyboardEvent, i: number, item: MenuEntry) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusAt(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusAt(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusAt(0);
        break;
      case 'End':
        e.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'ArrowRight':
        e.preventDefault();
        if (item.submenu && !item.disabled) setSub(item.id);
        else if (level === 0) onSideways(1);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        onSideways(-1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        activate(item);
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        if (level > 0) onSideways(-1);
        else onClose(true);
        break;
      case 'Tab':
        onClose(false);
        break;
    }
  };

  return (
    <div role="menu" aria-labelledby={labelledBy} className={level === 0 ? 'menu' : 'menu submenu'}>
      {items.map((item, i) => {
        const id = `mi-${item.id.replace(/[^\w-]/g, '_')}`;
        const entries = item.submenu && item.submenu.length > 0 ? item.submenu : [{ id: `${item.id}.empty`, label: item.emptyLabel ?? '', disabled: true }];
        return (
          <Fragment key={item.id}>
            {item.separatorBefore && i > 0 && <div role="separator" className="menu-separator" />}
            <div role="none" className="menu-entry">
              <button
                ref={(el) => {
                  refs.current[i] = el;
                }}
                id={id}
                type="button"
                role={roleOf(item)}
                tabIndex={-1}
                className="menu-item"
                aria-checked={item.kind ? !!item.checked : undefined}
                aria-disabled={item.disabled || undefined}
                aria-haspopup={item.submenu ? 'menu' : undefined}
                aria-expanded={item.submenu ? sub === item.id : undefined}
                aria-keyshortcuts={item.shortcut || item.keysHint ? ariaShortcut((item.shortcut ?? item.keysHint)!) : undefined}
                onClick={() => activate(item)}
                onPointerEnter={() => {
                  refs.current[i]?.focus();
                  setSub(item.submenu && !item.disabled ? item.id : null);
                }}
                onKeyDown={(e) => onKey(e, i, item)}
              >
                <span className="menu-check" aria-hidden="true">
                  {item.kind && item.checked ? (item.kind === 'radio' ? '●' : '✓') : ''}
                </span>
                <span className="menu-label">{item.label}</span>
                {(item.shortcut || item.keysHint) && (
                  <span className="menu-shortcut" aria-hidden="true">
                    {formatShortcut((item.shortcut ?? item.keysHint)!)}
                  </span>
                )}
                {item.submenu && (
                  <span className="menu-arrow" aria-hidden="true">
                    ▸
                  </span>
                )}
              </button>
              {item.submenu && sub === item.id && (
                <MenuPopup
                  items={entries}
                  labelledBy={id}
                  level={level + 1}
                  onClose={onClose}
                  onSideways={() => {
                    setSub(null);
                    refs.current[i]?.focus();
                  }}
                />
              )}
            </div>
          </Fragment>
        );
      })}
    </div>
  );
}
