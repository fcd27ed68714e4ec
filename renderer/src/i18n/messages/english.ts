// Words found missing or Korean-only by the English walkthrough (1024×700, a new English user).
export const englishEn = {
  'settings.senderPlaceholder': 'e.g. Hanbit Life, Jane Kim',
  'settings.marketingLaw': 'Korean law (Network Act, Art. 50) fixes these words in Korean: “(광고)” means “advertisement”, “무료수신거부” means “free opt-out”. Inyeon writes them so for you.',
  'form.phoneReadAsKorean': 'Saved as the Korean number {display}. For another country, start with + and its code (+1 for the US).',
  'form.phoneNoCountry': 'Not a Korean number. For another country, start with + and its code (+1 for the US).',
  'help.undo': 'Undo the last action (its notice’s Undo)',
  'dup.mergedSameName': 'Merged the two records of {name} into one.',
} as const;

export const englishKo: Record<keyof typeof englishEn, string> = {
  'settings.senderPlaceholder': '한빛생명 김설계',
  'settings.marketingLaw': '정보통신망법 제50조: 광고 문자는 "(광고)"와 발신자로 시작하고 "무료수신거부" 번호로 끝나야 합니다. Inyeon이 이 형식대로 씁니다.',
  'form.phoneReadAsKorean': '한국 번호 {display}(으)로 저장됩니다. 다른 나라 번호는 +와 국가 번호로 시작하세요(미국은 +1).',
  'form.phoneNoCountry': '한국 번호가 아닙니다. 다른 나라 번호는 +와 국가 번호로 시작하세요(미국은 +1).',
  'help.undo': '방금 한 작업 되돌리기(알림의 되돌리기)',
  'dup.mergedSameName': '{name}의 두 기록을 하나로 합쳤습니다.',
};
