// Today a page at a time (issue 7): words in English and Korean.
export const todayPagesEn = {
  'todayPage.showEarlier': 'Show {count} earlier',
  'todayPage.shownOf': 'Showing {shown} of {total}',
  'todayPage.loading': 'Loading…',
  'todayPage.todayTruncated': 'Showing the first {shown} of {total} due today. Sort Contacts by next touch to see them all.',
  'settings.referralAsksPerDay': 'New referral asks per day',
  'settings.referralAsksUnit': 'a day',
  'settings.referralAsksHint': 'The best moments first: loyal, then active, then new customers, the most recent good news first. The rest come on the following days.',
} as const;

export const todayPagesKo: Record<keyof typeof todayPagesEn, string> = {
  'todayPage.showEarlier': '이전 {count}건 더 보기',
  'todayPage.shownOf': '{total}건 중 {shown}건 표시',
  'todayPage.loading': '불러오는 중…',
  'todayPage.todayTruncated': '오늘 할 일 {total}건 중 먼저 {shown}건을 보여 줍니다. 전체는 연락처에서 다음 연락 순으로 정렬해 보세요.',
  'settings.referralAsksPerDay': '하루에 새로 제안하는 소개 요청 수',
  'settings.referralAsksUnit': '건 / 일',
  'settings.referralAsksHint': '좋은 때부터 먼저: 충성 고객, 기존 고객, 신규 고객 순으로, 최근에 좋은 일이 있었던 분부터. 나머지는 다음 날 이어서 제안합니다.',
} as const;
