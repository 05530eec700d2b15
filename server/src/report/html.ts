// The report as one self-contained HTML page: inline CSS, no scripts, no remote assets, and a
// Content-Security-Policy that forbids them anyway. Everything from the article or the ledger is
// escaped; only http(s) sources become links.
import { createHash } from 'node:crypto';
import type { SourceRef, Staleness } from '../ledger/slot';
import { staleMessage } from '../ledger/staleMessage';
import { wordDiff } from '../ledger/wordDiff';
import { keptCopyOf } from './keptCopy';
import { FINDING_KINDS } from '../analysis/finding';
import { escapeHtml as esc, httpUrl } from './escape';
import { cssToken, highlightedArticle, type EntryAnchors } from './htmlArticle';
import { REPORT_CSS } from './htmlStyle';
import { entryPlace, entryWords, KIND_LABELS, REPORT_SECTIONS, STATUS_LABELS, verdictLabel } from './labels';
import type { ReportArticle, ReportEntry, ReportModel } from './model';
import { CLAIM_STATUSES, type ReportSummary } from './summary';
import { humanDate, humanDateTime, type DateStyle } from './dates';
import { readinessLine, type Readiness } from './readiness';

export interface HtmlReportOptions {
  /** For a VS Code webview: the stylesheet carries this nonce and the CSP allows only it. */
  nonce?: string;
  /** A whole Content-Security-Policy to use instead of the default one. */
  csp?: string;
  /** The checker's locale and time zone for the dates shown. */
  dates?: DateStyle;
}

