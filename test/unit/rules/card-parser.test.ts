// The business-card field parser (shared/rules/card-parser.ts) on text as OCR gives it: Korean
// and English layouts, labels, (주)/㈜, names with spaces between syllables, area codes, +82,
// extensions, fax vs tel — and OCR's letter-for-digit confusions undone only inside numbers.
import { describe, expect, it } from 'vitest';
import type { CardField } from '../../../shared/contract/capture.js';
import { formatPhone, joinHangulSyllables, nearTitle, parseCard, repairCompanyEnding, repairDigitRuns, repairEmailByName, emailFromSecondReading, leadingHangul, nameFromSecondReading, type CardLine } from '../../../shared/rules/card-parser.js';

/**
 * Lines as OCR returns them; `#48 ` before a line makes its words 48/1000 of the card high, and
 * `~0` after a word gives it that confidence (in hundredths; 0.9 otherwise).
 */
function card(...texts: string[]): CardLine[] {
  return texts.map((t, row) => {
    const m = /^#(\d+) (.*)$/.exec(t);
    const h = m ? Number(m[1]) / 1000 : 0.03;
    const words = (m ? m[2]! : t).split(' ').filter(Boolean);
    return {
      words: words.map((w, i) => {
        const c = /^(.+)~(\d+)$/.exec(w);
        return { text: c ? c[1]! : w, confidence: c ? Number(c[2]) / 100 : 0.9, box: { x: 0.05 + i * 0.1, y: 0.05 + row * 0.08, w: 0.09, h } };
      }),
    };
  });
}

const fieldsOf = (...texts: string[]) => parseCard(card(...texts)).fields;

describe('parseCard: whole cards', () => {
  it('a Korean card with labels', () => {
    expect(fieldsOf(
      '(주)한빛생명',
      '#60 김철수 과장',
      '영업1팀',
      'M. 010-1234-5678',
      'T. 02-345-6789 F. 02-345-6790',
      'E. kim@hanbit.co.kr',
      'www.hanbit.co.kr',
      '서울특별시 강남구 테헤란로 152, 12층',
    )).toEqual({
      name: '김철수', company: '(주)한빛생명', department: '영업1팀', title: '과장', mobile: '010-1234-5678', phone: '02-345-6789',
      fax: '02-345-6790', email: 'kim@hanbit.co.kr', url: 'www.hanbit.co.kr', address: '서울특별시 강남구 테헤란로 152, 12층',
    });
  });

  it('an English card', () => {
    expect(fieldsOf(
      'Mirae Tech Corp.',
      '#55 Brian Park',
      'Senior Engineer',
      'R&D Center',
      'Mobile +82 10-7542-4829',
      'Tel +82 2-4238-6276 Fax +82 2-4238-6277',
      'Email b.park@miraetech.kr',
      '152 Teheran-ro, Gangnam-gu, Seoul',
    )).toEqual({
      name: 'Brian Park', company: 'Mirae Tech Corp.', department: 'R&D Center', title: 'Senior Engineer', mobile: '+82 10-7542-4829',
      phone: '+82 2-4238-6276', fax: '+82 2-4238-6277', email: 'b.park@miraetech.kr', url: '', address: '152 Teheran-ro, Gangnam-gu, Seoul',
    });
  });

  it('tesseract’s spaced syllables: "류 준 호", "( 주 ) 푸 른 솔 정보", "서 울 특별시"', () => {
    const f = fieldsOf('@ ( 주 ) 푸 른 솔 정보', '#70 류 준 호 과장', '경 영 지원팀', 'HP 010-0232-3312', '서 울 특별시 마포구 월 드 컵 북 로 396');
    expect(f.name).toBe('류준호');
    expect(f.company).toBe('(주)푸른솔정보');
    expect(f.title).toBe('과장');
    expect(f.department).toBe('경영지원팀');
    expect(f.address.replace(/\s/g, '')).toBe('서울특별시마포구월드컵북로396');
  });

  it('a Korean name and an English name on one card: the Korean one is the name', () => {
    const f = fieldsOf('#60 임 유진', 'David Lim', '본부장 | 해외사업부', '휴대폰 010-5585-5515');
    expect(f.name).toBe('임유진');
    expect(f.title).toBe('본부장');
    expect(f.department).toBe('해외사업부');
  });

  it('the largest name-like line wins', () => {
    expect(fieldsOf('#20 박지성', '#70 김민준', 'HP 010-1111-2222').name).toBe('김민준');
  });

  it('a company without a legal form is the remaining prominent line', () => {
    const f = fieldsOf('#40 누리소프트', '#60 홍예준', '대리', 'HP 010-4444-5555');
    expect(f.company).toBe('누리소프트');
    expect(f.name).toBe('홍예준');
  });

  it('empty input gives empty fields with confidence 0', () => {
    const p = parseCard([]);
    for (const v of Object.values(p.fields)) expect(v).toBe('');
    for (const v of Object.values(p.confidence)) expect(v).toBe(0);
    expect(p.boxes).toEqual({});
  });
});

