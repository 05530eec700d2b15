// A hedged forecast ("many firms are likely to face the same", "the vote is expected to pass")
// says what has not happened yet and that it may not: no record can confirm it today, so with no
// figure or date in it, it is no unattributed factual claim. A forecast someone makes is still
// their attribution, found by its cue. A plain "will" stays a claim: "the plan will cost jobs"
// is what checkers test against forecasts on record (ClaimBuster marks it check-worthy).

const FORECAST =
  /\b(?:is|are|was|were|be|seems?|looks?)\s+(?:(?:also|still|now|very|highly|more|most|less|not)\s+)*(?:likely|unlikely|expected|set|poised|bound|due|forecast|projected|predicted|tipped)\s+to\s+\p{Ll}/u;

/** Whether `sentence` forecasts with a hedge ("is likely to", "are expected to"). */
export function isForecast(sentence: string): boolean {
  return FORECAST.test(sentence);
}
