// Words added by the new-user polish pass (session 4, polish-b).
export const polishEn = {
  'about.integrity.ok': 'No problems found',
  'about.integrity.pending': 'Checking…',
  'about.integrity.failed': 'Problems found: {detail}',
  'capture.status.manual': 'Typed in',
};

export const polishKo: Record<keyof typeof polishEn, string> = {
  'about.integrity.ok': '이상 없음',
  'about.integrity.pending': '점검 중…',
  'about.integrity.failed': '문제 발견: {detail}',
  'capture.status.manual': '직접 입력',
};