describe('parseCard: companies', () => {
  it.each([
    ['(주)대한물산', '(주)대한물산'],
    ['㈜대한물산', '(주)대한물산'],
    ['대한물산(주)', '대한물산(주)'],
    ['주식회사 동해해운', '주식회사 동해해운'],
    ['( 주 ) 세 움 건설', '(주)세움건설'],
    ['Hanbit Life Co., Ltd.', 'Hanbit Life Co., Ltd.'],
    ['Vision Networks Inc.', 'Vision Networks Inc.'],
    ['법무법인 세종', '법무법인 세종'],
  ])('%j → %j', (line, company) => {
    expect(fieldsOf(line, '#60 김철수', 'HP 010-1234-5678').company).toBe(company);
  });

  // Bench card-055: the company logo misread (웍스 → 위스), the name read twice (page pass and the
  // large-type pass). The company must not become the name's second reading. (The round logo the
  // page pass read as "@" is dropped before parsing: capture/logo-marks.ts.)
  it('a company without a legal form is never a second reading of the name', () => {
    const f = fieldsOf('비 전 네 트 위스', '#70 정 지 민', '대 표 이사', '재무팀', 'M. 010-2765-8420', '#75 정지민');
    expect(f.name).toBe('정지민');
    // …and its trade word, one syllable two letters off in a four-syllable word, is repaired.
    expect(f.company).toBe('비전네트웍스');
  });

  // Bench cards 055, 061: 웍 is never read right ("위", "원", "윗" at no confidence); three of the
  // four syllables of 네트웍스 leave no doubt. The line is then a company before anything else.
  it.each([
    ['비 전 네 트 위~0 스~50', '비전네트웍스'], // card-061, the page pass
    ['주식회사 비 전 네 트 원 스', '주식회사 비전네트웍스'], // card-047 read again
    ['비 전 네 트 윗 스', '비전네트웍스'], // card-028, Latin letters barred
  ])('a long trade word one syllable off: %j → %j', (line, company) => {
    const f = fieldsOf(line, '#70 이진 주임', '재무팀', 'M. 010-5040-5151');
    expect(f.company).toBe(company);
    expect(f.name).toBe('이진');
  });

  it('a title one syllable off is no company for its trade-word ending (연구원 is both)', () => {
    const f = fieldsOf('한빛생명', '#70 서재원', '경 영 지원팀 선 임 연 구 운');
    expect(f.company).toBe('한빛생명');
    expect(f.title).toBe('선임연구원');
  });
});