export function renderHtml(model: ReportModel, options: HtmlReportOptions = {}): string {
  const single = model.articles.length === 1;
  const title = single ? `Fact-check report: ${model.articles[0].title}` : 'Fact-check report';
  const dates = options.dates ?? {};
  const body = [
    `<header><h1>${esc(title)}</h1>${facts(reportFacts(model, dates))}</header>`,
    readinessBox(model.readiness),
    single ? '' : `<section class="summary"><h2>Summary of all articles</h2>${summaryTable(model.summary)}</section>`,
    ...model.articles.map((article, index) => articleSection(article, index + 1, single, dates)),
    signOff(model, dates),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(options))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style${options.nonce === undefined ? '' : ` nonce="${checkedNonce(options.nonce)}"`}>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** No scripts, images, fonts, frames or forms at all; the one stylesheet allowed by hash or nonce. */
function contentSecurityPolicy(options: HtmlReportOptions = {}): string {
  if (options.csp !== undefined) return options.csp;
  const style = options.nonce === undefined ? `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'` : `'nonce-${checkedNonce(options.nonce)}'`;
  return `default-src 'none'; style-src ${style}; base-uri 'none'; form-action 'none'`;
}

function checkedNonce(nonce: string): string {
  if (!/^[A-Za-z0-9+/_=-]{8,}$/.test(nonce)) throw new Error('A CSP nonce must be at least 8 base64 characters');
  return nonce;
}

function reportFacts(model: ReportModel, dates: DateStyle): [string, string][] {
  const rows: [string, string][] = [['Generated', `<time datetime="${esc(model.generated)}">${esc(humanDateTime(model.generated, dates))}</time>`]];
  if (model.checker !== undefined) rows.push(['Checked by', esc(model.checker)]);
  if (model.organisation) rows.push(['Organisation', link(model.organisation.name, model.organisation.url)]);
  return rows;
}

/** The first thing a desk editor reads: can this be signed off, and if not, what is left. */
function readinessBox(state: Readiness): string {
  const counts: [string, number][] = [
    ['Open', state.open],
    ['Stale', state.stale],
    ['Disputed', state.disputed],
    ['Orphaned', state.orphaned],
    ['Resolved', state.resolved],
    ['Dismissed', state.dismissed],
  ];
  const cells = counts.map(([name, count]) => `<div data-count="${name.toLowerCase()}"><span class="count">${count}</span> ${name}</div>`).join('');
  return `<section class="readiness ${state.ready ? 'ready' : 'not-ready'}" aria-label="Readiness"><p class="verdict-line"><strong>${esc(readinessLine(state))}</strong></p><div class="counts">${cells}</div></section>`;
}

/** Blank lines to sign on paper, the checker's name filled in when known. */
function signOff(model: ReportModel, dates: DateStyle): string {
  const blank = '<span class="blank"></span>';
  const checker = model.checker === undefined ? blank : esc(model.checker);
  const row = (role: string, name: string, day: string) => `<tr><th scope="row">${role}</th><td class="name">${name}</td><td class="signature">${blank}</td><td class="date">${day}</td></tr>`;
  return [
    '<section class="sign-off"><h2>Sign-off</h2>',
    '<table><thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Signature</th><th scope="col">Date</th></tr></thead><tbody>',
    row('Checked by', checker, esc(humanDate(model.generated, dates))),
    row('Approved by', blank, blank),
    '</tbody></table></section>',
  ].join('');
}

function facts(rows: [string, string][]): string {
  return `<dl class="facts">${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

// The newline after <pre> is one the HTML parser drops, so an article's own first newline survives.
// One article alone takes its title from the page's one H1; with several, each has its own H2.
function articleSection(article: ReportArticle, index: number, single: boolean, dates: DateStyle): string {
  const anchors: EntryAnchors = { entry: (n) => `a${index}-finding-${n}`, marker: (n) => `a${index}-mark-${n}` };
  const rows: [string, string][] = [['Article', esc(article.path)]];
  if (article.url !== undefined) rows.push(['Published at', link(article.url, article.url)]);
  if (article.published !== undefined) rows.push(['Published', esc(humanDate(article.published, dates))]);
  rows.push(['Words', String(article.wordCount)]);
  if (!single) rows.push(['Readiness', esc(readinessLine(article.readiness))]);
  const groups = REPORT_SECTIONS.map((section) => {
    const entries = article.entries.filter((entry) => section.statuses.includes(entry.status));
    const list = entries.length === 0 ? '<p class="none">None.</p>' : entries.map((entry) => entryHtml(entry, anchors, dates)).join('\n');
    return `<section class="group"><h3>${section.title} (${entries.length})</h3>\n${list}</section>`;
  });
  return [
    `<section class="article" id="a${index}">`,
    single ? facts(rows) : `<h2>${esc(article.title)}</h2>${facts(rows)}`,
    `<section class="summary"><h3>Summary</h3>${summaryTable(article.summary)}</section>`,
    `<section class="text"><h3>The article, findings numbered</h3><pre class="article-text">\n${highlightedArticle(article, anchors)}</pre></section>`,
    ...groups,
    '</section>',
  ].join('\n');
}

function summaryTable(summary: ReportSummary): string {
  const head = `<tr><th scope="col">Kind</th>${CLAIM_STATUSES.map((status) => `<th scope="col">${STATUS_LABELS[status]}</th>`).join('')}<th scope="col">Total</th></tr>`;
  const rows = FINDING_KINDS.map((kind) => {
    const counts = summary.byKind[kind];
    return `<tr data-kind="${kind}"><th scope="row">${KIND_LABELS[kind]}</th>${CLAIM_STATUSES.map((status) => `<td>${counts[status]}</td>`).join('')}<td>${counts.total}</td></tr>`;
  });
  const all = `<tr class="all" data-kind="all"><th scope="row">All</th>${CLAIM_STATUSES.map((status) => `<td>${summary.byStatus[status]}</td>`).join('')}<td>${summary.total}</td></tr>`;
  return `<table><thead>${head}</thead><tbody>${rows.join('')}${all}</tbody></table>`;
}

function entryHtml(entry: ReportEntry, anchors: EntryAnchors, dates: DateStyle): string {
  const where = entryPlace(entry);
  const words = entryWords(entry);
  const back = entry.line === undefined ? '' : `<a class="back" href="#${anchors.marker(entry.number)}">Back to the text</a>`;
  const fields: string[] = [field('status', 'Status', STATUS_LABELS[entry.status])];
  if (entry.speaker) {
    fields.push(field('speaker', 'Speaker', esc(entry.speaker.text)));
    if (entry.speaker.name !== undefined) fields.push(field('speaker-name', 'Speaker is', esc(entry.speaker.name)));
  }
  if (entry.cue !== undefined) fields.push(field('cue', 'Cue', esc(entry.cue)));
  if (words.marked !== undefined) fields.push(field('marked', 'Marked', esc(words.marked)));
  if (words.claim !== undefined) fields.push(field('claim', 'Claim', esc(words.claim)));
  fields.push(
    entry.verdict === undefined
      ? field('verdict', 'Verdict', '<span class="none">none yet</span>')
      : field('verdict', 'Verdict', esc(verdictLabel(entry.verdict)), `verdict-${cssToken(entry.verdict)}`),
  );
  if (entry.stale) fields.push(field('stale', 'Stale', staleHtml(entry.verdict, entry.stale)));
  fields.push(field('sources', 'Sources', entry.sources.length === 0 ? '<span class="none">none yet</span>' : `<ul>${entry.sources.map((source) => sourceItem(source, dates)).join('')}</ul>`));
  if (entry.check) {
    const passage = entry.check.passage === undefined ? '' : `<blockquote class="check-passage">${esc(entry.check.passage)}</blockquote>`;
    fields.push(field('source-check', 'Source check', `${esc(entry.check.summary)}${passage}`, `check-${cssToken(entry.check.status)}`));
  }
  if (entry.note !== undefined) fields.push(field('note', 'Note', esc(entry.note)));
  if (entry.creator !== undefined) fields.push(field('creator', 'Checked by', esc(entry.creator)));
  if (entry.modified !== undefined) fields.push(field('modified', 'Last changed', esc(humanDateTime(entry.modified, dates))));
  return [
    `<article class="entry kind-${cssToken(entry.kind)} status-${cssToken(entry.status)}" id="${anchors.entry(entry.number)}" data-finding="${entry.number}">`,
    `<h4><span class="number">${entry.number}</span> <span class="kind">${KIND_LABELS[entry.kind]}</span> <span class="where">${where}</span>${back}</h4>`,
    `<blockquote class="finding-text" data-field="text">${esc(words.quoted)}</blockquote>`,
    `<dl>${fields.join('')}</dl>`,
    '</article>',
  ].join('\n');
}

function field(key: string, name: string, html: string, className?: string): string {
  return `<dt>${name}</dt><dd data-field="${key}"${className === undefined ? '' : ` class="${className}"`}>${html}</dd>`;
}

/** Why the verdict no longer holds; for changed words, the change marked with del and ins. */
function staleHtml(verdict: string | undefined, stale: Staleness): string {
  const message = esc(staleMessage(verdict, stale));
  if (stale.reason !== 'claim-changed') return message;
  const diff = wordDiff(stale.was, stale.now)
    .map(({ op, text }) => (op === 'same' ? esc(text) : `<${op === 'removed' ? 'del' : 'ins'}>${esc(text)}</${op === 'removed' ? 'del' : 'ins'}>`))
    .join('');
  return `${message}<br><span class="word-diff">${diff}</span>`;
}

function sourceItem(source: SourceRef, dates: DateStyle): string {
  let item = link(source.title ?? source.target, source.target, 'source');
  if (source.title !== undefined && httpUrl(source.target) === undefined) item += ` <span class="target">(${esc(source.target)})</span>`;
  if (source.accessed !== undefined) item += `, consulted <span class="accessed">${esc(humanDate(source.accessed, dates))}</span>`;
  if (source.excerpt !== undefined) item += `: <q class="excerpt">${esc(source.excerpt)}</q>`;
  if (source.refused !== undefined) item += ` <span class="refused">refused: ${esc(source.refused)}</span>`;
  const copy = keptCopyOf(source);
  if (copy && 'error' in copy) item += ` <span class="copy-failed">no copy kept (${esc(copy.retrieved)}): ${esc(copy.error)}</span>`;
  else if (copy) item += ` — <a class="kept-copy" href="${esc(copy.cached)}">kept copy</a>, retrieved <span class="retrieved">${esc(copy.retrieved)}</span>`;
  return `<li>${item}</li>`;
}

/** An http(s) address becomes a link; any other scheme (file, javascript:, data:) is shown as text. */
function link(text: string, target: string | undefined, className = 'link'): string {
  const url = target === undefined ? undefined : httpUrl(target);
  if (url === undefined) return `<span class="${className}">${esc(text)}</span>`;
  return `<a class="${className}" href="${esc(url)}" rel="noopener noreferrer" target="_blank">${esc(text)}</a>`;
}
