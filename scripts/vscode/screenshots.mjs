#!/usr/bin/env node
// `npm run screenshots`: opens the sample article in the real VS Code workbench (code-server with
// the extension installed from this folder) in headless Chromium and saves what a checker sees
// as PNGs under docs/. Fails when a step does not show what it should.
// Keyboard first (Quick Open, Go to Line, Show Hover): aiming the mouse at pixels is fragile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureOfflineVSCode } from './install-offline.mjs';
import { CHROMIUM_ARGS, codeServerEnv, waitForHealth, writeUserSettings } from './code-server.mjs';
import { repoRoot } from './paths.mjs';

const ARTICLE = 'port-dredging.txt';
/** 1-based line:column inside the first quote, for the hover. */
const HOVER_AT = '5:10';
const SOURCE = { url: 'https://example.org/kellan/tender-board-minutes', title: 'Tender board minutes, 12 March' };
const outDir = path.join(repoRoot, 'docs');
const QUICK_INPUT = '.quick-input-widget:not([style*="display: none"])';
const started = Date.now();
const log = (message) => console.log(`[screenshots ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const { codeServerBin, node24Bin, chromiumBin } = ensureOfflineVSCode();
if (!fs.existsSync(path.join(repoRoot, 'dist/client.js'))) throw new Error('dist/client.js is missing: run npm run build');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-shots-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(repoRoot, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const userData = path.join(tmp, 'user-data');
writeUserSettings(userData, {
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
  'workbench.tips.enabled': false,
  'window.commandCenter': false,
});
// The development folder itself, linked in as an installed extension.
const extensions = path.join(tmp, 'extensions');
fs.mkdirSync(extensions);
fs.symlinkSync(repoRoot, path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`));

const port = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn(codeServerBin, [
  '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions,
], { env: codeServerEnv(tmp, node24Bin), stdio: ['ignore', fs.openSync(path.join(tmp, 'code-server.log'), 'w'), 'inherit'], detached: true });

let browser;
let code = 0;
try {
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server);
  browser = await chromium.launch({ executablePath: chromiumBin, headless: true, args: CHROMIUM_ARGS, env: codeServerEnv(tmp) });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded');
  await openFile(page, ARTICLE);
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info', { timeout: 90_000 });
  log('squiggles visible');
  fs.mkdirSync(outDir, { recursive: true });
  await shoot(page, 'editor-squiggles.png');

  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  await problems.first().waitFor({ timeout: 30_000 });
  log(`problems panel: ${await problems.count()} rows visible`);
  await shoot(page, 'problems-panel.png');
  await page.keyboard.press('Control+Shift+M');

  await focusEditor(page);
  await goToLine(page, HOVER_AT);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await settled(page.locator('.monaco-hover', { hasText: 'Source slot' }).first());
  log('hover with the source slot visible');
  await shoot(page, 'hover-source-slot.png');
  await closeHover(page);

  // Resolve the quote as a checker would: the quick fixes, then the commands' own prompts.
  await focusEditor(page);
  await goToLine(page, HOVER_AT);
  await page.keyboard.press('Control+.');
  await settled(page.locator('.action-widget', { hasText: 'Attach source' }).first());
  await shoot(page, 'quick-fixes.png');
  await page.keyboard.press('Enter');
  await pickQuickInput(page, 'Attach a source', 'Enter a web address');
  await answerInput(page, 'Web address of the source', SOURCE.url);
  await answerInput(page, 'Title of the source', SOURCE.title);
  // The first edit asks once for the checker's name, recorded on slots and signed on the report.
  await answerInput(page, 'printed on the report as the checker', 'Priya Nair');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 30_000 });
  await runCommand(page, 'Fact-check: Set verdict');
  await pickQuickInput(page, 'Verdict on', 'verified');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 30_000 });
  await focusEditor(page);
  await goToLine(page, HOVER_AT);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await settled(page.locator('.monaco-hover', { hasText: 'verified' }).first());
  log('hover with the resolved slot visible');
  await shoot(page, 'hover-resolved.png');
  await closeHover(page);

  await page.keyboard.press('Control+Shift+E');
  // Fold the file tree so the claims view gets the height of the side bar.
  const folders = page.locator('.pane-header', { hasText: 'workspace' }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const claims = page.locator('.pane-header', { hasText: 'Claims' }).first();
  await claims.waitFor({ timeout: 30_000 });
  if ((await claims.getAttribute('aria-expanded')) !== 'true') await claims.click();
  await page.locator('.pane', { has: claims }).locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
  log('claims view filled');
  await shoot(page, 'claims-view.png');

  await focusEditor(page);
  await runCommand(page, 'Fact-check: Preview report');
  // A webview is an iframe holding the page in another iframe.
  const report = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('body');
  await report.locator('text=Tender board minutes').first().waitFor({ timeout: 30_000 });
  log('report preview rendered');
  await shoot(page, 'report-preview.png');
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await browser?.close().catch(() => {});
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  if (code === 0) fs.rmSync(tmp, { recursive: true, force: true });
  else console.error(`kept ${tmp} (code-server.log) for inspection`);
}
process.exit(code);

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector(`${QUICK_INPUT} input`, { timeout: 30_000 });
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
}

/** The quick input showing `text` (its title, prompt or a row), once it is open. */
async function quickInput(page, text) {
  const widget = page.locator(QUICK_INPUT, { hasText: text }).first();
  await widget.waitFor({ timeout: 30_000 });
  return widget;
}

/** Filters the quick pick titled `title` to `label`, waits until it is the focused row, accepts it. */
async function pickQuickInput(page, title, label) {
  const widget = await quickInput(page, title);
  await widget.locator('input').focus();
  await page.keyboard.type(label);
  await widget.locator('.monaco-list-row.focused', { hasText: label }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** Answers the input box that shows `prompt`. */
async function answerInput(page, prompt, text) {
  const widget = await quickInput(page, prompt);
  await widget.locator('input').focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const widget = page.locator(QUICK_INPUT).first();
  await widget.waitFor({ timeout: 30_000 });
  await page.keyboard.type(title);
  await widget.locator('.monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** Waits for the element, then for its fade-in (CSS animations) to finish, so a shot is not half drawn. */
async function settled(locator) {
  await locator.waitFor({ timeout: 30_000 });
  await locator.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

/** Focuses the editor by keyboard (View: Focus First Editor Group); a click could land on a widget. */
async function focusEditor(page) {
  await page.keyboard.press('Control+1');
  await page.locator('.editor-group-container .monaco-editor.focused').first().waitFor({ timeout: 30_000 });
}

async function closeHover(page) {
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover').first().waitFor({ state: 'hidden', timeout: 30_000 });
}

async function goToLine(page, lineColumn) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector(`${QUICK_INPUT} input`, { timeout: 30_000 });
  await page.keyboard.type(lineColumn);
  await page.keyboard.press('Enter');
}

async function shoot(page, name) {
  await page.screenshot({ path: path.join(outDir, name) });
  log(`saved docs/${name}`);
}
