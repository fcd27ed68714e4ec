// Business-card text → fields (name, company, department, title, phones, e-mail, web, address).
// Pure: it gets OCR lines (words with confidences and boxes) and decides by labels, shapes and
// vocabularies of Korean and English cards. What it cannot read it leaves empty. It repairs only
// the confusions of letters with digits inside runs that are clearly numbers (O→0, l/I/|→1 in a
// phone number; l/I→1 and O→0 beside the digits that end an e-mail's local part): letters
// elsewhere are left as read (an OCR 'rn' may really be 'rn').
import { CARD_FIELDS, type CardBox, type CardField } from '../contract/capture.js';
import { surnameSpellings } from './names.js';

export interface CardWord { text: string; confidence: number; box: CardBox }
export interface CardLine { words: CardWord[] }

export interface ParsedCard {
  fields: Record<CardField, string>;
  confidence: Record<CardField, number>;
  boxes: Partial<Record<CardField, CardBox>>;
}

/** A parse with the very word objects (of the input lines) each field was read from. */
export interface TracedCard extends ParsedCard { words: Partial<Record<CardField, CardWord[]>> }

// ── vocabularies ────────────────────────────────────────────────────────────────────────────

const KO_TITLES = [
  '대표이사', '대표', '회장', '부회장', '사장', '부사장', '전무이사', '전무', '상무이사', '상무', '이사', '감사', '고문',
  '본부장', '사업부장', '실장', '부장', '차장', '과장', '대리', '주임', '사원', '팀장', '파트장', '그룹장', '지점장', '지사장',
  '센터장', '소장', '원장', '국장', '처장', '단장', '매니저', '책임', '선임', '수석', '책임연구원', '선임연구원', '수석연구원',
  '연구원', '전임연구원', '설계사', '팀원', '컨설턴트', '디자이너', '엔지니어', '변호사', '세무사', '회계사', '노무사',
  '변리사', '교수', '부교수', '조교수', '의사', '약사', '간호사', '기자', '작가', 'FC', 'PM', '프로', '위원', '수석위원', '대표변호사',
  '총괄', '부대표', '지부장', '점장', '직원',
];
const EN_TITLE_WORDS = [
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'president', 'vice', 'director', 'manager', 'engineer', 'executive', 'consultant',
  'designer', 'developer', 'officer', 'head', 'partner', 'founder', 'co-founder', 'lead', 'specialist', 'analyst', 'associate',
  'representative', 'researcher', 'scientist', 'architect', 'advisor', 'adviser', 'chairman', 'principal', 'agent', 'planner',
  'coordinator', 'supervisor', 'attorney', 'lawyer', 'accountant', 'professor', 'owner', 'intern', 'staff', 'senior', 'chief',
  'evp', 'svp', 'vp', 'gm',
];
const KO_DEPT_SUFFIX = /(?:팀|부|본부|실|센터|연구소|사업부|사업본부|사업단|그룹|지점|지사|과|국|처|파트|랩|사무소|영업소|대리점|부문)$/;
const EN_DEPT_WORDS = /\b(?:division|department|dept\.?|team|center|centre|lab|laboratory|unit|office|group|bureau|business)\b/i;
/** Words Korean company names end in (the trade: 생명 for insurers, 물산 for traders…). */
const KO_COMPANY_ENDINGS = ['그룹', '은행', '생명', '화재', '보험', '증권', '캐피탈', '카드', '건설', '전자', '물산', '상사', '산업', '공사', '공단',
  '협회', '병원', '대학교', '연구원', '재단', '테크', '소프트', '시스템', '시스템즈', '네트웍스', '무역', '식품', '해운', '에너지', '바이오', '정보',
  '통신', '제약', '화학', '자동차', '엔지니어링', '컨설팅', '코리아', '솔루션', '미디어', '디자인', '홀딩스'];
const KO_COMPANY = new RegExp(`\\(주\\)|㈜|주식회사|유한회사|\\(유\\)|합자회사|재단법인|사단법인|법무법인|세무법인|회계법인|의료법인|학교법인|\\(재\\)|\\(사\\)|(?:${KO_COMPANY_ENDINGS.join('|')})$`);
const EN_COMPANY = /\b(?:co\.?,?\s*ltd\.?|ltd\.?|inc\.?|corp\.?|corporation|company|llc|l\.l\.c\.|gmbh|plc|group|holdings|partners|systems|solutions|technologies|technology|tech|software|networks|bank|insurance|trading|energy|bio|labs?)\b/i;
const SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부가복태목형피두감음빈동온호계좌승']);
const KO_REGIONS = /^(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|경북|경남|경상|제주)/;
const EN_ADDRESS = /\b(?:[A-Za-z]+-(?:ro|gil|daero|gu|si|do|dong|eup|myeon)|seoul|busan|incheon|daegu|daejeon|gwangju|ulsan|gyeonggi|korea|street|st\.|avenue|ave\.|road|rd\.|suite|floor|fl\.|building|bldg\.?)\b/i;

