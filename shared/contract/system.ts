import { z } from 'zod';
import { LOCALES, STAGES } from '../domain/enums.js';
import type { Settings } from '../domain/types.js';
import { noControl, TimeZoneField } from './fields.js';
import { isDigestTime } from '../rules/digest.js';
import type { ApiGroup } from './group.js';

const Days = z.number().int().min(1).max(3650);

export const SettingsPatch = z.object({
  locale: z.enum([...LOCALES, 'system']).optional(),
  timeZone: TimeZoneField.optional(),
  staleAfterDays: Days.optional(),
  agingAfterDays: Days.optional(),
  cadence: z.partialRecord(z.enum(STAGES), Days.nullable()).optional(),
  autoApplyLifecycle: z.boolean().optional(),
  maxMarketingPer30Days: z.number().int().min(0).max(30).optional(),
  dormantAfterDays: Days.optional(),
  marketingSender: z.string().trim().max(60).refine(noControl, { message: 'must not contain control characters' }).optional(),
  optOutNumber: z.string().trim().max(20).regex(/^[0-9-]*$/, { message: 'must be a phone number like 080-123-4567' }).optional(),
  digestEnabled: z.boolean().optional(),
  digestTime: z.string().refine(isDigestTime, { message: 'must be a time HH:MM' }).optional(),
  verificationsPerDay: z.number().int().min(0).max(500).optional(),
  referralAsksPerDay: z.number().int().min(0).max(500).optional(),
});

export interface SystemInfo {
  version: string;
  schemaVersion: number;
  dataPath: string;
  contacts: number;
  integrity: string;
  sampleContacts: number;
  now: string;
}

export const systemApi = {
  'system.info': { input: z.object({}).default({}), result: {} as SystemInfo },
  'settings.get': { input: z.object({}).default({}), result: {} as Settings },
  'settings.update': { input: SettingsPatch, result: {} as Settings },
  'sample.load': {
    // `language`: the reader's; an English sample is mostly English names and notes (Korean by default).
    input: z.object({ count: z.number().int().min(1).max(2000).default(300), language: z.enum(['ko', 'en']).default('ko') }).default({ count: 300, language: 'ko' }),
    result: {} as { added: number },
  },
  'sample.remove': { input: z.object({}).default({}), result: {} as { removed: number } },
} satisfies ApiGroup;