// Tesseract's Korean model has no ㈜: the bench cards' company lines as the page pass read them.
describe('parseCard: an unread ㈜ before a Korean company name', () => {
  it.each([
    ['(>~25 세~77 움~54 건설', '(주)세움건설'], // card-013
    ['(?~44 동 해운', '(주)동해운'], // card-031, a mark, then syllables
    ['떠~0 미 래 테크', '(주)미래테크'], // card-002, ㈜ read as a syllable at no confidence
    ['뚜~10 새 벽 바이오', '(주)새벽바이오'], // card-071
    ['\\~49 한 빛 생명', '(주)한빛생명'], // card-034
    ['%~40 동 해 해운', '(주)동해해운'], // card-077
    ['@~82 다 온 식품', '(주)다온식품'], // card-068, ㈜ read as "@" (a round logo is dropped before)
  ])('%j → %j', (line, company) => {
    expect(fieldsOf(line, '#60 김철수', 'HP 010-1234-5678').company).toBe(company);
  });

  it('after a mark, a syllable read at no confidence is a letter of the name, not the ㈜', () => {
    // card-019: "( 디 한 물 산" for ㈜대한물산 — the 디 stays (the line is read again on its own).
    expect(fieldsOf('@ (~69 디~0 한 물 산', '#60 김미경', 'HP 010-7092-0271').company).toBe('(주)디한물산');
  });

  it.each([
    ['(주) 한빛생명', '(주)한빛생명'], // a legal form read as such stays the only one
    ['@ Vision Networks Inc.', 'Vision Networks Inc.'], // not before a Korean name
    ['한빛생명', '한빛생명'], // no mark, no ㈜
    ['5 누리 소프트 Co., Ltd.', '5 누리 소프트 Co., Ltd.'],
  ])('no ㈜ invented: %j → %j', (line, company) => {
    expect(fieldsOf(line, '#60 김철수', 'HP 010-1234-5678').company).toBe(company);
  });

  it('a company whose trade word is misread by one letter (card-025: 생명 read 성명)', () => {
    expect(fieldsOf('한 빛 성~70 명', '#60 임서연 상무', 'HP 010-8681-0792').company).toBe('한빛생명');
  });

  it('a legal form misread by one syllable is that legal form', () => {
    // card-073: 주식회사 read as 주식희사.
    expect(fieldsOf('주 식 희사 한 빛 생명', '#60 서도윤 실장', 'HP 010-9044-7248').company).toBe('주식회사 한빛생명');
  });
});

describe('parseCard: titles and departments', () => {
  // Bench cards: the title OCR joined to the department, or misread by one letter.
  it.each([
    ['마 케 팅 팀 선 임 연구원', '선임연구원', '마케팅팀'], // card-074
    ['경 영 지원팀 선 임 연 구 운', '선임연구원', '경영지원팀'], // card-014 (원 read as 운)
    ['개 발 본부 사운', '사원', '개발본부'], // card-012
  ])('%j → title %j, department %j', (line, title, department) => {
    const f = fieldsOf('(주)한빛생명', '#60 김철수', line);
    expect(f.title).toBe(title);
    expect(f.department).toBe(department);
  });

  it('a word one letter from a title is no title without a department beside it', () => {
    expect(fieldsOf('(주)한빛생명', '#60 김철수', '사운').title).toBe('');
  });

  it.each([
    ['김철수 대표이사', '대표이사', ''],
    ['김철수 대표', '대표', ''],
    ['영업팀 팀장', '팀장', '영업팀'],
    ['마케팅본부 본부장', '본부장', '마케팅본부'],
    ['기술연구소 선임연구원', '선임연구원', '기술연구소'],
    ['해외사업부 · 이사', '이사', '해외사업부'],
    ['Sales Manager', 'Sales Manager', ''],
    ['CEO', 'CEO', ''],
  ])('%j → title %j, department %j', (line, title, department) => {
    const f = fieldsOf('(주)한빛생명', '#60 김철수', line);
    expect(f.title).toBe(title);
    expect(f.department).toBe(department);
  });
});

