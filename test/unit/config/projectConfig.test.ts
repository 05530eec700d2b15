import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProjectConfigFile, loadProjectConfig } from '../../../server/src/config/loadProjectConfig';
import { parseProjectConfig } from '../../../server/src/config/parseProjectConfig';
import { articleUrlFor, DEFAULT_PROJECT_CONFIG } from '../../../server/src/config/projectConfig';

const YAML = `version: 1
organisation:
  name: The Harbour Gazette
  url: https://gazette.example
articleUrl: https://gazette.example/news/{path}
checker: Ana Ruiz
lexicon:
  reportingVerbs: [briefed, tweeted, "  posted   on "]
  hedges:
    - arguably
  anonymousSources:
    - a source in the ministry
knownSources:
  Port Authority: https://port.example/press
severity:
  quote: warning
  hedge: off
`;

function problems(text: string, file = '.factcheck.yaml') {
  const parsed = parseProjectConfig(text, file);
  assert.ok(!parsed.ok, 'expected the project file to be refused');
  return parsed.problems;
}

describe('the project file', () => {
  it('reads a full YAML file', () => {
    const parsed = parseProjectConfig(YAML, '.factcheck.yaml');
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
    assert.deepEqual(parsed.config, {
      version: 1,
      organisation: { name: 'The Harbour Gazette', url: 'https://gazette.example' },
      articleUrl: 'https://gazette.example/news/{path}',
      checker: 'Ana Ruiz',
      lexicon: { reportingVerbs: ['briefed', 'tweeted', 'posted on'], hedges: ['arguably'], anonymousSources: ['a source in the ministry'] },
      knownSources: { 'Port Authority': 'https://port.example/press' },
      severity: { quote: 'warning', hedge: 'off' },
    });
  });

  it('reads the same settings from JSON, and fills in defaults for what is left out', () => {
    const parsed = parseProjectConfig('{ "version": 1, "knownSources": { "Zoom": "https://zoom.example/" } }', '.factcheck.json');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.config, { ...DEFAULT_PROJECT_CONFIG, knownSources: { Zoom: 'https://zoom.example/' } });
  });

  it('names the key, says what is wrong, and gives its line and column', () => {
    const [problem] = problems(YAML.replace('  quote: warning', '  quote: loud'));
    assert.equal(problem.key, 'severity.quote');
    assert.equal(problem.line, 15);
    assert.equal(problem.character, 9);
    assert.equal(problem.message, '"severity.quote": unknown severity "loud"; expected one of error, warning, information, hint, off (line 16, column 10)');
  });

  it('points at an item of a list', () => {
    const [problem] = problems(YAML.replace('    - arguably', '    - arguably\n    - 42'));
    assert.equal(problem.key, 'lexicon.hedges[1]');
    assert.equal(problem.line, 10);
    assert.match(problem.message, /must be a word or phrase, found number 42/);
  });

  it('points at an unknown key and suggests the one meant', () => {
    const [problem] = problems(YAML.replace('knownSources:', 'knownSource:'));
    assert.equal(problem.key, 'knownSource');
    assert.equal(problem.line, 12);
    assert.equal(problem.character, 0);
    assert.match(problem.message, /unknown key "knownSource"; did you mean "knownSources"\?/);
    assert.match(problems(YAML.replace('  hedges:', '  hedgez:'))[0].message, /"lexicon.hedgez": unknown key "hedgez"; did you mean "hedges"\?/);
    assert.match(problems(YAML.replace('  hedge: off', '  rumour: off'))[0].message, /unknown finding kind "rumour"; expected one of attribution/);
  });

  it('reports JSON errors in JSON files with line and column', () => {
    const [problem] = problems('{\n  "version": 1,\n  "checker": "Ana",\n}\n', '.factcheck.json');
    assert.match(problem.message, /Not valid JSON: trailing comma before '}' \(line 3, column 19\)/);
  });

  it('reports YAML errors, such as a repeated key, with their line', () => {
    const [problem] = problems('version: 1\nchecker: Ana\nchecker: Ben\n');
    assert.equal(problem.line, 2);
    assert.match(problem.message, /Not valid YAML: Map keys must be unique/);
  });

  it('refuses a missing or unknown version', () => {
    assert.match(problems('checker: Ana\n')[0].message, /missing "version"/);
    assert.match(problems('version: 3\n')[0].message, /"version": unknown version number 3/);
  });

  const badValues: [string, string, RegExp][] = [
    ['organisation: Gazette', 'organisation', /must be a mapping with "name"/],
    ['organisation: {url: "https://g.example"}', 'organisation.name', /must be the organisation's name/],
    ['organisation: {name: G, url: "ftp://g.example"}', 'organisation.url', /must start with http:\/\/ or https:\/\//],
    ['articleUrl: "https://g.example/{slug}"', 'articleUrl', /unknown placeholder \{slug\}/],
    ['articleUrl: "gazette/{path}"', 'articleUrl', /is not a web address/],
    ['knownSources: {Zoom: "javascript:alert(1)"}', 'knownSources.Zoom', /must start with http/],
    ['knownSources: [Zoom]', 'knownSources', /must map a source's name/],
    ['lexicon: {hedges: arguably}', 'lexicon.hedges', /must be a list/],
    ['lexicon: {hedges: [""]}', 'lexicon.hedges[0]', /must be a word or phrase/],
    ['checker: ""', 'checker', /must be a name/],
    ['severity: {quote: 2}', 'severity.quote', /unknown severity number 2/],
  ];
  for (const [line, key, expected] of badValues) {
    it(`refuses ${line}`, () => {
      const found = problems(`version: 1\n${line}\n`);
      assert.equal(found.length, 1, found.map((p) => p.message).join('\n'));
      assert.equal(found[0].key, key);
      assert.equal(found[0].line, 1);
      assert.match(found[0].message, expected);
    });
  }

  it('keeps a known source whatever its name, "__proto__" included', () => {
    const parsed = parseProjectConfig('{"version": 1, "knownSources": {"__proto__": "https://a.example/", "constructor": "https://b.example/"}}', '.factcheck.json');
    assert.ok(parsed.ok);
    assert.deepEqual(Object.entries(parsed.config.knownSources), [
      ['__proto__', 'https://a.example/'],
      ['constructor', 'https://b.example/'],
    ]);
    assert.equal(Object.getPrototypeOf(parsed.config.knownSources), Object.prototype);
  });

  it('refuses a file that is not a mapping', () => {
    assert.match(problems('- version\n')[0].message, /must be a mapping of settings, found a list/);
    assert.match(problems('[]', '.factcheck.json')[0].message, /must be a mapping of settings/);
  });

  it('builds the published address of an article', () => {
    const config = { ...DEFAULT_PROJECT_CONFIG, articleUrl: 'https://gazette.example/{path}?ref={name}' };
    assert.equal(articleUrlFor(config, 'news/2026/port strike.md'), 'https://gazette.example/news/2026/port%20strike?ref=port%20strike');
    assert.equal(articleUrlFor(DEFAULT_PROJECT_CONFIG, 'a.md'), undefined);
  });
});

describe('loading the project file of a workspace folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'factcheck-config-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('gives the defaults when there is no project file', async () => {
    assert.deepEqual(await loadProjectConfig(folder), { ok: true, config: DEFAULT_PROJECT_CONFIG });
  });

  it('reads .factcheck.yaml or .factcheck.json and says which file it read', async () => {
    await fs.writeFile(join(folder, '.factcheck.yaml'), YAML);
    const loaded = await loadProjectConfig(folder);
    assert.ok(loaded.ok);
    assert.equal(loaded.file, join(folder, '.factcheck.yaml'));
    assert.equal(loaded.config.checker, 'Ana Ruiz');
  });

  it('refuses two project files side by side', async () => {
    await fs.writeFile(join(folder, '.factcheck.yaml'), YAML);
    await fs.writeFile(join(folder, '.factcheck.json'), '{"version": 1}');
    const loaded = await loadProjectConfig(folder);
    assert.ok(!loaded.ok);
    assert.match(loaded.problems[0].message, /Found 2 project files \(\.factcheck\.json, \.factcheck\.yaml\); keep only one/);
  });

  it('returns the problems of a broken file, with the file', async () => {
    await fs.writeFile(join(folder, '.factcheck.json'), '{"version": 1, "severity": {"quote": "loud"}}');
    const loaded = await loadProjectConfig(folder);
    assert.ok(!loaded.ok);
    assert.equal(loaded.file, join(folder, '.factcheck.json'));
    assert.equal(loaded.problems[0].key, 'severity.quote');
  });

  it('tells the project file from an article sidecar', () => {
    assert.equal(isProjectConfigFile(join(folder, '.factcheck.json'), folder), true);
    assert.equal(isProjectConfigFile(join(folder, 'story.md.factcheck.json'), folder), false);
    assert.equal(isProjectConfigFile(join(folder, 'sub', '.factcheck.json'), folder), false);
  });
});
