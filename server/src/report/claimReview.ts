// The report as schema.org ClaimReview JSON-LD: one review per finding that carries a verdict, in
// one JSON array ready for a <script type="application/ld+json"> element. `<`, `>` and `&` are
// written as \u escapes (still the same JSON) so the array can be pasted into HTML as it is.
import type { Verdict } from '../ledger/slot';
import { httpUrl } from './escape';
import { VERDICT_LABELS, verdictLabel } from './labels';
import type { ReportArticle, ReportEntry, ReportModel } from './model';
import { speakerType } from './speakerType';

/**
 * The rating scale, 5 (best) to 1 (worst). Unverifiable and opinion are not points on a scale of
 * truth, so their rating carries only the verdict in words (`alternateName`), with no number.
 */
export const CLAIM_REVIEW_SCALE = {
  bestRating: 5,
  worstRating: 1,
  ratingValue: { verified: 5, 'partly-true': 3, misleading: 2, false: 1 } as Partial<Record<Verdict, number>>,
};

type Thing = Record<string, unknown>;

export function renderClaimReview(model: ReportModel): string {
  return `${jsonForHtml(buildClaimReviews(model))}\n`;
}

function buildClaimReviews(model: ReportModel): Thing[] {
  const reviews: Thing[] = [];
  for (const article of model.articles) {
    for (const entry of article.entries) {
      // Dismissed means "not a claim"; an orphan is no longer in the article it would point to; a
      // stale verdict was given on other words or evidence than those published.
      if (entry.verdict !== undefined && (entry.status === 'open' || entry.status === 'resolved')) {
        reviews.push(claimReview(model, article, entry, entry.verdict));
      }
    }
  }
  return reviews;
}

function claimReview(model: ReportModel, article: ReportArticle, entry: ReportEntry, verdict: Verdict): Thing {
  const articleUrl = article.url === undefined ? undefined : httpUrl(article.url);
  const review: Thing = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
  if (articleUrl !== undefined) review.url = `${articleUrl.replace(/#.*$/, '')}#${encodeURIComponent(`claim-${entry.slotId ?? entry.findingId ?? entry.number}`)}`;
  review.datePublished = model.generated;
  const author = reviewAuthor(model);
  if (author) review.author = author;
  review.claimReviewed = entry.content ?? entry.text;
  const claim: Thing = { '@type': 'Claim' };
  const speaker = entry.speaker?.name ?? entry.speaker?.text;
  if (speaker !== undefined && speaker.trim() !== '') claim.author = { '@type': speakerType(speaker), name: speaker };
  if (article.published !== undefined) claim.datePublished = article.published;
  if (articleUrl !== undefined) claim.appearance = { '@type': 'CreativeWork', url: articleUrl };
  review.itemReviewed = claim;
  review.reviewRating = rating(verdict);
  return review;
}

/** The organisation from the project config; failing that, the checker in person. */
function reviewAuthor(model: ReportModel): Thing | undefined {
  if (model.organisation) {
    const author: Thing = { '@type': 'Organization', name: model.organisation.name };
    const url = model.organisation.url === undefined ? undefined : httpUrl(model.organisation.url);
    if (url !== undefined) author.url = url;
    return author;
  }
  return model.checker === undefined ? undefined : { '@type': 'Person', name: model.checker };
}

function rating(verdict: Verdict): Thing {
  const result: Thing = { '@type': 'Rating', alternateName: verdictLabel(verdict) };
  const value = Object.hasOwn(VERDICT_LABELS, verdict) ? CLAIM_REVIEW_SCALE.ratingValue[verdict] : undefined;
  if (value !== undefined) {
    result.ratingValue = value;
    result.bestRating = CLAIM_REVIEW_SCALE.bestRating;
    result.worstRating = CLAIM_REVIEW_SCALE.worstRating;
  }
  return result;
}

function jsonForHtml(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
