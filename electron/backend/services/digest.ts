// The daily digest (issue 4): "N people to contact today, M overdue", in the user's language.
// Electron's main process and the browser-mode renderer each schedule and show it; both ask here.
import type { DigestResult } from '../../../shared/contract/consent.js';
import { digestText } from '../../../shared/i18n/digest.js';
import { localDate } from '../../../shared/rules/time.js';
import { peopleDue } from '../db/digest-repo.js';
import type { Context } from '../context.js';
import type { SettingsService } from './settings.js';

export function createDigestService(ctx: Context, settings: SettingsService) {
  function get(): DigestResult {
    const date = localDate(ctx.clock.now(), settings.get().timeZone);
    const n = peopleDue(ctx.db, date);
    return { date, ...n, ...digestText(n.today, n.overdue, settings.locale()) };
  }
  return { get };
}

export type DigestService = ReturnType<typeof createDigestService>;
