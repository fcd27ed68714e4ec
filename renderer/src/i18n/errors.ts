// Errors in the user's language. The backend's AppError carries a code (mapped to words here)
// and, for bad input, field issues whose English messages we recognise and translate.
import { type FieldIssue, isAppError } from '../../../shared/errors';
import { useSettings } from '../stores/settings';
import type { I18n, MessageKey } from './index';

export function errorText(e: unknown, i18n: I18n): string {
  if (isAppError(e)) {
    if (e.code === 'invalid-input' && e.issues?.length) {
      const first = e.issues[0]!;
      return `${i18n.t('err.invalid-input')} (${first.path}: ${fieldIssueText(first, i18n)})`;
    }
    if (e.code === 'marketing-blocked' && e.issues?.length) {
      // Each issue names a block (no-consent, quiet-hours, limit, complaint): say them in words.
      const why = e.issues.map((i) => i18n.t(`touch.block.${i.message}` as MessageKey, { max: useSettings.getState().settings?.maxMarketingPer30Days ?? 2 }));
      return i18n.t('err.marketing-blocked', { message: why.join(' ') });
    }
    if (e.code === 'merge-blocked') return i18n.t('err.merge-blocked', { names: mergesNamed(e).join(', ') });
    return i18n.t(`err.${e.code}`, { message: e.message });
  }
  return i18n.t('err.internal', { message: e instanceof Error ? e.message : String(e) });
}

/** The merges a `merge-blocked` refusal names, each `merged-away name → kept name`. */
export const mergesNamed = (e: { issues?: FieldIssue[] | undefined }): string[] => (e.issues ?? []).map((i) => i.message);

/** One field's problem in words; falls back to the backend's (English) message. */
export function fieldIssueText(issue: FieldIssue, i18n: I18n): string {
  const m = issue.message;
  if (/is required|is empty|too_small|at least 1/i.test(m)) return i18n.t('field.required');
  if (/not a phone number \(letters\)/i.test(m)) return i18n.t('field.phoneLetters');
  if (/not a phone number \(too few digits\)/i.test(m)) return i18n.t('field.phoneShort');
  if (/not a phone number/i.test(m)) return i18n.t('field.phone');
  if (/not an e-mail/i.test(m)) return i18n.t('field.email');
  if (/YYYY-MM-DD|--MM-DD/.test(m)) return i18n.t('field.birthday');
  if (/IANA time zone/i.test(m)) return i18n.t('field.timeZone');
  if (/smaller than staleAfterDays/i.test(m)) return i18n.t('field.agingBeforeStale');
  if (/in the future/i.test(m)) return i18n.t('field.future');
  const max = /at most (\d+)/i.exec(m);
  if (max) return i18n.t('field.tooLong', { max: max[1]! });
  return m;
}

/** Issues keyed by path (`name`, `points.1.value`), each already in words. */
export function issuesByPath(e: unknown, i18n: I18n): Record<string, string> {
  const out: Record<string, string> = {};
  if (isAppError(e)) for (const issue of e.issues ?? []) out[issue.path] ??= fieldIssueText(issue, i18n);
  return out;
}
