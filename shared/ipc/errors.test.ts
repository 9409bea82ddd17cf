import { describe, expect, it } from 'vitest';
import { CommandError, executeCommand } from '../commands';
import { createEmptyDocument } from '../model';
import { InvalidChangeError } from '../store/session';
import { decodeUserError, encodeUserError, toUserError, toUserErrorPayload, UserError } from './errors';

/** What the renderer sees: Electron rejects `invoke` with a new Error wrapping the message. */
function throughIpc(e: Error): Error {
  return new Error(`Error invoking remote method 'project:open': ${e.name}: ${e.message}`);
}

describe('UserError over IPC', () => {
  it('keeps key and parameters through Electron’s message wrapping', () => {
    const e = new UserError('store.tooNew', { file: 'Projek “A”.lakar', version: 3, supported: 1 });
    expect(decodeUserError(throughIpc(e).message)).toEqual({ key: 'store.tooNew', params: { file: 'Projek “A”.lakar', version: 3, supported: 1 } });
  });

  it('decodes nothing from an ordinary message', () => {
    expect(decodeUserError('Error invoking remote method: TypeError: x is undefined')).toBeNull();
    expect(decodeUserError('LAKAR_USER_ERROR:{not json')).toBeNull();
  });

  it('encodes any thrown value as a payload', () => {
    expect(decodeUserError(encodeUserError({ key: 'file.tooLarge', params: { name: 'a', sizeMb: 300, maxMb: 200 } }))).toEqual({
      key: 'file.tooLarge',
      params: { name: 'a', sizeMb: 300, maxMb: 200 },
    });
    expect(decodeUserError(encodeUserError(new TypeError('rosak')))).toEqual({ key: 'error.unexpected', params: { message: 'rosak' } });
  });
});

describe('toUserErrorPayload', () => {
  it('passes a command error’s parameters and field path', () => {
    let caught: unknown;
    try {
      executeCommand(createEmptyDocument(), 'element.add', { element: { id: 'x', kind: 'targetGroup', name: 'T', lifecycle: 'G2X' } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CommandError);
    const p = toUserErrorPayload(caught);
    expect(p.key).toBe('element.invalid');
    expect(p.params?.field).toBe('lifecycle');
    expect(typeof p.params?.message).toBe('string');
  });

  it('names the rejected record of an invalid change', () => {
    expect(toUserErrorPayload(new InvalidChangeError('change.invalid', 'meta'))).toEqual({ key: 'change.invalid', params: { where: 'meta' } });
  });

  it('turns anything else into error.unexpected and leaves UserErrors as they are', () => {
    expect(toUserErrorPayload('boom')).toEqual({ key: 'error.unexpected', params: { message: 'boom' } });
    const u = new UserError('error.cancelled');
    expect(toUserError(u)).toBe(u);
    expect(toUserError(new Error('x'))).toMatchObject({ key: 'error.unexpected', params: { message: 'x' } });
  });
});
