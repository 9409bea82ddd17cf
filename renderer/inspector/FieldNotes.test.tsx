// @vitest-environment happy-dom
/**
 * Every inspector field ends with the same notes (widgets.tsx FieldNotes): the hint, what the field
 * adds (a pick-list's "not in the list"), the message of a value refused, the checker's findings, in
 * that order, each found by the id its input is described by.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { describedBy, FieldNotes } from './widgets';

describe('a field’s notes', () => {
  afterEach(cleanup);

  it('come in one order, each with the id the input is described by, and only those there are', () => {
    const findings = [{ severity: 'warning', text: 'Tiada pemilik.' }] as never;
    const { container } = render(
      <FieldNotes id="f" hint="Nama rasmi." error="Nama diperlukan." findings={findings}>
        <p id="f-own">Bukan dalam senarai.</p>
      </FieldNotes>,
    );
    expect([...container.querySelectorAll('p')].map((p) => [p.id, p.textContent])).toEqual([
      ['f-hint', 'Nama rasmi.'],
      ['f-own', 'Bukan dalam senarai.'],
      ['f-error', 'Nama diperlukan.'],
      ['f-finding', 'Tiada pemilik.'],
    ]);
    for (const id of describedBy('f', 'Nama rasmi.', 'Nama diperlukan.', findings)!.split(' ')) expect(container.querySelector(`#${id}`)).not.toBeNull();
    expect(container.querySelector('#f-error')!.getAttribute('role')).toBe('alert');
    cleanup();
    expect(render(<FieldNotes id="g" />).container.innerHTML).toBe('');
  });
});
