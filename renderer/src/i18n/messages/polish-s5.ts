// Words added by the session-5 polish pass (dead numbers, complaints, time zones, card drafts, note search).
export const polishS5En = {
  'touch.loggedComplaint': 'Logged. Respond to the complaint by {when} (within 24 hours).',
  'settings.timeZoneSearch': 'Search a city, country or GMT+9',
  'settings.timeZoneNone': 'No time zone matches',
};

export const polishS5Ko: Record<keyof typeof polishS5En, string> = {
  'touch.loggedComplaint': '기록했습니다. 불만 응대: {when}까지 (24시간 안에)',
  'settings.timeZoneSearch': '도시, 나라 또는 GMT+9로 찾기',
  'settings.timeZoneNone': '맞는 시간대가 없습니다',
};
