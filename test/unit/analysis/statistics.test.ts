import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { detectStatistics } from '../../../server/src/analysis/detectors/statistics';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import { at, rows, type Row } from './spans';

const detect = (text: string) => rows(text, detectStatistics(text, splitSentences(text)));

describe('detectStatistics', () => {
  const table: [string, (text: string) => Row[]][] = [
    // Dates join their parts into one finding.
    ['The plant reopened in November 2019.', (t) => [at('statistic', t, 'November 2019')]],
    ['The fire began on May 20, 1983, at dawn.', (t) => [at('statistic', t, 'May 20, 1983')]],
    ['The ferry sank on the 3rd of June 1954.', (t) => [at('statistic', t, '3rd of June 1954')]],
    ['Prices fell last month and in the 1990s.', (t) => [at('statistic', t, 'last month'), at('statistic', t, '1990s')]],
    ['The council met in 2016.', (t) => [at('statistic', t, '2016')]],
    // The day may come before the month; the whole date is one finding, not its day alone.
    ['The clip was posted on 3 May by the ferry firm.', (t) => [at('statistic', t, '3 May')]],
    ['The clip was posted on May 3 by the ferry firm.', (t) => [at('statistic', t, 'May 3')]],
    ['The clip was posted on 3rd May.', (t) => [at('statistic', t, '3rd May')]],
    ['The clip was posted on 3 May 2026 🚢 and deleted.', (t) => [at('statistic', t, '3 May 2026')]],
    ['The levy rose on 14 Feb. 2025 by 4%.', (t) => [at('statistic', t, '14 Feb. 2025'), at('statistic', t, '4%')]],
    ['The pier shut on 21st of March.', (t) => [at('statistic', t, '21st of March')]],
    // A month is a whole word.
    ['Marching bands came to Augusta in 2019.', (t) => [at('statistic', t, '2019')]],
    // After a currency sign, "m" is millions.
    ['The port spent €4m on dredging.', (t) => [at('statistic', t, '€4m')]],
    // Figures: money, percentages, counts, ranges, spelled-out numbers, hyphenated measures.
    ['Sales grew 6.1% to $14.3 trillion.', (t) => [at('statistic', t, '6.1%'), at('statistic', t, '$14.3 trillion')]],
    ['Turnout rose 12 percentage points.', (t) => [at('statistic', t, '12 percentage points')]],
    ['Two-thirds of the 3,000 staff left.', (t) => [at('statistic', t, 'Two-thirds'), at('statistic', t, '3,000')]],
    ['One in five voters stayed home.', (t) => [at('statistic', t, 'One in five')]],
    ['Nine in 10 members and 3 out of 4 donors agreed.', (t) => [at('statistic', t, 'Nine in 10'), at('statistic', t, '3 out of 4')]],
    ['Forty-one percent backed a third of the plan.', (t) => [at('statistic', t, 'Forty-one percent'), at('statistic', t, 'a third')]],
    ['A third-party candidate won 12 in 2016.', (t) => [at('statistic', t, '12'), at('statistic', t, '2016')]],
    ['Between 10-15 boats were lost.', (t) => [at('statistic', t, '10-15')]],
    ['Ownership is at a 15-year high.', (t) => [at('statistic', t, '15')]],
    // Rankings and measurable superlatives; ordinals.
    ['It is the world’s second-largest economy.', (t) => [at('statistic', t, 'the world’s second-largest economy')]],
    ['It sold its largest state-owned mines.', (t) => [at('statistic', t, 'its largest state-owned mines')]],
    // "The worst" with nothing it ranks is an idiom, not a ranking.
    ['The skipper thought the worst was over.', () => []],
    ['The crews feared the worst.', () => []],
    ['It was the worst drought on the island.', (t) => [at('statistic', t, 'the worst drought')]],
    ['Ohio was the most populous state then.', (t) => [at('statistic', t, 'the most populous state')]],
    // An ordinal that names a period, an occasion or a body states nothing; one that counts does.
    ['The ferry line marked its 12th anniversary in the 20th century.', () => []],
    ['The 4th Circuit heard the case from the 9th District.', () => []],
    ['It is the port’s 14th closure this winter.', (t) => [at('statistic', t, '14th')]],
    ['Wages sit at the 40th percentile.', (t) => [at('statistic', t, '40th')]],
    ['For the first time, the second ferry ran late.', () => []],
    // Time counted on from another event in the text dates nothing; a length of time is a claim.
    ['The mill opened in 2011. Four years later, it shut.', (t) => [at('statistic', t, '2011')]],
    ['Two weeks on, the pier is still closed; it shut 3 weeks earlier than planned.', (t) => [at('statistic', t, '3')]],
    ['He served three years in prison and spent two weeks on the road.', (t) => [at('statistic', t, 'three'), at('statistic', t, 'two')]],
    ['Help came more than 40 minutes later.', (t) => [at('statistic', t, '40')]],
    // A period ahead has not happened yet; what is spent or promised in it still counts.
    ['Over the next four years, the port will spend £4m on dredging.', (t) => [at('statistic', t, '£4m')]],
    ['Fares rose 4% in the last two years.', (t) => [at('statistic', t, '4%'), at('statistic', t, 'two')]],
    // A few of the text's own points are its layout; a count of things in the world is a claim.
    ['There are two ways to read the ruling, and three things the board missed.', () => []],
    ['The board met two times and found three faults.', (t) => [at('statistic', t, 'two'), at('statistic', t, 'three')]],
    ['Costs rose 3 per cent to £48m on 4 June 1989.', (t) => [at('statistic', t, '3 per cent'), at('statistic', t, '£48m'), at('statistic', t, '4 June 1989')]],
    // Opinions dressed as superlatives are not figures.
    ['She is the best coach and the most important voice we have.', () => []],
    ['That is the only way forward.', () => []],
    // Numbers that label the text or name a thing are not claims.
    ['1. Bring a coat.', () => []],
    ['See page 3 and section 4 of the report.', () => []],
    ['The meeting starts at 10:30 a.m. sharp.', () => []],
    ['The G7 discussed COVID-19 and the A380.', () => []],
    ['The claim is in footnote [12].', () => []],
    // The number of anonymous sources is not a claim about the world.
    ['Two people familiar with the talks said it was over.', () => []],
    // "may" the verb is not a month.
    ['Rents may rise.', () => []],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(detect(text), expected(text)));

  it('says what to check for each sort', () => {
    const text = 'In March 2020, 40% of firms, the region’s largest employers, shut.';
    assert.deepEqual(
      detectStatistics(text, splitSentences(text)).map((finding) => finding.message),
      [
        "Date — 'March 2020': is the date right, and where is it recorded?",
        "Statistic — '40%': what is the source of this figure?",
        "Ranking — 'the region’s largest employers': by what measure, and who ranks it?",
      ],
    );
  });

  describe('a figure of speech is no statistic', () => {
    const table: [string, string[]][] = [
      // A figure in a sentence that is all thanks or greeting: the model is sure it states nothing.
      ['I want to thank millions of you for your prayers tonight.', []],
      ['Thank you to the two of you for having me.', []],
      // A small count needs the model's ordinary confidence; a scene or a household is no claim.
      ['The two of them shook hands on the stage.', []],
      ['He has two dogs and a cat.', []],
      // Any other figure needs only that the sentence could state a fact.
      ['I have shaken thousands of hands on this trail, and I love every one of them.', ['thousands']],
      ['The ferry company cut two routes in 2019.', ['two', '2019']],
      ['The mayor has signed nine bills since taking office.', ['nine']],
    ];
    for (const [text, expected] of table) it(text, () => assert.deepEqual(detect(text).map((row) => row[1]), expected));
  });

  it('lands exactly after emoji, CJK and CRLF line breaks', () => {
    const text = 'Intro 🎉 line.\r\n北京 reported 3,000 cases in June 2021.\r\n';
    const found = analyze(text)
      .filter((finding) => finding.kind === 'statistic')
      .map((finding) => [text.slice(finding.start, finding.end), finding.start]);
    assert.deepEqual(found, [
      ['3,000', 28],
      ['June 2021', 43],
    ]);
  });
});
