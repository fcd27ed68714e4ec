import type { touchesApi } from '../../../shared/contract/touches.js';
import type { Handlers } from './types.js';

export const touchesHandlers: Handlers<typeof touchesApi> = {
  'touches.log': (draft, s) => s.touches.log(draft),
  'today.get': ({ date, days, overdueLimit, upcomingLimit }, s) => s.schedule.today(date, days, overdueLimit, upcomingLimit),
};
