// Settings and facts about the running app (system.info): language, time zone, cadence,
// sample data, counts for the sidebar. The resolved language lives here so every component
// re-renders when it changes.
import { create } from 'zustand';
import type { SettingsPatch, SystemInfo } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain/enums';
import type { Settings } from '../../../shared/domain/types';
import type { z } from 'zod';
import { invoke } from '../api/client';
import { resolveLocale } from '../i18n/locale';
import { dataChanged, onDataChanged } from './events';

type Patch = z.input<typeof SettingsPatch>;

/** Remember the language between launches so the first paint is already in the right one. */
const LOCALE_KEY = 'inyeon.locale';

interface SettingsState {
  settings: Settings | null;
  info: SystemInfo | null;
  locale: Locale;
  /** Backend clock minus ours, so "3 days ago" agrees with a backend running on a fixed clock. */
  clockOffset: number;
  sampleBusy: 'loading' | 'removing' | null;
  load(): Promise<void>;
  /** The settings and system.info from the start (boot.ts), asked for at `asked` (Date.now()). */
  adopt(settings: Settings, info: SystemInfo, asked: number): void;
  refreshInfo(): Promise<void>;
  applyInfo(info: SystemInfo, asked: number): void;
  update(patch: Patch): Promise<Settings>;
  loadSample(): Promise<number>;
  removeSample(): Promise<number>;
}

/**
 * The language remembered from the last launch, read in the task after start-up: the first use of
 * localStorage waits on the browser process, and that wait then overlaps the first requests
 * instead of coming before them (issue 7). Until then (a few ms), the system's language.
 */
function rememberedLocale(): void {
  setTimeout(() => {
    const saved = localStorage.getItem(LOCALE_KEY);
    if ((saved === 'ko' || saved === 'en') && useSettings.getState().settings === null) useSettings.setState({ locale: saved });
  }, 0);
}

export const useSettings = create<SettingsState>()((set, get) => ({
  settings: null,
  info: null,
  locale: resolveLocale('system'),
  clockOffset: 0,
  sampleBusy: null,

  async load() {
    const [settings] = await Promise.all([invoke('settings.get', {}), get().refreshInfo()]);
    applySettings(settings);
  },

  adopt(settings, info, asked) {
    get().applyInfo(info, asked);
    applySettings(settings);
  },

  async refreshInfo() {
    const asked = Date.now();
    get().applyInfo(await invoke('system.info', {}), asked);
  },

  applyInfo(info, asked) {
    // The backend's clock against ours, at the middle of the round trip.
    const mid = (asked + Date.now()) / 2;
    set({ info, clockOffset: Math.abs(Date.parse(info.now) - mid) > 5_000 ? Date.parse(info.now) - mid : 0 });
  },

  async update(patch) {
    const settings = await invoke('settings.update', patch);
    applySettings(settings);
    dataChanged('settings');
    return settings;
  },

  async loadSample() {
    set({ sampleBusy: 'loading' });
    try {
      const { added } = await invoke('sample.load', { language: get().locale });
      dataChanged('sample');
      return added;
    } finally {
      set({ sampleBusy: null });
    }
  },

  async removeSample() {
    set({ sampleBusy: 'removing' });
    try {
      const { removed } = await invoke('sample.remove', {});
      dataChanged('sample');
      return removed;
    } finally {
      set({ sampleBusy: null });
    }
  },
}));

rememberedLocale();

function applySettings(settings: Settings): void {
  const locale = resolveLocale(settings.locale);
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  useSettings.setState({ settings, locale });
}

// Counts in the sidebar and the sample banner follow every write.
onDataChanged(() => {
  useSettings.getState().refreshInfo().catch(() => undefined);
});