describe('parseCard: phones', () => {
  const phones = (...lines: string[]) => { const f = fieldsOf(...lines); return { mobile: f.mobile, phone: f.phone, fax: f.fax }; };
  it.each([
    // [lines, mobile, phone, fax]
    [['M. 010-1234-5678'], '010-1234-5678', '', ''],
    [['HP 010-1234-5678'], '010-1234-5678', '', ''],
    [['H.P 010.1234.5678'], '010.1234.5678', '', ''],
    [['휴대폰 010-1234-5678'], '010-1234-5678', '', ''],
    [['Mobile +82 10-1234-5678'], '+82 10-1234-5678', '', ''],
    [['Cell +82-10-1234-5678'], '+82-10-1234-5678', '', ''],
    [['T. 02-123-4567'], '', '02-123-4567', ''],
    [['Tel 031-123-4567'], '', '031-123-4567', ''],
    [['전화 051-234-5678'], '', '051-234-5678', ''],
    [['TEL 070-1234-5678'], '', '070-1234-5678', ''],
    [['F. 02-123-4568'], '', '', '02-123-4568'],
    [['Fax 031-123-4568'], '', '', '031-123-4568'],
    [['팩스 02-123-4568'], '', '', '02-123-4568'],
    [['T. 02-123-4567 (내선 204)'], '', '02-123-4567 (내선 204)', ''],
    [['Tel 02-123-4567 ext. 12'], '', '02-123-4567 ext. 12', ''],
    [['T 02-1234-5678 F 02-1234-5679 M 010-9876-5432'], '010-9876-5432', '02-1234-5678', '02-1234-5679'],
    [['M. 010-0523-9956 TEL 042-325-4718'], '010-0523-9956', '042-325-4718', ''],
    [['Tel +82 2 3456 7890', 'Fax +82 2 3456 7891'], '', '+82 2 3456 7890', '+82 2 3456 7891'],
    [['(02) 345-6789'], '', '(02) 345-6789', ''],
    [['대표전화 1588-1234'], '', '1588-1234', ''],
  ] as [string[], string, string, string][])('%j', (lines, mobile, phone, fax) => {
    expect(phones(...lines)).toEqual({ mobile, phone, fax });
  });

  it('numbers whose labels OCR could not read: 010 is the mobile, then the office phone, then fax', () => {
    expect(phones('3%} 032-306-1425', 'A 032-685-0093', '010-0232-3312')).toEqual({ mobile: '010-0232-3312', phone: '032-306-1425', fax: '032-685-0093' });
  });

  it('a readable fax label keeps the fax even when the phone label is garbled', () => {
    expect(phones('3} 070-392-6142', 'F. 070-078-4511')).toEqual({ mobile: '', phone: '070-392-6142', fax: '070-078-4511' });
  });

  it('a postcode or a street number is not a phone', () => {
    expect(phones('서울특별시 강남구 테헤란로 152, 12층 (06236)')).toEqual({ mobile: '', phone: '', fax: '' });
  });

  it.each([
    ['010 - 1234 - 5678', '010-1234-5678'],
    ['02 . 345 . 6789', '02.345.6789'],
    ['( 02 ) 345-6789', '(02) 345-6789'],
  ])('formatPhone(%j) → %j', (raw, out) => {
    expect(formatPhone(raw)).toBe(out);
  });

  // Real misreads from the OCR bench: the 0 of 010 read as a bracket, O for 0, l for 1.
  it.each([
    ['휴대폰 (10-8477-7051', 'mobile', '010-8477-7051'],
    ['M. O1O-4594-462O', 'mobile', '010-4594-4620'],
    ['T. 02-3l2-4567', 'phone', '02-312-4567'],
    ['Tel (02) 345-6789', 'phone', '(02) 345-6789'],
  ] as const)('%j → %s %j', (line, field, value) => {
    expect(fieldsOf(line)[field]).toBe(value);
  });

  it.each([
    'Olivia Wilson', 'Hello 1234', 'Lobby 2F', '(10 people)',
  ])('repairDigitRuns leaves %j alone', (t) => {
    expect(repairDigitRuns(t)).toBe(t);
  });
});

