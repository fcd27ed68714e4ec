// What Today asks the backend for, in one place: the Today store sends it, and so do the early
// requests (early.ts), whose answer the store can take only if the two are the same call.
import type { TodayResult } from '../../../shared/contract/touches';

export const TODAY_DAYS = 7;
/**
 * The backend sends each bucket a page at a time (issue 7: a busy day in a 100k book is
 * thousands of follow-ups, and Today must answer in 30 ms). One page first — Today shows 50 rows
 * of a bucket before "Show more" — then "Show more" asks for as many as it will show.
 * `npm run bench` measures Today with these pages.
 */
export const TODAY_PAGE = 100;
/** The contract's largest page; beyond it a bucket says how many it holds and where to see them all. */
export const TODAY_MAX_PAGE = 5000;

export type PagedBucket = keyof TodayResult['counts'];
export type TodayLimits = Record<PagedBucket, number>;

/** A start's limits: one page of each bucket. */
export const firstLimits = (): TodayLimits => ({ overdue: TODAY_PAGE, today: TODAY_PAGE, upcoming: TODAY_PAGE });

export const todayParams = (limits: TodayLimits) => ({
  days: TODAY_DAYS, overdueLimit: limits.overdue, todayLimit: limits.today, upcomingLimit: limits.upcoming,
});
