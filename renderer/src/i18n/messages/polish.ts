// Words added by the new-user polish pass (session 4, polish-b).
export const polishEn = {
  'about.integrity.ok': 'No problems found',
  'about.integrity.pending': 'Checking…',
  'about.integrity.failed': 'Problems found: {detail}',
  'capture.status.manual': 'Typed in',
  'form.discardTitle': 'Discard what you typed?',
  'form.discardBody': 'The changes in this form have not been saved.',
  'form.discard': 'Discard',
};

export const polishKo: Record<keyof typeof polishEn, string> = {
  'about.integrity.ok': '이상 없음',
  'about.integrity.pending': '점검 중…',
  'about.integrity.failed': '문제 발견: {detail}',
  'capture.status.manual': '직접 입력',
  'form.discardTitle': '작성 중인 내용을 버릴까요?',
  'form.discardBody': '이 양식에서 바꾼 내용은 아직 저장되지 않았습니다.',
  'form.discard': '버리기',
};
