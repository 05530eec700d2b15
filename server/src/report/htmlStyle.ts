// The HTML report's only stylesheet, inlined: readable on screen, clean on A4 and Letter paper
// (margins that fit both, the article text on its own pages, link targets printed, highlight
// colours kept, cards and the sign-off never split across pages).
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --open: #ffe58a; --resolved: #c8ecc9; --dismissed: #e3e5e8; --orphaned: #f6d0d0; --stale: #ffc98a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: var(--ink); background: #fff; }
h1, h2, h3, h4, table, dl, .facts { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; border-bottom: 2px solid var(--ink); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 2rem 0 .75rem; }
h4 { font-size: 1rem; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; font-size: .9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: .9rem; width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
tr.all td { font-weight: bold; border-top: 2px solid var(--ink); }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #fafafa; border: 1px solid var(--rule); padding: 1rem 1.25rem; line-height: 1.8; }
mark { background: var(--open); color: inherit; padding: .1em 0; border-radius: 2px; }
mark.status-resolved { background: var(--resolved); }
mark.status-stale { background: var(--stale); }
mark.status-dismissed { background: var(--dismissed); }
mark mark { box-shadow: inset 0 -2px 0 var(--ink); }
mark mark mark { box-shadow: inset 0 -4px 0 var(--ink); }
a.marker { font: bold .7rem/1 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; vertical-align: super; color: #fff; background: var(--ink); border-radius: .6rem; padding: .1rem .35rem; margin-right: .15rem; text-decoration: none; }
a.marker:focus, a.marker:hover { background: #0b57d0; }
.entry { border: 1px solid var(--rule); border-left: 6px solid var(--open); border-radius: 4px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.entry.status-resolved { border-left-color: #3c9a46; }
.entry.status-stale { border-left-color: #d66a00; }
.word-diff del { background: #f6d0d0; }
.word-diff ins { background: #c8ecc9; text-decoration: none; }
.entry.status-dismissed { border-left-color: #9aa0a6; }
.entry.status-orphaned { border-left-color: #c5221f; }
.entry:target { outline: 3px solid #0b57d0; }
.entry .number { display: inline-block; min-width: 1.6rem; text-align: center; color: #fff; background: var(--ink); border-radius: .8rem; font-size: .85rem; padding: .05rem .4rem; }
.entry .where { color: var(--muted); font-weight: normal; font-size: .85rem; }
.entry .back { margin-left: auto; font-weight: normal; font-size: .85rem; }
.entry blockquote { margin: 0 0 .5rem; padding: .25rem .75rem; border-left: 3px solid var(--rule); white-space: pre-wrap; overflow-wrap: anywhere; }
.entry dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; font-size: .9rem; }
.entry dt { color: var(--muted); }
.entry dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.entry dd ul { margin: 0; padding-left: 1.1rem; white-space: normal; }
.verdict-verified { color: #1e7b2e; font-weight: bold; }
.verdict-false, .verdict-misleading { color: #b3261e; font-weight: bold; }
.verdict-partly-true { color: #9a6700; font-weight: bold; }
.none { color: var(--muted); font-style: italic; }
.readiness { border: 2px solid #b3261e; background: #fdecea; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; break-inside: avoid; }
.readiness.ready { border-color: #1e7b2e; background: #e7f4e8; }
.readiness p { margin: 0 0 .5rem; font-size: 1.05rem; }
.readiness .counts { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
.readiness .count { font-weight: bold; font-size: 1.1rem; }
.sign-off { break-inside: avoid; margin-top: 2.5rem; }
.sign-off td, .sign-off th { text-align: left; padding: .9rem .5rem .3rem; vertical-align: bottom; }
.sign-off .blank { display: inline-block; min-width: 9rem; border-bottom: 1px solid var(--ink); }
@page { margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  section.text, section.article + section.article { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; }
  a.source[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
  a.back { display: none; }
  .entry:target { outline: none; }
}
`;
