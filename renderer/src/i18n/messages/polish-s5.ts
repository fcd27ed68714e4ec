// Words added by the session-5 polish pass (dead numbers, complaints, time zones, card drafts, note search).
export const polishS5En = {
  'touch.loggedComplaint': 'Logged. Respond to the complaint by {when} (within 24 hours).',
  'settings.timeZoneSearch': 'Search a city, country or GMT+9',
  'settings.timeZoneNone': 'No time zone matches',
  'search.matchedNotes': 'Notes: {snippet}',
  'capture.drafts': '{count} unsaved cards from last time',
  'capture.drafts_one': '1 unsaved card from last time',
  'capture.draftsResume': 'Continue',
  'capture.draftsDiscard': 'Discard',
  'capture.draftsDiscardTitle': 'Discard {count} unsaved cards?',
  'capture.draftsDiscardTitle_one': 'Discard the unsaved card?',
  'capture.draftsDiscardBody': 'Their images and the fields read from them are deleted. Saved contacts are not affected.',
};

export const polishS5Ko: Record<keyof typeof polishS5En, string> = {
  'touch.loggedComplaint': '기록했습니다. 불만 응대: {when}까지 (24시간 안에)',
  'settings.timeZoneSearch': '도시, 나라 또는 GMT+9로 찾기',
  'settings.timeZoneNone': '맞는 시간대가 없습니다',
  'search.matchedNotes': '메모: {snippet}',
  'capture.drafts': '저장하지 않은 명함 {count}장',
  'capture.drafts_one': '저장하지 않은 명함 1장',
  'capture.draftsResume': '이어서',
  'capture.draftsDiscard': '버리기',
  'capture.draftsDiscardTitle': '저장하지 않은 명함 {count}장을 버릴까요?',
  'capture.draftsDiscardTitle_one': '저장하지 않은 명함 1장을 버릴까요?',
  'capture.draftsDiscardBody': '명함 이미지와 읽은 내용이 지워집니다. 이미 저장한 연락처는 그대로입니다.',
};
