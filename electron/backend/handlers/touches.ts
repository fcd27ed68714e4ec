import type { touchesApi } from '../../../shared/contract/touches.js';
import type { Handlers } from './types.js';

export const touchesHandlers: Handlers<typeof touchesApi> = {
  'touches.log': (draft, s) => s.touches.log(draft),
  // The engine's daily pass (birthdays rolled, referral asks, lifecycle) runs before Today is read.
  'today.get': ({ date, days, overdueLimit, todayLimit, upcomingLimit }, s) => {
    s.engine.sweep();
    return s.schedule.today(date, days, { overdue: overdueLimit, today: todayLimit, upcoming: upcomingLimit });
  },
};
