// The worker reads the settings for every content-script message and every page it judges: it
// keeps a copy until they change (lib/storedCopy.ts) instead of a storage round trip each time.
import { getSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { storedCopy } from '@/lib/storedCopy';

const kept = storedCopy(SETTINGS_KEY, getSettings);

/** The current settings, shared by every caller: read them, never change them. */
export function keptSettings(): Promise<Readonly<Settings>> {
  return kept.get();
}
