import { describe, expect, it } from 'vitest';
import { listCommands } from '../commands';
import { DOMAIN_MESSAGES, LANGS } from './index';

/** The text at dotted `path` in a nested message object, or undefined. */
function lookup(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), messages);
}

describe('command labels', () => {
  it('gives every registered command a label in Malay and English, different from its key', () => {
    const commands = listCommands();
    expect(commands.length).toBeGreaterThan(10);
    for (const lang of LANGS) {
      for (const command of commands) {
        const text = lookup(DOMAIN_MESSAGES[lang], command.labelKey);
        expect(typeof text, `${lang} ${command.labelKey}`).toBe('string');
        expect(text).not.toBe(command.labelKey);
      }
    }
  });
});
