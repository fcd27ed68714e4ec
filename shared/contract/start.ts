// The app's start in one round trip (issue 7): whether the book is open and, when it is, what the
// first screen shows — Today's first pages, the settings and system.info. Separate calls cost a
// chain of round trips (the open check first, since the rest fail on a book that is not open),
// and each answer waits for a page that is still busy evaluating its bundle. Answered in the
// recovery session too, with the open state alone.
import { z } from 'zod';
import type { Settings } from '../domain/types.js';
import type { ApiGroup } from './group.js';
import type { OpenState } from './recovery.js';
import type { SystemInfo } from './system.js';
import { TodayQuery, type TodayResult } from './touches.js';

export type StartResult =
  | { open: { state: 'ok' }; today: TodayResult; settings: Settings; info: SystemInfo }
  | { open: Extract<OpenState, { state: 'recovery' }>; today: null; settings: null; info: null };

export const startApi = {
  'system.start': { input: z.object({ today: TodayQuery }), result: {} as StartResult },
} satisfies ApiGroup;
