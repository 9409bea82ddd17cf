/**
 * The desktop app's settings, one JSON file in the user-data folder, validated with the contract's
 * schema. A missing or damaged file means defaults (the app must always start); writes are atomic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { writeFileAtomicSync } from '../store/files';

/** Path of the settings file in `userDataDir`. */
export function settingsFile(userDataDir: string): string {
  return path.join(userDataDir, 'settings.json');
}

/** The saved settings; fields that are missing or invalid take their defaults. */
export function readSettings(userDataDir: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(settingsFile(userDataDir), 'utf8'));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw === 'object' && raw !== null) {
    // keep each valid field, so one bad value does not reset the others
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const one = settingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
      if (one.success) Object.assign(out, { [key]: one.data });
    }
  }
  return out;
}

/** Merge `patch` into the saved settings and write them; throws UserError `settings.invalid`. */
export function writeSettings(userDataDir: string, patch: Partial<Settings>): Settings {
  const merged = settingsSchema.safeParse({ ...readSettings(userDataDir), ...patch });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    throw new UserError('settings.invalid', { message: `${issue.path.join('.')}: ${issue.message}` });
  }
  fs.mkdirSync(userDataDir, { recursive: true });
  writeFileAtomicSync(settingsFile(userDataDir), `${JSON.stringify(merged.data, null, 2)}\n`);
  return merged.data;
}
