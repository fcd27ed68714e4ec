// Words for the dialogs the shell shows (Korean when the system speaks Korean). Pure, so the
// texts are tested and the electron-importing files only display them.
import { type ErrorCode, isAppError } from '../../shared/errors.js';
import { menuLang } from './menu-template.js';

export interface ErrorDialog {
  title: string;
  message: string;
  detail: string;
}

type Known = Extract<ErrorCode, 'db-newer-version' | 'db-corrupt' | 'db-locked'>;

const OPEN_ERRORS: Record<'ko' | 'en', Record<Known | 'other', { message: string; advice: string }>> = {
  ko: {
    'db-newer-version': { message: '더 새로운 버전의 인연이 만든 데이터입니다.', advice: '데이터는 그대로 두었습니다. 인연을 최신 버전으로 업데이트한 뒤 다시 열어 주세요.' },
    'db-corrupt': { message: '데이터 파일이 손상되어 열 수 없습니다.', advice: '파일은 그대로 두었습니다. 백업이 있다면 백업에서 복원해 주세요.' },
    'db-locked': { message: '다른 인연 프로그램이 데이터를 사용 중입니다.', advice: '열려 있는 인연 창(또는 inyeon 명령)을 닫은 뒤 다시 시도해 주세요.' },
    other: { message: '인연이 데이터를 열지 못했습니다.', advice: '아래 내용을 확인한 뒤 다시 시도해 주세요.' },
  },
  en: {
    'db-newer-version': { message: 'This book was written by a newer version of Inyeon.', advice: 'It was left untouched. Please update Inyeon, then open it again.' },
    'db-corrupt': { message: 'The book file is damaged and cannot be opened.', advice: 'The file was left as it is. If you have a backup, restore it.' },
    'db-locked': { message: 'Another Inyeon is using this book.', advice: 'Close the other Inyeon window (or inyeon command) and try again.' },
    other: { message: 'Inyeon could not open its book.', advice: 'Please check the details below and try again.' },
  },
};

/** The dialog shown when the backend refuses to open: words for a person, never a stack trace. */
export function openErrorDialog(err: unknown, locale: string): ErrorDialog {
  const lang = menuLang(locale);
  const code = isAppError(err) && err.code in OPEN_ERRORS[lang] ? (err.code as Known) : 'other';
  const text = OPEN_ERRORS[lang][code];
  // First line only: native-module errors carry multi-line require stacks.
  const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 500);
  return { title: 'Inyeon', message: text.message, detail: `${text.advice}\n\n${reason}` };
}

export interface ConfirmDialog {
  message: string;
  detail: string;
  buttons: [open: string, cancel: string];
}

/** Asked before a web link leaves the app for the system browser. Cancel is the default. */
export function externalLinkPrompt(url: string, locale: string): ConfirmDialog {
  return menuLang(locale) === 'ko'
    ? { message: '이 링크를 웹 브라우저에서 열까요?', detail: url, buttons: ['열기', '취소'] }
    : { message: 'Open this link in your web browser?', detail: url, buttons: ['Open', 'Cancel'] };
}
