// Figures read as values, so that equivalent forms compare equal: "£48m", "£48 million" and
// "48,000,000 pounds" are all 48,000,000 in pounds; "12%", "12 per cent" and "12 percent" are 12%.

export type FigureUnit = 'GBP' | 'USD' | 'EUR' | '%' | '';

export interface Figure {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: FigureUnit;
}

const FIGURE =
  /(?<![\p{L}\p{N}.,])(?<currency>[£$€])?\s?(?<number>\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+(?:\.\p{N}+)?)(?:\s?(?<scale>bn|m|k|tn|million|billion|thousand|trillion)(?![\p{L}\p{N}]))?(?:\s?(?<percent>%|per\s?cent(?![\p{L}])|percent(?![\p{L}])))?(?:\s(?<word>pounds|dollars|euros)(?![\p{L}]))?/gu;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };
const CURRENCIES: Record<string, FigureUnit> = { '£': 'GBP', $: 'USD', '€': 'EUR', pounds: 'GBP', dollars: 'USD', euros: 'EUR' };

/** The figures in `text`, in order. Years standing alone (1999, 2024) are dates, not figures. */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const { currency, number, scale, percent, word } = match.groups!;
    const unit: FigureUnit = percent ? '%' : (CURRENCIES[currency ?? ''] ?? CURRENCIES[word ?? ''] ?? '');
    if (!unit && !scale && /^\p{N}{4}$/u.test(number) && +number >= 1000 && +number <= 2999) continue;
    const value = Number(number.replace(/,/g, '')) * (scale ? SCALES[scale] : 1);
    if (!Number.isFinite(value)) continue;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    figures.push({ start, end: match.index + match[0].length, text: match[0].trim(), value, unit });
  }
  return figures;
}

/** The same amount, in units that do not contradict each other (a unit left out matches any but %). */
export function sameFigure(a: Figure, b: Figure): boolean {
  return comparable(a, b) && Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

export function comparable(a: Figure, b: Figure): boolean {
  if (a.unit === '%' || b.unit === '%') return a.unit === b.unit;
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}
