// The daily digest notification's words (issue 4), shared by Electron's main process and the
// browser-mode renderer through `digest.get`.
import type { Locale } from '../domain/enums.js';

export function digestText(today: number, overdue: number, locale: Locale): { title: string; body: string } {
  if (locale === 'ko') {
    const body = today || overdue ? `오늘 연락할 사람 ${today}명, 밀린 연락 ${overdue}명` : '오늘은 연락할 사람이 없습니다';
    return { title: '인연 — 오늘', body };
  }
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  const body = today || overdue ? `${people(today)} to contact today, ${overdue} overdue` : 'Nobody to contact today';
  return { title: 'Inyeon — Today', body };
}