describe('parseCard: e-mail and web', () => {
  it.each([
    ['E. kim@hanbit.co.kr', 'kim@hanbit.co.kr'],
    ['E-mail: chulsoo.kim@naver.com', 'chulsoo.kim@naver.com'],
    ['이메일 lim98@dawnbio.kr www.dawnbio.kr', 'lim98@dawnbio.kr'],
    ['Email b.park@nurisoft.co.kr', 'b.park@nurisoft.co.kr'],
    ['kim @ hanbit.co.kr', 'kim@hanbit.co.kr'],
    // OCR confusions stay as read: the parser does not guess 'rn' → 'm' or 'O' → '0'…
    ['E. kirn@hanbit.co.kr', 'kirn@hanbit.co.kr'],
    ['E. ryulO@gaon-energy.com', 'ryulO@gaon-energy.com'],
    ['E. paul@hanbit.co.kr', 'paul@hanbit.co.kr'],
    // …except beside the digits ending the local part (bench misses: Noto Sans '1' read 'l').
    ['이메일 ryul0@gaon-energy.com', 'ryu10@gaon-energy.com'],
    ['E. ryul5@hanbit.co.kr', 'ryu15@hanbit.co.kr'],
    ['Email yoonl5@dawnbio.kr', 'yoon15@dawnbio.kr'],
    ['E. kim4l@hanbit.co.kr', 'kim41@hanbit.co.kr'],
  ])('%j → %j', (line, email) => {
    expect(fieldsOf(line).email).toBe(email);
  });

  // Bench misses on the cards as read: the family name on the card, spelt in Latin letters,
  // confirms where look-alikes stand for letters or digits.
  it.each([
    ['#79 이미경', 'Email leell@miraetech.kr', 'lee11@miraetech.kr'], // card-011: 11 read as "ll"
    ['#82 서 도 윤 실장', 'Email se092@gaon-energy.com', 'seo92@gaon-energy.com'], // card-073: o read as 0
    ['#80 류준호', 'E. ryulO@gaon-energy.com', 'ryu10@gaon-energy.com'],
    ['#80 최철', 'E. choi65@bluepine.io', 'choi65@bluepine.io'],
  ])('the name confirms it: %j, %j → %j', (name, line, email) => {
    expect(fieldsOf(name, line).email).toBe(email);
  });

  it.each([
    ['#79 김미경', 'Email leell@miraetech.kr', 'leell@miraetech.kr'], // another family name: nothing confirms
    ['#79 이미경', 'Email leeo@miraetech.kr', 'leeo@miraetech.kr'], // one look-alike alone may be a letter
    ['#79 이미경', 'Email leeloo@miraetech.kr', 'leeloo@miraetech.kr'], // letters after the name stay
    ['#79 이미경', 'Email sales@miraetech.kr', 'sales@miraetech.kr'],
    ['#70 Olivia Wilson', 'Email owilson@daehan.com', 'owilson@daehan.com'],
  ])('nothing is guessed: %j, %j → %j', (name, line, email) => {
    expect(fieldsOf(name, line).email).toBe(email);
  });

  it.each([
    ['www.hanbit.co.kr', 'www.hanbit.co.kr'],
    ['Www.gaon-energy.com', 'www.gaon-energy.com'],
    ['Wwww.gaon-energy.com', 'www.gaon-energy.com'],
    ['https://miraetech.kr', 'https://miraetech.kr'],
    ['E. kim@hanbit.co.kr', ''],
  ])('%j → url %j', (line, url) => {
    expect(fieldsOf(line).url).toBe(url);
  });
});

describe('repairEmailByName', () => {
  it('only the look-alikes of the family name and the digits after it change', () => {
    expect(repairEmailByName('se092@gaon-energy.com', '서도윤')).toBe('seo92@gaon-energy.com');
    expect(repairEmailByName('rhee1l@x.kr', '이미경')).toBe('rhee11@x.kr');
    expect(repairEmailByName('leell@x.kr', 'Lee Mi')).toBe('leell@x.kr');
    expect(repairEmailByName('not-an-email', '이미경')).toBe('not-an-email');
  });
});

describe('parseCard: names', () => {
  it.each([
    ['#60 김철수', '김철수'],
    ['#60 김 철 수', '김철수'],
    ['#60 홍 동현', '홍동현'],
    ['#60 남궁민수', '남궁민수'],
    ['#60 오훈', '오훈'],
    ['#60 Emily Taylor', 'Emily Taylor'],
  ])('%j → %j', (line, name) => {
    expect(fieldsOf('(주)한빛생명', line, 'HP 010-1234-5678').name).toBe(name);
  });

  // Bench card-058: the page pass cut the big name "박은지" into "박은" and a "지" on the next line
  // (same height, same baseline, right after it). Boxes as OCR gave them.
  const cut = (y: number): CardLine[] => [
    { words: [{ text: '박은', confidence: 0.95, box: { x: 0.0607, y: 0.1315, w: 0.1129, h: 0.0964 } }] },
    { words: [
      { text: '2', confidence: 0.89, box: { x: 0.1307, y: 0.1966, w: 0.0321, h: 0.0286 } },
      { text: '지', confidence: 0.91, box: { x: 0.2014, y, w: 0.0336, h: 0.0964 } },
      { text: 'James', confidence: 0.96, box: { x: 0.2593, y: 0.181, w: 0.0793, h: 0.0365 } },
      { text: 'Park', confidence: 0.95, box: { x: 0.3471, y: 0.1797, w: 0.0536, h: 0.0378 } },
    ] },
    ...card('(주)새벽바이오', 'HP 010-7654-0337').map((l) => ({ words: l.words.map((w) => ({ ...w, box: { ...w.box, y: w.box.y + 0.5 } })) })),
  ];
  it('a big name cut in two by the page pass is joined by its boxes', () => {
    expect(parseCard(cut(0.1302)).fields.name).toBe('박은지');
  });
  it('a syllable of the same size on another baseline does not join the name', () => {
    expect(parseCard(cut(0.3)).fields.name).toBe('박은');
  });

  it('loose letters between the syllables of a big name are specks (card-070)', () => {
    expect(fieldsOf('#94 송 ㄷㄷ~28 은지 Grace Song', '(주)한빛생명', 'HP 010-4021-8509').name).toBe('송은지');
  });

  it.each(['#60 영업팀', '#60 과장', '#60 서울특별시', '#60 Sales Manager'])('%j is not a name', (line) => {
    expect(fieldsOf('(주)한빛생명', line, 'HP 010-1234-5678').name).toBe('');
  });
});

