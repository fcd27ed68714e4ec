// Words added with the fast import (issue 5, second part): the uninterruptible write phase, and
// the reading of each file (its own progress, Cancel applies).
// Spread into en.ts and ko.ts.
export const importrateEn = {
  'import.writing': 'Saving to your book…',
  'import.writingHint': 'Every record is read; the batch is being saved in one step and can no longer be cancelled. Undo removes it afterwards.',
  'import.reading': 'Reading {file}…',
  'import.readProgress': '{done} of {total:record|records} read ({pct}%)',
};

export const importrateKo: Record<keyof typeof importrateEn, string> = {
  'import.writing': '주소록에 저장하는 중…',
  'import.writingHint': '모든 항목을 읽었습니다. 한 번에 저장하는 중이라 이제 취소할 수 없습니다. 끝난 뒤 되돌리기로 지울 수 있습니다.',
  'import.reading': '{file} 읽는 중…',
  'import.readProgress': '레코드 {total}개 중 {done}개 읽음 ({pct}%)',
};