/** A Korean address has an area (시/도/구/군, or a region's name) and a street with a number (로/길/동 + 번지). */
function koAddressParts(text: string): { area: boolean; street: boolean } {
  const toks = text.split(/[\s,]+/).filter(Boolean);
  const area = KO_REGIONS.test(text) || toks.some((t) => /^[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|시|도|구|군)$/.test(t) && t.length >= 2 && !KO_TITLES.includes(t));
  const street = /\d/.test(text) && toks.some((t) => /^[가-힣\d]+(?:로|길|대로|번길|동|읍|면|리|가)$/.test(t) && /[가-힣]/.test(t));
  return { area, street };
}

type PhoneSlot = 'mobile' | 'phone' | 'fax';
const LABELS: { slot: PhoneSlot | 'email' | 'url'; re: RegExp }[] = [
  { slot: 'fax', re: /(?<![A-Za-z])(?:fax|팩스|팩시밀리|f)\s*[.:)]?\s*$/i },
  { slot: 'mobile', re: /(?<![A-Za-z])(?:mobile|mob|cell(?:ular)?|hp|h\.p|h\/p|handphone|휴대폰|휴대전화|핸드폰|모바일|휴대|m|c|h)\s*[.:)]?\s*$/i },
  { slot: 'phone', re: /(?<![A-Za-z])(?:tel|phone|office|direct|dir|대표전화|대표번호|전화|직통|사무실|t|p|o|d)\s*[.:)]?\s*$/i },
];
const EMAIL_LABEL = /(?:e-?mail|email|메일|이메일|e)\s*[.:)]?\s*$/i;

// ── helpers ─────────────────────────────────────────────────────────────────────────────────

/** NFKC turns ㈜ into (주) and full-width letters and digits into plain ones. */
const nfkc = (s: string) => s.normalize('NFKC');
const HANGUL = /[가-힣]/;

/**
 * Tesseract often splits Korean words into syllables ("서 울 특별시", "( 주 ) 세 움 건설").
 * Joins runs of single syllables (and the brackets of (주)) to their neighbours.
 */
export function joinHangulSyllables(s: string): string {
  let t = s.replace(/\(\s*(주|유|재|사)\s*\)/g, '($1)');
  const tokens = t.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  /** How many single syllables each output token was built from. */
  const singles: number[] = [];
  for (const tok of tokens) {
    const i = out.length - 1;
    const prev = out[i];
    const single = /^[가-힣]$/.test(tok);
    if (prev !== undefined && single && /[가-힣)]$/.test(prev) && (singles[i]! > 0 || isSingleRun(prev) || /\)$/.test(prev))) {
      out[i] = prev + tok;
      singles[i]!++;
    } else if (prev !== undefined && !KO_TITLES.includes(tok) && (isSingleRun(prev) && HANGUL.test(tok[0] ?? '') && /[가-힣]$/.test(prev)
      // "서 울 특별시": a word cut into syllables ends in the next token — unless that is a title ("류 준 호 과장").
      || singles[i]! >= 2 && /^[가-힣]+$/.test(tok) && !KO_TITLES.includes(tok))) {
      out[i] = prev + tok;
      singles[i] = 0;
    } else {
      out.push(tok);
      singles.push(single ? 1 : 0);
    }
  }
  t = out.join(' ').replace(/([가-힣]) (\d{1,2}) (?=[가-힣])/g, '$1$2');
  return t.replace(/(\d)\s+(층|호|번지|동|가)(?=$|[\s,)])/g, '$1$2');
}
/** "서" or "(주)" — a token that was cut from the next one. */
const isSingleRun = (tok: string) => /^(?:\([주유재사]\)|[가-힣])$/.test(tok);

const clean = (s: string) => s.replace(/^[^0-9A-Za-z가-힣(+]+/, '').replace(/[^0-9A-Za-z가-힣).]+$/, '').replace(/\s+/g, ' ').trim();