describe('parseCard: addresses', () => {
  it.each([
    '서울특별시 강남구 테헤란로 152, 12층',
    '경기도 성남시 분당구 판교역로 235',
    '부산광역시 해운대구 센텀중앙로 97',
    '경기도 고양시 일산동구 중앙로 1275번길 38',
    '서울시 중구 세종대로 110',
    '235 Pangyoyeok-ro, Bundang-gu, Seongnam-si',
  ])('%j', (address) => {
    expect(fieldsOf('(주)한빛생명', '#60 김철수', address).address).toBe(address);
  });

  it('an address over two lines is joined', () => {
    expect(fieldsOf('서울특별시 강남구', '테헤란로 152, 12층').address).toBe('서울특별시 강남구 테헤란로 152, 12층');
  });
});

describe('confidence and boxes', () => {
  it('come from the words a field was read from', () => {
    const lines = card('(주)한빛생명', '#60 김철수', 'M. 010-1234-5678');
    lines[1]!.words[0]!.confidence = 0.42;
    const p = parseCard(lines);
    expect(p.confidence.name).toBe(0.42);
    expect(p.confidence.mobile).toBe(0.9);
    for (const [k, v] of Object.entries({ x: 0.05, y: 0.13, w: 0.09, h: 0.06 })) expect(p.boxes.name![k as "x"]).toBeCloseTo(v);
    // The label "M." is not part of the mobile's box.
    expect(p.boxes.mobile!.x).toBeCloseTo(0.15);
    const empty: CardField[] = ['fax', 'email', 'url', 'address', 'department', 'title', 'phone'];
    for (const f of empty) { expect(p.confidence[f]).toBe(0); expect(p.boxes[f]).toBeUndefined(); }
  });
});

describe('joinHangulSyllables', () => {
  it.each([
    ['서 울 특별시', '서울특별시'],
    ['류 준 호 과장', '류준호 과장'],
    ['월 드 컵 북 로 396', '월드컵북로 396'],
    ['( 주 ) 세 움 건설', '(주)세움건설'],
    ['광 교 로 156', '광교로 156'],
    ['24, 5 층', '24, 5층'],
    ['Brian Park', 'Brian Park'],
  ])('%j → %j', (raw, out) => {
    expect(joinHangulSyllables(raw)).toBe(out);
  });
});

describe('parseCard: OCR-cut words', () => {
  it.each([
    ['영 업 1 팀 지점장', '지점장', '영업1팀'],
    ['기술연구소 선임 연구원', '선임연구원', '기술연구소'],
    ['대표 이사', '대표이사', ''],
  ])('%j → title %j, department %j', (line, title, department) => {
    const f = fieldsOf('(주)한빛생명', '#60 김철수', line);
    expect([f.title, f.department]).toEqual([title, department]);
  });

  it('an unreadable label before a number is not taken for a name ("유대폰" for 휴대폰)', () => {
    const f = fieldsOf('(주)한빛생명', '#60 유진', '유대폰 010-6585-5515');
    expect(f.name).toBe('유진');
    expect(f.mobile).toBe('010-6585-5515');
  });
});

describe('parseCard: name shapes', () => {
  it('four syllables only with a two-syllable surname', () => {
    expect(fieldsOf('#60 남궁민수', 'HP 010-1234-5678').name).toBe('남궁민수');
    expect(fieldsOf('#60 윤지민원', 'HP 010-1234-5678').name).toBe('');
  });

  it('of two readings of the big name, the three-syllable one wins over a cut-off one', () => {
    expect(fieldsOf('#62 황 민', 'HP 010-1234-5678', '#60 황민준').name).toBe('황민준');
  });
});

