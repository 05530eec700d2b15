import assert from 'node:assert/strict';
import { buildReportModel, CLAIM_REVIEW_SCALE, renderReport } from '../../../server/src/report';
import { PAYLOAD_QUOTE, SAMPLE_TEXT, sampleClaims, sampleModel } from './sampleReport';

type Review = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ClaimReview JSON-LD report', () => {
  const model = sampleModel();
  const output = renderReport(model, 'claimreview');
  const reviews: Review[] = JSON.parse(output);
  const article = model.articles[0];
  const reviewed = article.entries.filter((entry) => entry.verdict !== undefined && (entry.status === 'open' || entry.status === 'resolved'));

  it('has one ClaimReview per finding with a verdict (not dismissed, not orphaned)', () => {
    assert.equal(reviews.length, reviewed.length);
    assert.equal(reviews.length, 4);
    assert.ok(!reviews.some((review) => review.claimReviewed === 'the mayor promised 3 new tunnels'), 'orphans are left out');
  });

  it('fills every field from the model and the project config', () => {
    reviewed.forEach((entry, index) => {
      const review = reviews[index];
      assert.equal(review['@context'], 'https://schema.org');
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.claimReviewed, entry.content ?? entry.text);
      assert.equal(review.datePublished, model.generated);
      assert.equal(review.url, `${article.url}#claim-${entry.slotId}`);
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'Harbour Gazette Fact Desk', url: 'https://gazette.example/fact-desk' });
      const speaker = entry.speaker?.name ?? entry.speaker?.text;
      assert.deepEqual(review.itemReviewed, {
        '@type': 'Claim',
        ...(speaker === undefined ? {} : { author: { '@type': 'Person', name: speaker } }),
        datePublished: '2026-11-22',
        appearance: { '@type': 'CreativeWork', url: article.url },
      });
    });
  });

  it('rates on the documented scale: verified 5 … false 1; opinion and unverifiable in words only', () => {
    const ratings = Object.fromEntries(reviews.map((review) => [review.reviewRating.alternateName, review.reviewRating]));
    assert.deepEqual(ratings['Verified'], { '@type': 'Rating', alternateName: 'Verified', ratingValue: 5, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratings['Partly true'], { '@type': 'Rating', alternateName: 'Partly true', ratingValue: 3, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratings['False'], { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratings['Opinion'], { '@type': 'Rating', alternateName: 'Opinion' });
    assert.equal(CLAIM_REVIEW_SCALE.ratingValue.misleading, 2);
    assert.equal(CLAIM_REVIEW_SCALE.ratingValue.unverifiable, undefined);
  });

  it('carries the injected quote intact, with no raw < > & that could close a <script> element', () => {
    const payload = reviews.find((review) => review.reviewRating.alternateName === 'False')!;
    const entry = article.entries.find((e) => e.text === PAYLOAD_QUOTE)!;
    assert.match(payload.claimReviewed, /<\/script>[^]*\n[^]*onerror=/);
    assert.equal(payload.claimReviewed, entry.content);
    assert.doesNotMatch(output, /[<>&]/);
  });

  it('types an organisation as Organization, falls back to the checker, and leaves out what is unknown', () => {
    const claims = sampleClaims().map((claim) => (claim.finding?.speaker && claim.finding.kind === 'quote' ? { ...claim, finding: { ...claim.finding, speaker: { ...claim.finding.speaker, name: 'Port Authority of the Bay' } } } : claim));
    const bare = buildReportModel([{ path: 'x.md', text: SAMPLE_TEXT, format: 'markdown', claims }], { generated: '2026-11-23', checker: 'Priya Nair' });
    const [first, second] = JSON.parse(renderReport(bare, 'claimreview')) as Review[];
    assert.deepEqual(first.author, { '@type': 'Person', name: 'Priya Nair' });
    assert.ok(!('url' in first) && !('appearance' in first.itemReviewed) && !('datePublished' in first.itemReviewed));
    assert.deepEqual(second.itemReviewed.author, { '@type': 'Organization', name: 'Port Authority of the Bay' });
  });

  it('never links a review to an address that is not http(s)', () => {
    const unsafe = buildReportModel([{ path: 'x.md', text: SAMPLE_TEXT, format: 'markdown', claims: sampleClaims() }], {
      generated: 'g',
      organisation: { name: 'Desk', url: 'javascript:alert(1)' },
      articles: { 'x.md': { url: 'javascript:alert(2)' } },
    });
    const [review] = JSON.parse(renderReport(unsafe, 'claimreview')) as Review[];
    assert.deepEqual(review.author, { '@type': 'Organization', name: 'Desk' });
    assert.ok(!('url' in review) && !('appearance' in review.itemReviewed));
  });
});
