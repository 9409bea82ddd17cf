/**
 * The in-app menu bar, following the WAI-ARIA menubar pattern: one tab stop, arrow keys move
 * between menus and items, Enter/Space activate, Escape closes and returns focus, ArrowRight opens a
 * submenu (Open Recent). Mouse users get click-to-open and hover-to-switch once a menu is open.
 * As in desktop applications, F10 or pressing and releasing Alt alone moves focus to the menu bar
 * (and back to where it was when pressed again), in the browser edition too.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuDef } from './useMenus';
import { MenuPopup } from './MenuPopup';

/** The application's menu bar. */
export function MenuBar({ menus }: { menus: MenuDef[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const barRef = useRef<HTMLDivElement>(null);
  const topRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // F10, or Alt pressed and released alone: to the menu bar and back
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    let altAlone = false;
    const toggleFocus = () => {
      const bar = barRef.current;
      if (!bar) return;
      if (bar.contains(document.activeElement)) {
        setOpen(null);
        if (returnTo.current?.isConnected) returnTo.current.focus();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      returnTo.current = document.activeElement as HTMLElement | null;
      bar.querySelector<HTMLElement>('[role="menuitem"][tabindex="0"]')?.focus();
    };
    const onDown = (e: globalThis.KeyboardEvent) => {
      altAlone = e.key === 'Alt' && !e.ctrlKey && !e.shiftKey && !e.metaKey;
      if (e.key === 'F10' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        toggleFocus();
      }
    };
    const onUp = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Alt' || !altAlone) return;
      altAlone = false;
      e.preventDefault();
      toggleFocus();
    };
    const cancel = () => (altAlone = false);
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    window.addEventListener('pointerdown', cancel);
    window.addEventListener('blur', cancel);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('pointerdown', cancel);
      window.removeEventListener('blur', cancel);
    };
  }, []);

  useEffect(() => {
    if (open === null) return;
    const onDown = (e: PointerEvent) => {
      if (!barRef.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const focusTop = (i: number) => {
    const n = (i + menus.length) % menus.length;
    setActive(n);
    topRefs.current[n]?.focus();
    return n;
  };

  const closeAll = (refocus: boolean) => {
    setOpen(null);
    if (refocus) topRefs.current[active]?.focus();
  };

  const onTopKey = (e: KeyboardEvent, i: number) => {
    switch (e.key) {
      case 'ArrowRight':
        e.preventDefault();
        focusTop(i + 1);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        focusTop(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusTop(0);
        break;
      case 'End':
        e.preventDefault();
        focusTop(menus.length - 1);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Enter':
      case ' ':
        e.preventDefault();
        setActive(i);
        setOpen(i);
        break;
      case 'Escape':
        setOpen(null);
        break;
    }
  };

  return (
    <div role="menubar" aria-label={t('shell:menu.bar')} className="menubar" ref={barRef}>
      {menus.map((m, i) => (
        <div role="none" className="menubar-entry" key={m.id}>
          <button
            ref={(el) => {
              topRefs.current[i] = el;
            }}
            id={`menu-${m.id}`}
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === i}
            tabIndex={i === active ? 0 : -1}
            className="menubar-item"
            onClick={() => {
              setActive(i);
              setOpen(open === i ? null : i);
            }}
            onPointerEnter={() => {
              if (open !== null && open !== i) {
                setActive(i);
                setOpen(i);
                topRefs.current[i]?.focus();
              }
            }}
            onKeyDown={(e) => onTopKey(e, i)}
          >
            {m.label}
          </button>
          {open === i && (
            <MenuPopup
              items={m.items}
              labelledBy={`menu-${m.id}`}
              level={0}
              onClose={closeAll}
              onSideways={(dir) => setOpen(focusTop(i + dir))}
            />
          )}
        </div>
      ))}
    </div>
  );
}
