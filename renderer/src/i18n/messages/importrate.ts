// Words added with the fast import (issue 5, second part): the uninterruptible write phase, and
// the reading of each file (its own progress, Cancel applies), and the merged records whose file
// had other values than the person they joined.
// Spread into en.ts and ko.ts.
export const importrateEn = {
  'import.writing': 'Saving to your book…',
  'import.writingHint': 'Every record is read; the batch is being saved in one step and can no longer be cancelled. Undo removes it afterwards.',
  'import.reading': 'Reading {file}…',
  'import.readProgress': '{done} of {total:record|records} read ({pct}%)',
  'import.mergesTitle': '{count} merged records had other values',
  'import.mergesTitle_one': '1 merged record had other values',
  'import.mergesHint': 'The values already in your book were kept. The file\'s values were added to each person\'s notes (Undo removes them).',
  'import.mergesInto': 'Merged into',
  'import.mergesKept': 'In the file (kept)',
  'import.mergesSameFile': 'an earlier record of this import',
  'import.mergesAll': 'Show all {total}',
};

export const importrateKo: Record<keyof typeof importrateEn, string> = {
  'import.writing': '주소록에 저장하는 중…',
  'import.writingHint': '모든 항목을 읽었습니다. 한 번에 저장하는 중이라 이제 취소할 수 없습니다. 끝난 뒤 되돌리기로 지울 수 있습니다.',
  'import.reading': '{file} 읽는 중…',
  'import.readProgress': '레코드 {total}개 중 {done}개 읽음 ({pct}%)',
  'import.mergesTitle': '합쳐진 레코드 {count}건의 값이 달랐습니다',
  'import.mergesTitle_one': '합쳐진 레코드 1건의 값이 달랐습니다',
  'import.mergesHint': '주소록에 있던 값을 그대로 두었습니다. 파일의 값은 각 사람의 메모에 덧붙였습니다(되돌리기로 지워집니다).',
  'import.mergesInto': '합쳐진 사람',
  'import.mergesKept': '파일의 값 (유지한 값)',
  'import.mergesSameFile': '이번 가져오기의 앞선 레코드',
  'import.mergesAll': '{total}건 모두 보기',
};
