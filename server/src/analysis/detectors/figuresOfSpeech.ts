// A figure in a sentence that states nothing to check is a figure of speech: "I want to thank
// millions of you", "a thousand thanks to the two of you". The check-worthiness model decides. Most
// figures are dropped only where it is all but sure the sentence is rhetoric; a small count ("the
// two of them shook hands", "two dogs and a cat") is as often a turn of phrase or a detail of the
// scene as a fact to check, so it needs the model's ordinary confidence. Both bars
// are chosen by cross-validation on ClaimBuster (scripts/train-check-worthiness.ts).
import { CHECK_WORTHY_THRESHOLD, FIGURE_THRESHOLD } from '../models/checkWorthiness';

const SMALL_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1?\d)$/i;

/** A bare count under 20: no unit, percent, currency, scale or rank with it. */
export function isSmallCount(figure: string): boolean {
  return SMALL_COUNT.test(figure);
}

/** `worthiness` is the check-worthiness of the figure's sentence (models/checkWorthiness.ts). */
export function isFigureOfSpeech(figure: string, worthiness: number): boolean {
  return worthiness < (isSmallCount(figure) ? CHECK_WORTHY_THRESHOLD : FIGURE_THRESHOLD);
}