describe('one letter off a known word', () => {
  it.each([
    ['한빛성명', '한빛생명'], // card-025: 생 read as 성
    ['가온이너지', '가온에너지'], // card-037
    ['(주)비전네트워스', '(주)비전네트웍스'], // card-040: the final ㄱ lost
    ['한빛생명', '한빛생명'], // already a trade word
    ['성명', '성명'], // nothing left of the name before the ending
    ['비전네트위스', '비전네트웍스'], // two letters off in one syllable of a four-syllable trade word
    ['한빛섬명', '한빛섬명'], // two letters off in a two-syllable one: could be anything
    ['Mirae Tech', 'Mirae Tech'],
  ])('repairCompanyEnding(%j) → %j', (name, want) => {
    expect(repairCompanyEnding(name)).toBe(want);
  });

  it.each([
    ['사운', '사원'], ['선임연구운', '선임연구원'], ['부잠', '부장'],
    ['사원', null], ['즈이', null], ['김철수', null], ['Manager', null],
  ])('nearTitle(%j) → %j', (tok, want) => {
    expect(nearTitle(tok)).toBe(want);
  });
});

describe('emailFromSecondReading', () => {
  // Real readings of card-017 (최철, a dark card): the page pass read "choie5", the crop read alone
  // with only an address's characters gave ".choi65@bluepine.io" (the dot is the "E." label's).
  it('takes the second reading when it keeps the domain and reads the family name then digits', () => {
    expect(emailFromSecondReading('.choi65@bluepine.io', 'choie5@bluepine.io', '최철')).toBe('choi65@bluepine.io');
    expect(emailFromSecondReading('lee 11@hanbit.co.kr', 'leell@hanbit.co.kr', '이미경')).toBe('lee11@hanbit.co.kr');
  });
  it('leaves the first reading otherwise', () => {
    // Another domain, garbage, no digits after the name, another name, or nothing new.
    expect(emailFromSecondReading('.choi65@bluepine.com', 'choie5@bluepine.io', '최철')).toBeNull();
    expect(emailFromSecondReading('.560460@101178060.', 'seod6@miraetech.kr', '서유진')).toBeNull();
    expect(emailFromSecondReading('.choice@bluepine.io', 'choie5@bluepine.io', '최철')).toBeNull();
    expect(emailFromSecondReading('.kim65@bluepine.io', 'choie5@bluepine.io', '최철')).toBeNull();
    expect(emailFromSecondReading('choi65@bluepine.io', 'choi65@bluepine.io', '최철')).toBeNull();
    // A Latin name gives no family name to check against.
    expect(emailFromSecondReading('.owilson@daehan.com', 'owilson@daehan.com', 'Olivia Wilson')).toBeNull();
  });
});

describe('nameFromSecondReading', () => {
  // Real second readings (a big name's line read alone, Korean only, widened to the right).
  it('takes one recovered syllable after what the first reading had', () => {
    expect(nameFromSecondReading([{ text: '류', confidence: 0.93 }, { text: '수', confidence: 0.93 }, { text: '빈', confidence: 0.93 }], '류수')).toBe('류수빈');
    expect(nameFromSecondReading([{ text: '박훈', confidence: 0.64 }], '박')).toBe('박훈');
    expect(nameFromSecondReading([{ text: '임', confidence: 0.91 }, { text: '민', confidence: 0.87 }, { text: '준', confidence: 0.88 }, { text: '12310', confidence: 0 }], '임민')).toBe('임민준');
  });
  it('keeps the first reading otherwise', () => {
    expect(nameFromSecondReading([{ text: '박훈', confidence: 0.4 }], '박')).toBeNull(); // unsure
    expect(nameFromSecondReading([{ text: '임', confidence: 0.9 }, { text: '민', confidence: 0.88 }, { text: '=', confidence: 0.95 }], '임민')).toBeNull(); // nothing recovered
    expect(nameFromSecondReading([{ text: '김철수과장', confidence: 0.9 }], '김철')).toBeNull(); // a title is no syllable of a name
    expect(nameFromSecondReading([{ text: '이훈', confidence: 0.9 }], '박')).toBeNull(); // another family name
  });
  it('reads a line’s leading Hangul', () => {
    expect(leadingHangul([{ text: '박' }, { text: '=' }])).toBe('박');
    expect(leadingHangul([{ text: '임' }, { text: '민' }, { text: 'David' }, { text: 'Lim' }])).toBe('임민');
  });
});
