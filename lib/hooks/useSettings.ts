import { useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import type { Settings } from '@/lib/settings';
import { getSettings, onSettingsChange, saveSettings } from '@/lib/settings';

/** Settings as stored, kept current when another page changes them. */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useReadEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setSettings(s));
    const off = onSettingsChange((s) => alive && setSettings(s));
    return () => {
      alive = false;
      off();
    };
  }, []);
  const update = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);
  return [settings, update];
}