function unionBox(boxes: CardBox[]): CardBox | undefined {
  if (boxes.length === 0) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

interface Segment {
  text: string;
  words: CardWord[];
  /** Height of the line's tallest word: the name is usually the largest text. */
  height: number;
  lineIndex: number;
}

interface Found { value: string; words: CardWord[] }

const conf = (words: CardWord[]) => (words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0);

// ── the parser ──────────────────────────────────────────────────────────────────────────────

const PHONE_RE = /(?:\+\s?82[\s.-]*(?:\(0\)\s?)?\d{1,2}|\(?0\d{1,2}\)?)[\s.-]*\d{3,4}[\s.-]*\d{4}(?:\s*(?:\(?(?:내선|ext\.?|x)\s*\d{1,5}\)?|~\s*\d{1,2}))?|\b1[568]\d{2}-\d{4}\b/gi;
const EMAIL_RE = /[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\s?\.\s?[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_RE = /\b(?:https?:\/\/)?(?:w{3,4}\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|kr|co\.kr|or\.kr|go\.kr|ac\.kr|io|biz|info|me|ai|co|jp|cn|us|uk|de)(?:\/[^\s]*)?\b/gi;

export function parseCard(lines: CardLine[]): ParsedCard {
  const { fields, confidence, boxes } = parseCardTraced(lines);
  return { fields, confidence, boxes };
}

export function parseCardTraced(lines: CardLine[]): TracedCard {
  const fields = Object.fromEntries(CARD_FIELDS.map((f) => [f, ''])) as Record<CardField, string>;
  const confidence = Object.fromEntries(CARD_FIELDS.map((f) => [f, 0])) as Record<CardField, number>;
  const boxes: Partial<Record<CardField, CardBox>> = {};
  const sources: Partial<Record<CardField, CardWord[]>> = {};
  const set = (f: CardField, found: Found) => {
    if (fields[f] || !found.value) return;
    fields[f] = found.value;
    sources[f] = found.words;
    confidence[f] = Math.round(conf(found.words) * 100) / 100;
    const box = unionBox(found.words.map((w) => w.box));
    if (box) boxes[f] = box;
  };

  const segments: Segment[] = [];
  const unlabeled: { value: string; words: CardWord[]; mobile: boolean }[] = [];

  lines.forEach((line, lineIndex) => {
    const words = line.words.filter((w) => w.text.trim());
    if (!words.length) return;
    // Character offsets of each word in the joined text, to map matches back to words.
    const starts: number[] = [];
    let text = '';
    for (const w of words) { starts.push(text.length); text += `${nfkc(w.text)} `; }
    text = repairDigitRuns(text.trimEnd());
    const wordsIn = (from: number, to: number) => words.filter((_, i) => starts[i]! < to && starts[i]! + nfkc(words[i]!.text).length > from);
    const used: [number, number][] = [];

    for (const m of text.matchAll(EMAIL_RE)) {
      const from = m.index;
      const to = from + m[0].length;
      const before = text.slice(0, from);
      const labelAt = before.match(EMAIL_LABEL);
      used.push([labelAt ? from - labelAt[0].length : from, to]);
      set('email', { value: repairEmailDigits(m[0].replace(/\s/g, '')), words: wordsIn(from, to) });
    }
    for (const m of text.matchAll(PHONE_RE)) {
      const from = m.index;
      const to = from + m[0].length;
      if (used.some(([a, b]) => from < b && to > a)) continue;
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 16) continue;
      const prevEnd = used.filter(([, b]) => b <= from).reduce((x, [, b]) => Math.max(x, b), 0);
      const before = text.slice(prevEnd, from);
      const label = LABELS.find((l) => l.re.test(before.trimEnd()));
      let labelText = label ? before.trimEnd().match(label.re)?.[0] ?? '' : '';
      // An unreadable label ("3%}" for 전화, "유대폰" for 휴대폰) is still a label, not a name.
      if (!label) labelText = /(?:^|\s)([^\s\d]{1,5}|[^\s]{1,3})\s*$/.exec(before)?.[1] ?? '';
      used.push([from - (labelText ? before.length - before.trimEnd().length + labelText.length : 0), to]);
      const value = formatPhone(m[0]);
      const found = { value, words: wordsIn(from, to) };
      const mobile = /^(?:01[016789]|\+82\s?1[016789])/.test(value);
      if (label && label.slot !== 'email' && label.slot !== 'url') {
        if (!fields[label.slot]) set(label.slot, found);
        else unlabeled.push({ ...found, mobile });
      } else unlabeled.push({ ...found, mobile });
    }
    for (const m of text.matchAll(URL_RE)) {
      const from = m.index;
      const to = from + m[0].length;
      if (used.some(([a, b]) => from < b && to > a)) continue;
      if (text[to] === '@' || text[from - 1] === '@') continue;
      used.push([from, to]);
      set('url', { value: m[0].replace(/^w{4}\./i, 'www.').replace(/^www\./i, 'www.'), words: wordsIn(from, to) });
    }

    // What is left on the line is prose: name, company, title, department or address.
    used.sort((a, b) => a[0] - b[0]);
    let at = 0;
    const pieces: [number, number][] = [];
    for (const [a, b] of used) { if (a > at) pieces.push([at, a]); at = Math.max(at, b); }
    if (at < text.length) pieces.push([at, text.length]);
    for (const [a, b] of pieces) {
      // A separator ("|", "·") between title and department splits them.
      let offset = a;
      for (const part of text.slice(a, b).split(/\s*[|·ㆍ•/]\s*/)) {
        const from = text.indexOf(part, offset);
        offset = from + part.length;
        const value = clean(part);
        if (!value || !/[0-9A-Za-z가-힣]{2,}|[가-힣]/.test(value)) continue;
        const ws = wordsIn(from, from + part.length);
        segments.push({ text: value, words: ws, height: Math.max(0, ...ws.map((w) => w.box.h)), lineIndex });
      }
    }
  });

  // Numbers without a readable label: 010… are mobiles; landlines are the office phone, then fax.
  for (const u of unlabeled) {
    if (u.mobile && !fields.mobile) set('mobile', u);
    else if (!u.mobile && !fields.phone) set('phone', u);
    else if (!u.mobile && !fields.fax) set('fax', u);
  }

  classifyProse(segments, set, fields, lines.flatMap((l) => l.words));
  if (fields.email && fields.name) fields.email = repairEmailByName(fields.email, fields.name);
  return { fields, confidence, boxes, words: sources };
}

const DIGIT_LIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };

/**
 * Phone-shaped runs (≥ 6 real digits among digits, separators and look-alikes) with OCR's
 * letter-for-digit confusions undone, character for character (offsets stay): "O1O-4594-462O",
 * and "(10-8477-7051" where the 0 of a mobile number came out as a bracket.
 */
export function repairDigitRuns(text: string): string {
  return text.replace(/(?<![A-Za-z])[(0-9OoIl|][0-9OoIl|][0-9OoIl|.\- ]{4,}[0-9OoIl|](?![A-Za-z])/g, (run) => {
    if ((run.match(/\d/g)?.length ?? 0) < 6) return run;
    const fixed = run.replace(/[OoIl|]/g, (c) => DIGIT_LIKE[c]!);
    return /^\(1[016789][-. ]/.test(fixed) ? `0${fixed.slice(1)}` : fixed;
  });
}

/**
 * An e-mail's local part that ends in a number ("ryu10", "kim47") often comes back as "ryul0":
 * look-alike letters touching that final digit run are digits. Letters not next to a digit stay.
 */
export function repairEmailDigits(email: string): string {
  const at = email.indexOf('@');
  if (at < 0) return email;
  const local = email.slice(0, at).replace(/[lIO]*\d[\dlIO]*$/, (run) => run.replace(/[lIO]/g, (c) => DIGIT_LIKE[c]!));
  return local + email.slice(at);
}

/** Letters and digits tesseract takes for one another, folded to one. */
const fold = (s: string) => s.replace(/0/g, 'o').replace(/[1I|]/g, 'l').replace(/O/g, 'o');

/**
 * An e-mail's local part that starts with the card's own family name spelt in Latin letters
 * ("lee", "seo"; "choi" for 최) is that spelling: OCR's 0-for-o and 1-for-l confusions in it are
 * undone ("se092" → seo92), and what follows the name, when it is all digits and look-alikes,
 * is digits ("leell" → lee11: no name goes on in l's). The name on the card confirms it; without
 * a matching name nothing changes.
 */
export function repairEmailByName(email: string, name: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return email;
  const local = email.slice(0, at);
  const spellings = HANGUL.test(name[0] ?? '') ? surnameSpellings(name[0]!) : [];
  const s = spellings.filter((x) => x.length >= 2 && fold(local.slice(0, x.length).toLowerCase()) === fold(x))
    .sort((a, b) => b.length - a.length)[0];
  if (!s) return email;
  const rest = local.slice(s.length);
  const digits = /^[0-9lIO|]+$/.test(rest) && /^[0-9]|[0-9]$|^[lIO|]{2,}$/.test(rest) ? rest.replace(/[lIO|]/g, (c) => DIGIT_LIKE[c]!) : rest;
  return s + digits + email.slice(at);
}

/**
 * What a doubtful e-mail's second reading (its crop read alone, with only an address's characters
 * allowed: capture/field-reread.ts) is worth. Readings under a character whitelist come back with
 * low confidences whatever they read, so the choice is not by confidence: the second reading is
 * taken only when it keeps the first reading's domain and its local part is the card's own family
 * name in Latin letters followed by digits — the evidence on the card ("choie5@…" read again as
 * choi65@… on 최철's card, where "e5" were two unsure glyphs). A label's dot or a neighbour's edge
 * leading the reading ("E." → ".") is not part of the address. Null when not taken.
 */
export function emailFromSecondReading(text: string, first: string, name: string): string | null {
  const at = first.indexOf('@');
  if (at <= 0 || !HANGUL.test(name[0] ?? '')) return null;
  const read = text.replace(/\s+/g, '').toLowerCase();
  const domain = first.slice(at).toLowerCase();
  const end = read.indexOf(domain);
  if (end <= 0) return null;
  const local = read.slice(0, end).replace(/^[._-]+/, '');
  const named = surnameSpellings(name[0]!).some((s) => s.length >= 2 && local.startsWith(s) && /^\d+$/.test(local.slice(s.length)));
  return named && local !== first.slice(0, at).toLowerCase() ? local + domain : null;
}

/**
 * A short big name's line read again alone, Korean only and widened to the right
 * (capture/field-reread.ts): a big name's last syllable is often cut off ("류수" for 류수빈) or read
 * as a mark ("박 =" for 박훈). The second reading is taken when its leading Hangul run is what the
 * first reading had plus exactly one syllable, read with some confidence — the family name and the
 * syllables already read stay, one is recovered — making a name of 2–4 syllables. Null otherwise.
 */
export function nameFromSecondReading(words: readonly { text: string; confidence: number }[], first: string): string | null {
  let run = '';
  for (const w of words) {
    const t = w.text.trim();
    if (!/^[가-힣]+$/.test(t)) break;
    if (w.confidence < 0.6) return null;
    run += t;
  }
  const n = [...run].length;
  return n === [...first].length + 1 && run.startsWith(first) && n >= 2 && n <= 4 ? run : null;
}

/** The leading Hangul syllables of a line ("박 =" → 박, "임 민 David Lim" → 임민). */
export function leadingHangul(words: readonly { text: string }[]): string {
  let run = '';
  for (const w of words) {
    const t = w.text.trim();
    if (!/^[가-힣]+$/.test(t)) break;
    run += t;
  }
  return run;
}

export function formatPhone(raw: string): string {
  return raw.replace(/(\d)\s*([-.])\s*(?=\d)/g, '$1$2').replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
}

type Setter = (f: CardField, found: Found) => void;

function classifyProse(segments: Segment[], set: Setter, fields: Record<CardField, string>, allWords: CardWord[]): void {
  const rest: Segment[] = [];
  // Address: Korean units (시/구/로/길) or English street words; consecutive lines join.
  let addressLine = -1;
  const address: Segment[] = [];
  for (const s of segments) {
    const joined = joinHangulSyllables(s.text);
    const k = koAddressParts(joined);
    const next = segments.find((o) => o.lineIndex === s.lineIndex + 1);
    const isAddr = (k.area && (k.street || (next !== undefined && koAddressParts(joinHangulSyllables(next.text)).street)))
      || (k.street && addressLine >= 0 && s.lineIndex === addressLine + 1)
      || (EN_ADDRESS.test(s.text) && /\d/.test(s.text) && !EN_COMPANY.test(s.text));
    if (isAddr && (addressLine < 0 || s.lineIndex === addressLine + 1)) { address.push(s); addressLine = s.lineIndex; }
    else rest.push(s);
  }
  if (address.length) set('address', { value: address.map((s) => joinHangulSyllables(s.text)).join(' '), words: address.flatMap((s) => s.words) });

  const remaining: Segment[] = [];
  for (const s of rest) {
    const t = joinHangulSyllables(s.text);
    // A trade word of three syllables or more one letter off ("비전네트위스") marks a company
    // too; a shorter one might be anything ("성명" is also a name's label).
    const repaired = repairCompanyEnding(t);
    const longEnding = repaired !== t && KO_COMPANY_ENDINGS.some((e) => e.length >= 3 && repaired.endsWith(e) && !KO_TITLES.includes(e));
    if (!fields.company && (KO_COMPANY.test(t) || EN_COMPANY.test(t) || longEnding)) {
      set('company', { value: companyText(t, s.words), words: s.words });
      continue;
    }
    remaining.push({ ...s, text: t });
  }

  // Titles and departments may share a line with the name ("류준호 과장") or each other.
  const prose: Segment[] = [];
  for (const s of remaining) {
    let tokens = s.text.split(' ');
    // "대표 이사", "선임 연구원": a title OCR cut in two.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (KO_TITLES.includes(tokens[i]! + tokens[i + 1]!)) tokens = [...tokens.slice(0, i), tokens[i]! + tokens[i + 1]!, ...tokens.slice(i + 2)];
      else {
        // "마케팅팀선임 연구원": the syllables of a department and the first half of the title
        // were joined into one word; the title's halves belong together.
        const cut = [1, 2, 3].find((n) => tokens[i]!.length - n >= 2 && KO_TITLES.includes(tokens[i]!.slice(-n) + tokens[i + 1]!));
        if (cut) tokens = [...tokens.slice(0, i), tokens[i]!.slice(0, -cut), tokens[i]!.slice(-cut) + tokens[i + 1]!, ...tokens.slice(i + 2)];
      }
    }
    let titleAt = tokens.findIndex((tok) => KO_TITLES.includes(tok.replace(/[,.]$/, '')));
    // A title misread by one letter ("사운" for 사원, "선임연구운") is that title where a title
    // stands: beside a department on its line, or as a word too long to be a name.
    const hasDept = tokens.some((tok) => KO_DEPT_SUFFIX.test(tok) && tok.length >= 2);
    if (titleAt < 0 && !fields.title) {
      titleAt = tokens.findIndex((tok) => (hasDept || tok.length >= 3) && nearTitle(tok) !== null);
      if (titleAt >= 0) tokens[titleAt] = nearTitle(tokens[titleAt]!)!;
    }
    if (titleAt >= 0 && !fields.title) {
      set('title', { value: tokens[titleAt]!.replace(/[,.]$/, ''), words: s.words.filter((w) => joinHangulSyllables(w.text) === tokens[titleAt] || tokens[titleAt]!.includes(w.text)) });
      const others = tokens.filter((_, i) => i !== titleAt).join(' ').trim();
      if (others) prose.push({ ...s, text: others, words: s.words.filter((w) => !tokens[titleAt]!.includes(w.text)) });
      continue;
    }
    const lower = s.text.toLowerCase();
    const enTitle = /^[A-Za-z&.,\-\s]+$/.test(s.text) && lower.split(/[\s,]+/).some((w) => EN_TITLE_WORDS.includes(w)) && !EN_DEPT_WORDS.test(s.text);
    if (enTitle && !fields.title) { set('title', { value: s.text, words: s.words }); continue; }
    prose.push(s);
  }

  const rest2: Segment[] = [];
  for (const s of prose) {
    const koDept = s.text.split(' ').every((tok) => KO_DEPT_SUFFIX.test(tok) || /^[가-힣0-9]+$/.test(tok)) && s.text.split(' ').some((tok) => KO_DEPT_SUFFIX.test(tok) && tok.length >= 2) && !isKoreanName(s.text);
    const enDept = /^[A-Za-z&.,\-\s]+$/.test(s.text) && EN_DEPT_WORDS.test(s.text);
    if (!fields.department && (koDept || enDept)) { set('department', { value: s.text, words: s.words }); continue; }
    rest2.push(s);
  }

  // The name: a Korean 2–4 syllable name with a known surname, or 2–3 capitalised Latin words;
  // the tallest candidate wins (names are printed largest).
  const names = rest2
    .map((s) => ({ s, ko: koreanNameOf(s.text), en: latinNameOf(s.text) }))
    .filter((c) => c.ko || c.en)
    // Korean names win over a romanised one of similar size ("정혜진 Daniel Jung"), and of two
    // readings of the same big line the three-syllable one (most names) over a cut-off "황민".
    .sort((a, b) => weight(b) - weight(a));
  let name = names[0];
  // Another reading that holds this one whole and one syllable more ("송은지" for a cut "은지")
  // read the same big line better.
  const fuller = name?.ko?.length === 2 ? names.find((c) => c.ko?.length === 3 && c.ko.includes(name!.ko!) && c.s.height >= 0.7 * name!.s.height) : undefined;
  if (fuller) name = fuller;
  if (name) {
    const whole = name.ko?.length === 2 ? completedName(name.ko, name.s.words, allWords) : null;
    set('name', whole ?? { value: name.ko ?? name.en!, words: name.s.words });
  }

  // A company without a legal form: the remaining line in the largest type that is not the name.
  if (!fields.company) {
    // Not the name, nor another reading of it (the large-type pass reads the name line twice).
    const isName = (s: Segment) => s === name?.s || (!!fields.name && (koreanNameOf(s.text) === fields.name || latinNameOf(s.text) === fields.name));
    const other = rest2.filter((s) => !isName(s) && /[A-Za-z가-힣]{2,}/.test(s.text) && !/\d{3,}/.test(s.text))
      .sort((a, b) => b.height - a.height)[0];
    if (other) set('company', { value: companyText(other.text, other.words), words: other.words });
  }
}

/** Initial, vowel and final of a Hangul syllable. */
function jamo(c: string): [number, number, number] | null {
  const i = c.charCodeAt(0) - 0xac00;
  return i >= 0 && i < 11172 ? [Math.floor(i / 588), Math.floor((i % 588) / 28), i % 28] : null;
}

/**
 * The one Korean title `tok` is a misreading of: same length, one syllable off by one letter
 * (initial, vowel or final). Null when none or several titles are that close.
 */
export function nearTitle(tok: string): string | null {
  if (!/^[가-힣]{2,}$/.test(tok) || KO_TITLES.includes(tok)) return null;
  return nearestOf(tok, KO_TITLES);
}

/**
 * The one word of `words` that `tok` is one letter off (same length, one syllable, one jamo).
 * A word of four syllables or more may have one syllable two letters off (네트워스, 네트위스
 * for 네트웍스): its three others, read right, leave no doubt which word it is.
 */
function nearestOf(tok: string, words: readonly string[]): string | null {
  const near = words.filter((t) => {
    if (t.length !== tok.length) return false;
    const diff = [...t].map((c, i) => [c, tok[i]!] as const).filter(([a, b]) => a !== b);
    if (diff.length !== 1) return false;
    const [a, b] = diff[0]!.map(jamo) as [ReturnType<typeof jamo>, ReturnType<typeof jamo>];
    const letters = !!a && !!b ? a.filter((x, k) => x !== b[k]).length : 9;
    return letters === 1 || (letters === 2 && t.length >= 4);
  });
  return near.length === 1 ? near[0]! : null;
}

/**
 * A Korean company name whose trade word is misread by one letter ("한빛성명", "가온이너지",
 * "비전네트워스") ends in that trade word. Only a name of ≥ 2 syllables before the ending, and
 * only when nothing already ends in a known trade word.
 */
export function repairCompanyEnding(name: string): string {
  if (KO_COMPANY_ENDINGS.some((e) => name.endsWith(e))) return name;
  const m = /([가-힣]+)$/.exec(name);
  if (!m) return name;
  const word = m[1]!;
  for (const n of [5, 4, 3, 2]) {
    if (word.length < n + 2) continue;
    const fixed = nearestOf(word.slice(-n), KO_COMPANY_ENDINGS);
    if (fixed) return name.slice(0, name.length - n) + fixed;
  }
  return name;
}

/**
 * A big bold name is often cut by the page pass: "박은" on one line, "지" on the next, at the same
 * height and just right of it. A syllable in the same type size, on the same baseline and within
 * a letter's width after the name's last syllable (or before its first) completes it.
 */
function completedName(name: string, words: CardWord[], allWords: CardWord[]): Found | null {
  const own = words.filter((w) => /[가-힣]/.test(w.text) && name.includes(w.text.replace(/\s+/g, '')));
  const box = unionBox(own.map((w) => w.box));
  if (!box) return null;
  const letter = box.w / name.length;
  const cy = box.y + box.h / 2;
  const near = allWords.filter((w) => !words.includes(w) && /^[가-힣]$/.test(w.text) && w.confidence >= 0.5
    && Math.abs(w.box.h - box.h) < 0.2 * box.h && Math.abs(w.box.y + w.box.h / 2 - cy) < 0.3 * box.h);
  const after = near.find((w) => w.box.x >= box.x + box.w - 0.2 * letter && w.box.x - (box.x + box.w) < 1.5 * letter);
  const before = near.find((w) => w.box.x + w.box.w <= box.x + 0.2 * letter && box.x - (w.box.x + w.box.w) < 1.5 * letter);
  for (const [value, ws] of [[name + (after?.text ?? ''), [...own, after]], [(before?.text ?? '') + name, [before, ...own]]] as const) {
    if (value.length === 3 && koreanNameShape(value)) return { value, words: ws.filter((w): w is CardWord => !!w) };
  }
  return null;
}

function weight(c: { s: Segment; ko: string | null }): number {
  return c.s.height * (c.ko ? 1.3 : 1) * (c.ko?.length === 3 ? 1.15 : 1);
}

function companyText(t: string, words: CardWord[]): string {
  let v = t.replace(/^[^0-9A-Za-z가-힣(]+/, '').replace(/\s*\(주\)\s*/g, '(주)').trim();
  // "주식희사": a legal form misread by one syllable is still that legal form.
  v = v.replace(/(^|\s)(?:주식.사|주.회사|.식회사)(?=\s|$)/, '$1주식회사').replace(/(^|\s)(?:유한.사|유.회사)(?=\s|$)/, '$1유한회사');
  // ㈜ (a squeezed "(주)" in one glyph) is not in tesseract's Korean model: it comes back as a
  // mark ("(>", "(?", "\\", "%", "@"), a digit or a syllable read at no confidence ("떠", "뚜").
  // Such a mark right before a Korean company name is that ㈜.
  const marks: string[] = [];
  for (const w of words) {
    // A syllable read at no confidence stands for ㈜ only as the line's first glyph; after a mark
    // it is a letter of the name misread ("( 디 한 물 산" for ㈜대한물산).
    if (!unreadMark(w) || (marks.length && HANGUL.test(w.text))) break;
    marks.push(nfkc(w.text).trim());
  }
  if (marks.length && !/\(주\)|주식회사|유한회사/.test(v)) {
    let rest = v;
    for (const m of marks) if (rest.startsWith(m)) rest = rest.slice(m.length).trim();
    rest = rest.replace(/^[^0-9A-Za-z가-힣]+/, '');
    if (/^[가-힣]{2,}(?:\s[가-힣]+)*$/.test(rest)) return `(주)${repairCompanyEnding(rest)}`;
  }
  return repairCompanyEnding(v);
}

/** A word that is no reading of letters: marks only, a lone digit, or one glyph read with no confidence. */
function unreadMark(w: CardWord): boolean {
  const t = nfkc(w.text).trim();
  return /^[^0-9A-Za-z가-힣]{1,3}$/.test(t) || /^\d$/.test(t) || (t.length === 1 && w.confidence < 0.4);
}

function isKoreanName(text: string): boolean { return koreanNameOf(text) !== null; }

/** Words printed on cards that look like names to the shape test ("이메일" starts with 이). */
const NOT_NAMES = new Set(['이메일', '전화', '팩스', '휴대폰', '핸드폰', '휴대전화', '주소', '홈페이지', '사무실', '직통', '본사', '지점', '공장', '대표전화', '대표번호', '모바일', '메일']);

/** Four-syllable Korean names start with a two-syllable surname. */
const DOUBLE_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '망절'];

function koreanNameShape(compact: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(compact) || !SURNAMES.has(compact[0]!) || NOT_NAMES.has(compact)) return false;
  if (compact.length === 4 && !DOUBLE_SURNAMES.includes(compact.slice(0, 2))) return false;
  if (KO_TITLES.includes(compact) || KO_DEPT_SUFFIX.test(compact) && compact.length > 3) return false;
  return !(KO_COMPANY.test(compact) || KO_REGIONS.test(compact) && compact.length > 2);
}

/**
 * "류준호", "류 준 호", "홍 동현" → the name; so is the Korean part of "정 혜 진 Daniel Jung" or of
 * "류 서윤 4" (a stray mark read beside it). A title or department word is not a name.
 */
function koreanNameOf(raw: string): string | null {
  // Loose letters ("송 ㄷㄷ 은지"; NFKC made them conjoining jamo) are specks between the
  // syllables of a big name, not part of it.
  const text = raw.replace(/(^|\s)[ㄱ-ㅎㅏ-ㅣ\u1100-\u11ff]+(?=\s|$)/g, '$1').replace(/\s+/g, ' ').trim();
  const compact = text.replace(/\s+/g, '');
  if (koreanNameShape(compact)) return compact;
  const tokens = text.split(/\s+/);
  let run: string[] = [];
  for (const tok of [...tokens, '']) {
    if (/^[가-힣]+$/.test(tok)) { run.push(tok); continue; }
    const name = run.join('');
    if (run.length && koreanNameShape(name)) return name;
    run = [];
  }
  return null;
}

function latinNameOf(text: string): string | null {
  const t = text.trim();
  if (!/^[A-Z][a-zA-Z'-]+(?:\s[A-Z][a-zA-Z'.-]*){1,2}$/.test(t)) return null;
  const lower = t.toLowerCase().split(/\s+/);
  if (lower.some((w) => EN_TITLE_WORDS.includes(w))) return null;
  if (EN_COMPANY.test(t) || EN_DEPT_WORDS.test(t) || EN_ADDRESS.test(t)) return null;
  return t;
}
