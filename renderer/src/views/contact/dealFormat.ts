// Money as Korean users read it: ₩1,200,000 (whole won, grouped), in either language.
const WON = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 });

export const formatWon = (amount: number): string => WON.format(amount);

/** What the user typed in the amount field ("1,200,000", "₩ 1200000") → a number, '' → null, garbage → NaN. */
export function parseWon(text: string): number | null {
  const t = text.replace(/[₩,\s원]/g, '');
  if (!t) return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
