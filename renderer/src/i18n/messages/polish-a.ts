// Words for the new-user walkthrough fixes (undo blocked by a merge, duplicate warnings in the
// contact form, phone validation), in English and Korean.
export const polishAEn = {
  'err.merge-blocked': 'Undo the later merge first: {names}.',
  'import.undoMergesTitle': 'Undo the later merges too?',
  'import.undoMergesBody': 'People from this import were merged with others since. To undo the import, these merges are undone first (the merged people come back as they were):\n{list}',
  'import.undoMergesConfirm': 'Undo merges and import',
  'import.undoneWithMerges': 'Import undone: {removed} removed, {reverted} restored, {unmerged:merge|merges} undone.',
  'field.phoneLetters': 'A phone number has only digits (and - + ( ) spaces)',
  'field.phoneShort': 'Too few digits for a phone number',
  'form.ownerPhone': 'Number already in the book:',
  'form.ownerEmail': 'E-mail already in the book:',
  'form.ownerOpen': 'open',
} as const;

export const polishAKo: Record<keyof typeof polishAEn, string> = {
  'err.merge-blocked': '나중에 한 합치기를 먼저 되돌려야 합니다: {names}.',
  'import.undoMergesTitle': '나중에 한 합치기도 함께 되돌릴까요?',
  'import.undoMergesBody': '이 가져오기의 사람이 그 뒤 다른 사람과 합쳐졌습니다. 가져오기를 되돌리려면 아래 합치기를 먼저 되돌립니다(합쳐진 사람은 원래대로 돌아옵니다):\n{list}',
  'import.undoMergesConfirm': '합치기와 가져오기 되돌리기',
  'import.undoneWithMerges': '가져오기를 되돌렸습니다: {removed}명 삭제, {reverted}명 복원, 합치기 {unmerged}건 되돌림.',
  'field.phoneLetters': '전화번호에는 숫자(와 - + ( ) 공백)만 쓸 수 있습니다',
  'field.phoneShort': '전화번호의 자릿수가 모자랍니다',
  'form.ownerPhone': '이미 있는 번호:',
  'form.ownerEmail': '이미 있는 이메일:',
  'form.ownerOpen': '열기',
};
