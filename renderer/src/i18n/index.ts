// The UI's words: `useT()` gives components a translator bound to the current language and
// time zone. Korean is the default when the setting is "system" and the browser is Korean.
import type { FollowUpKind, Freshness, Locale, Outcome, PointKind, Stage, TouchKind, VerifiedVia } from '../../../shared/domain/enums';
import {
  FOLLOW_UP_LABELS, FRESHNESS_LABELS, OUTCOME_LABELS, POINT_KIND_LABELS, STAGE_LABELS, TOUCH_LABELS, VERIFIED_VIA_LABELS,
} from '../../../shared/i18n/labels';
import { type Reason, renderReason } from '../../../shared/i18n/reasons';
import { DEFAULT_TIME_ZONE } from '../../../shared/rules/time';
import { useSettings } from '../stores/settings';
import type { MessageKey } from './en';
import { createFormatters, type Formatters } from './format';
import { NUMBER_FORMATS, translate, type Vars } from './translate';

export { resolveLocale, systemLocale } from './locale';

export type { MessageKey } from './en';
export { translate, type Vars } from './translate';

export interface I18n {
  locale: Locale;
  timeZone: string;
  t(key: MessageKey, vars?: Vars): string;
  stage(s: Stage): string;
  touch(k: TouchKind): string;
  outcome(o: Outcome): string;
  pointKind(k: PointKind): string;
  freshness(f: Freshness): string;
  via(v: VerifiedVia): string;
  followUp(k: FollowUpKind): string;
  reason(r: Reason): string;
  /** `1,234` / `1,234` in the locale's digits grouping. */
  num(n: number): string;
  fmt: Formatters;
}

export function makeI18n(locale: Locale, timeZone: string, now: () => number): I18n {
  const fmt = createFormatters(locale, timeZone, now);
  return {
    locale,
    timeZone,
    t: (key, vars) => translate(locale, key, vars),
    stage: (s) => STAGE_LABELS[locale][s],
    touch: (k) => TOUCH_LABELS[locale][k],
    outcome: (o) => OUTCOME_LABELS[locale][o],
    pointKind: (k) => POINT_KIND_LABELS[locale][k],
    freshness: (f) => FRESHNESS_LABELS[locale][f],
    via: (v) => VERIFIED_VIA_LABELS[locale][v],
    followUp: (k) => FOLLOW_UP_LABELS[locale][k],
    num: (n) => NUMBER_FORMATS[locale].format(n),
    fmt,
    reason: (r) => renderReason(r, locale, fmt.today()),
  };
}

/** The last translator made: every component asking for the same language, zone and clock shares it (and its caches). */
let shared: { key: string; i18n: I18n } | null = null;

function i18nFor(locale: Locale, tz: string, offset: number): I18n {
  const key = `${locale} ${tz} ${offset}`;
  if (shared?.key !== key) shared = { key, i18n: makeI18n(locale, tz, () => Date.now() + offset) };
  return shared.i18n;
}

/** One store subscription per component (Today draws dozens of rows that each ask). */
export function useT(): I18n {
  return useSettings((s) => i18nFor(s.locale, s.settings?.timeZone ?? DEFAULT_TIME_ZONE, s.clockOffset));
}
