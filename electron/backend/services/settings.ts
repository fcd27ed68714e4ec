// Settings: defaults merged with what the user changed. Read often (every reason, every
// freshness badge), written rarely, so the merged value is cached until the next write.
import { LOCALES, STAGES, type Locale, type Stage } from '../../../shared/domain/enums.js';
import type { CadenceIntervals, Settings } from '../../../shared/domain/types.js';
import { DEFAULT_CADENCE } from '../../../shared/rules/cadence.js';
import { DEFAULT_FRESHNESS } from '../../../shared/rules/freshness.js';
import { DEFAULT_TIME_ZONE } from '../../../shared/rules/time.js';
import { DEFAULT_MAX_MARKETING_PER_30_DAYS } from '../../../shared/rules/limits.js';
import { DEFAULT_DORMANT_AFTER_DAYS } from '../../../shared/rules/lifecycle.js';
import { DEFAULT_DIGEST_TIME } from '../../../shared/rules/digest.js';
import { DEFAULT_VERIFICATIONS_PER_DAY } from '../../../shared/rules/verification.js';
import { DEFAULT_REFERRAL_ASKS_PER_DAY } from '../../../shared/rules/referral.js';
import type { z } from 'zod';
import type { SettingsPatch } from '../../../shared/contract/system.js';
import { readCadence, readSetting, writeCadence, writeSetting } from '../db/settings-repo.js';
import type { Context } from '../context.js';
import { AppError } from '../../../shared/errors.js';

export const DEFAULT_SETTINGS: Settings = {
  locale: 'system',
  timeZone: DEFAULT_TIME_ZONE,
  staleAfterDays: DEFAULT_FRESHNESS.staleAfterDays,
  agingAfterDays: DEFAULT_FRESHNESS.agingAfterDays,
  cadence: DEFAULT_CADENCE,
  autoApplyLifecycle: false,
  maxMarketingPer30Days: DEFAULT_MAX_MARKETING_PER_30_DAYS,
  dormantAfterDays: DEFAULT_DORMANT_AFTER_DAYS,
  marketingSender: '',
  optOutNumber: '',
  digestEnabled: true,
  digestTime: DEFAULT_DIGEST_TIME,
  verificationsPerDay: DEFAULT_VERIFICATIONS_PER_DAY,
  referralAsksPerDay: DEFAULT_REFERRAL_ASKS_PER_DAY,
};

const SCALAR_KEYS = ['locale', 'timeZone', 'staleAfterDays', 'agingAfterDays', 'autoApplyLifecycle', 'maxMarketingPer30Days', 'dormantAfterDays',
  'marketingSender', 'optOutNumber', 'digestEnabled', 'digestTime', 'verificationsPerDay',
  'referralAsksPerDay'] as const;

/** The language of the machine we run on, for `locale: 'system'` outside a browser. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function createSettingsService(ctx: Context, onCadenceChange: (stages: Stage[]) => void) {
  let cached: Settings | null = null;

  function get(): Settings {
    if (cached) return cached;
    const s: Settings = { ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_CADENCE } };
    for (const key of SCALAR_KEYS) {
      const v = readSetting<never>(ctx.db, key);
      if (v !== undefined) (s as unknown as Record<string, unknown>)[key] = v;
    }
    for (const [stage, days] of readCadence(ctx.db)) s.cadence[stage] = days;
    return (cached = s);
  }

  function update(patch: z.output<typeof SettingsPatch>): Settings {
    const current = get();
    const aging = patch.agingAfterDays ?? current.agingAfterDays;
    const stale = patch.staleAfterDays ?? current.staleAfterDays;
    if (aging >= stale) {
      throw new AppError('invalid-input', 'agingAfterDays must be smaller than staleAfterDays', [
        { path: 'agingAfterDays', message: 'must be smaller than staleAfterDays' },
      ]);
    }
    const changedStages: Stage[] = [];
    ctx.db.transaction(() => {
      for (const key of SCALAR_KEYS) if (patch[key] !== undefined) writeSetting(ctx.db, key, patch[key]);
      for (const stage of STAGES) {
        const days = patch.cadence?.[stage];
        if (days === undefined || days === current.cadence[stage]) continue;
        writeCadence(ctx.db, stage, days, ctx.nowIso());
        changedStages.push(stage);
      }
      cached = null;
      // Open check-ins follow the new interval right away, in the same transaction. A new time
      // zone moves every check-in: due dates are local dates, due at 09:00 local time.
      const tzChanged = patch.timeZone !== undefined && patch.timeZone !== current.timeZone;
      if (tzChanged) onCadenceChange([...STAGES]);
      else if (changedStages.length) onCadenceChange(changedStages);
    })();
    return get();
  }

  /** The language reasons are rendered in for callers that cannot render them (CLI, JSON). */
  function locale(): Locale {
    const l = get().locale;
    return (LOCALES as readonly string[]).includes(l) ? (l as Locale) : systemLocale();
  }

  const cadence = (): CadenceIntervals => get().cadence;

  return { get, update, locale, cadence };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
