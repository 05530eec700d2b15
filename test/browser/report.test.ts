/// <reference lib="dom" />
// The HTML report in a real browser (Debian's Chromium, headless, offline): the numbered highlights
// link to their entries and back, nothing from the article runs, and the page prints to PDF.
// Artifacts (screenshot, PDF, the page itself) are written to test-results/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderReport } from '../../server/src/report';
import { PAYLOAD_QUOTE, sampleModel } from '../unit/report/sampleReport';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const RESULTS = resolve(__dirname, '../../test-results');
/** A policy that lets inline scripts run, so that only the escaping stands between a payload and the page. */
const SCRIPTS_ALLOWED = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src * data: file:";

describe('HTML report in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let payloadCalls: string[];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium fonts-dejavu-core) or set CHROMIUM_PATH.`);
    }
    mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    payloadCalls = [];
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    // The payload calls window.pwned(...) if it ever runs; this records it from the page.
    await page.exposeFunction('pwned', (from: string) => {
      payloadCalls.push(from);
    });
  });

  afterEach(async () => {
    await page?.close();
  });

  async function open(html: string, name: string): Promise<void> {
    const file = join(RESULTS, name);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }

  async function inViewport(selector: string): Promise<boolean> {
    return page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
  }

  it('the harness sees a payload that does run (control: the same payload unescaped)', async () => {
    const raw = renderReport(sampleModel(), 'html', { html: { csp: SCRIPTS_ALLOWED } }).replace('<body>', `<body>${PAYLOAD_QUOTE}`);
    let ran!: () => void;
    const called = new Promise<void>((done) => (ran = done));
    // Exposed before the page loads: a payload that ran before it would throw and never report.
    await page.exposeFunction('controlRan', () => ran());
    await open(raw.replace('window.pwned(\'img\')', "window.pwned('img'); window.controlRan()"), 'control.html');
    await called;
    assert.ok(payloadCalls.includes('script') && payloadCalls.includes('img'), `calls: ${payloadCalls.join(', ')}`);
  });

  it('never runs the <script> or <img onerror> from the article, even where scripts are allowed', async () => {
    await open(renderReport(sampleModel(), 'html', { html: { csp: SCRIPTS_ALLOWED } }), 'scripts-allowed.html');
    assert.deepEqual(payloadCalls, []);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator('script, img, [onerror]').count(), 0);
    const shown = await page.locator('.article-text').innerText();
    assert.ok(shown.includes('<img src=x onerror="window.__pwned'), 'the payload is shown as text');
  });

  it('links each numbered highlight to its entry and back', async () => {
    await open(renderReport(sampleModel(), 'html'), 'report.html');
    const entries = sampleModel().articles[0].entries.filter((entry) => entry.line !== undefined);
    const last = entries.at(-1)!;
    await page.click(`#a1-mark-${last.number}`);
    assert.equal(new URL(page.url()).hash, `#a1-finding-${last.number}`);
    assert.ok(await inViewport(`#a1-finding-${last.number}`), 'the entry scrolled into view');
    assert.equal(await page.locator(`#a1-finding-${last.number}`).evaluate((element) => element.matches(':target')), true);
    assert.equal((await page.locator(`#a1-finding-${last.number} .number`).innerText()).trim(), String(last.number));

    await page.click(`#a1-finding-${last.number} a.back`);
    assert.equal(new URL(page.url()).hash, `#a1-mark-${last.number}`);
    assert.ok(await inViewport(`#a1-mark-${last.number}`), 'back at the highlight in the text');
    for (const entry of entries) {
      assert.equal(await page.locator(`#a1-mark-${entry.number}`).getAttribute('href'), `#a1-finding-${entry.number}`);
    }
  });

  it('applies its own stylesheet under the strict CSP, standalone and as a webview', async () => {
    await open(renderReport(sampleModel(), 'html'), 'report.html');
    const background = () => page.locator('mark.status-open').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    assert.equal(await background(), 'rgb(255, 229, 138)', 'the hashed stylesheet was allowed');
    await open(renderReport(sampleModel(), 'html', { html: { nonce: 'dGVzdC1ub25jZS0x' } }), 'webview.html');
    assert.equal(await background(), 'rgb(255, 229, 138)', 'the nonce stylesheet was allowed');
    assert.deepEqual(payloadCalls, []);
  });

  it('opens with the readiness box and ends with the sign-off block, as a desk editor reads it', async () => {
    await open(renderReport(sampleModel(), 'html'), 'report.html');
    assert.equal(await page.locator('h1').count(), 1, 'one H1');
    const box = page.locator('section.readiness');
    assert.match(await box.innerText(), /^Not ready: 7 open, 1 orphaned/);
    assert.ok(await inViewport('section.readiness'), 'the readiness box is on the first screen');
    assert.equal(await box.evaluate((element) => getComputedStyle(element).borderTopColor), 'rgb(179, 38, 30)', 'not ready is red');
    const rows = await page.locator('section.sign-off tbody tr').allInnerTexts();
    assert.match(rows[0], /^Checked by\s+Priya Nair/);
    assert.match(rows[1], /^Approved by/);
    const blank = await page.locator('section.sign-off .blank').first().evaluate((element) => element.getBoundingClientRect().width);
    assert.ok(blank >= 100, `a line wide enough to sign on: ${blank}px`);
  });

  for (const paper of [{ format: 'A4', width: 210 }, { format: 'Letter', width: 215.9 }] as const) {
    it(`prints on ${paper.format}: nothing wider than the page, the article text on its own pages, the sign-off whole`, async () => {
      await open(renderReport(sampleModel(), 'html'), 'report.html');
      await page.screenshot({ path: join(RESULTS, 'report.png'), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      // The printable width at 96 px per inch, inside the stylesheet's 14 mm side margins.
      await page.setViewportSize({ width: Math.floor(((paper.width - 28) / 25.4) * 96), height: 1000 });
      assert.equal(await page.locator('a.back').first().isVisible(), false, 'print hides the back links');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal overflow');
      assert.equal(await page.locator('section.sign-off').evaluate((element) => getComputedStyle(element).breakInside), 'avoid');
      const file = join(RESULTS, `report-${paper.format}.pdf`);
      await page.pdf({ path: file, format: paper.format, printBackground: true });
      const pdf = readFileSync(file);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      // The title, readiness and summary; the article text from a new page; the cards and sign-off.
      assert.ok(pages >= 2 && pages <= 8, `the PDF has ${pages} pages`);
      assert.ok(readFileSync(join(RESULTS, 'report.png')).length > 10_000);
    });
  }
});
