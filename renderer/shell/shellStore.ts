/** UI state of the shell that is not part of the document: settings, recent list, panels, save status. */
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type RecentEntry, type Settings } from '../../shared/ipc/contract';

/** Side regions that can be hidden from the View menu. */
export type Region = 'left' | 'right' | 'bottom';

export interface ShellStore {
  settings: Settings;
  recent: RecentEntry[];
  /** ISO time of the last save in this session, if any. */
  lastSavedAt: string | null;
  saving: boolean;
  /** Id of the panel shown in the centre (see registry). */
  centrePanel: string;
  hidden: Record<Region, boolean>;
  setSettings(settings: Settings): void;
  setRecent(recent: RecentEntry[]): void;
  setLastSaved(at: string | null): void;
  setSaving(saving: boolean): void;
  showCentre(panelId: string): void;
  toggleRegion(region: Region): void;
}

export const useShell = create<ShellStore>((set) => ({
  settings: DEFAULT_SETTINGS,
  recent: [],
  lastSavedAt: null,
  saving: false,
  centrePanel: 'canvas',
  hidden: { left: false, right: false, bottom: false },
  setSettings: (settings) => set({ settings }),
  setRecent: (recent) => set({ recent }),
  setLastSaved: (lastSavedAt) => set({ lastSavedAt }),
  setSaving: (saving) => set({ saving }),
  showCentre: (centrePanel) => set({ centrePanel }),
  toggleRegion: (region) => set((s) => ({ hidden: { ...s.hidden, [region]: !s.hidden[region] } })),
}));
