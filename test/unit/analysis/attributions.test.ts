// Attributions and quotes: the sentence in, the findings out (cue, speaker, resolved name, content).
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/engine/analyze';
import { findingsOf, type Seen } from './findingsOf';

const attributions: [string, string, Seen[]][] = [
  [
    'a word that opens the clause is no part of its subject ("When [Tan]"), nor is a capitalised preposition a speaker ("For weeks, …")',
    'For weeks, the mayor had been tied to a script, repeating careful speeches on the port. When Tan launched her campaign by talking about ferries, critics laughed.',
    [
      { text: 'repeating', cue: 'repeating', content: 'careful speeches on the port' },
      { text: 'talking about', cue: 'talking about', speaker: 'Tan', content: 'ferries' },
    ],
  ],
  [
    'the subject of a passive with no "by" is nobody’s speaker, whatever follows ("are being debated", "is seen as")',
    'The merits of the ferry levy are being debated again. The new pier is seen as a test of the council.',
    [
      { text: 'The merits of the ferry levy are being debated', cue: 'are being debated', content: 'The merits of the ferry levy are being debated again', parts: ['The merits of the ferry levy', 'again'] },
      { text: 'The new pier is seen as', cue: 'is seen as', content: 'The new pier is seen as a test of the council', parts: ['The new pier', 'a test of the council'] },
    ],
  ],
  [
    'a clause read as a speaker is none: its named subject speaks, or no one is named',
    'The ferry plan was in trouble, and Mr. Okafor had at last admitted that it would fail. The memo was included in a council briefing without mentioning the cost.',
    [
      { text: 'Mr. Okafor had at last admitted', cue: 'admitted', speaker: 'Mr. Okafor', content: 'that it would fail' },
      { text: 'mentioning', cue: 'mentioning', content: 'the cost' },
    ],
  ],
  [
    'a saying owed is no saying: "needs to tell" reports no words',
    'The mayor needs to tell the truth about the pier contract. The clerk has to explain the delay.',
    [],
  ],
  [
    'according to, source after the cue',
    'The depot closed in May, according to the transport board.',
    [{ text: 'according to the transport board', cue: 'according to', speaker: 'the transport board', content: 'The depot closed in May' }],
  ],
  [
    'a headline standing alone names its speaker before the colon in one word too; a label ("Breaking:"), an interview’s "Q:" or a paragraph’s opening names no one',
    'Okafor: Ferry Fares Will Rise in May\n\nBreaking: Pier Closed After the Storm\n\nQ: Will the ferry run on Monday?\n\nLindqvist: The fares rise in May. The board agreed.',
    [{ text: 'Okafor:', cue: ':', speaker: 'Okafor', content: 'Ferry Fares Will Rise in May' }],
  ],
  [
    'nested attribution with "As X told": one claim, the speaker’s, reported from the filing',
    'As Ms Okafor told her staff, according to the tribunal filing, the ledger was altered.',
    [
      {
        text: 'As Ms Okafor told her staff, according to the tribunal filing',
        cue: 'told',
        speaker: 'Ms Okafor',
        content: 'the ledger was altered',
        reportedBy: 'according to the tribunal filing',
      },
    ],
  ],
  [
    'cue inserted mid-sentence',
    'The crew returned to the dock to, the harbour trust says, repair the crane.',
    [{ text: 'the harbour trust says', cue: 'says', speaker: 'the harbour trust', content: 'The crew returned to the dock to, the harbour trust says, repair the crane', parts: ['The crew returned to the dock to', 'repair the crane'] }],
  ],
  [
    'an infinitive keeps its "to" in the content, as PolNeAR marks it',
    'The mayor vowed to reopen the pier by May.',
    [{ text: 'The mayor vowed', cue: 'vowed', speaker: 'The mayor', content: 'to reopen the pier by May' }],
  ],
  [
    'the subject of "was accused of" is whom the claim is about, not who makes it',
    'Councillor Jo Reid was accused of taking €5,000 from a developer.',
    [{ text: 'Councillor Jo Reid was accused of', cue: 'was accused of', content: 'Councillor Jo Reid was accused of taking €5,000 from a developer', parts: ['Councillor Jo Reid', 'taking €5,000 from a developer'] }],
  ],
  [
    'the subject of "was asked" or "was told" heard it: the speaker is the "by" phrase, if any',
    'The harbour master was asked to close the pier. Ms Tan was told by her editor to drop the story.',
    [
      { text: 'The harbour master was asked', cue: 'was asked', content: 'to close the pier' },
      { text: 'Ms Tan was told by her editor', cue: 'was told', speaker: 'her editor', content: 'to drop the story' },
    ],
  ],
  [
    'words that stop on a preposition are cut out of a clause, no speaker: the cue stands alone, and so does the finding',
    'Ferry Plan Up for Vote Amid Allegations of Waste. She has worked to woo dockers with promises to cut the levy.',
    [
      { text: 'Allegations of', cue: 'Allegations of', content: 'Waste' },
      { text: 'promises', cue: 'promises', content: 'to cut the levy' },
    ],
  ],
  [
    'a name set off by commas ("X, called Y,") names a thing; "called" before two things is a saying',
    'The levy, called the Harbour Fee, pays for dredging. Jo Reid, speaking on radio, called Ms Tan a liar, and left.',
    [{ text: 'Jo Reid, speaking on radio, called', cue: 'called', speaker: 'Jo Reid', content: 'Ms Tan a liar' }],
  ],
  [
    'a phrase of when before the speaker is no part of who spoke',
    'On Monday the harbour minister said the ferry would be sold.',
    [{ text: 'the harbour minister said', cue: 'said', speaker: 'the harbour minister', content: 'the ferry would be sold' }],
  ],
  [
    'a month after "in" is a phrase of when, not a name',
    'In March the port board said it would appeal.',
    [{ text: 'the port board said', cue: 'said', speaker: 'the port board', content: 'it would appeal' }],
  ],
  [
    'a phrase of when between the speaker and the cue is no part of who spoke',
    'Council officials last week said the bridge was unsafe.',
    [{ text: 'Council officials last week said', cue: 'said', speaker: 'Council officials', content: 'the bridge was unsafe' }],
  ],
  [
    'a phrase of when after an adverb, with its time of day',
    'Earlier this week the regulator warned that prices would rise.',
    [{ text: 'the regulator warned', cue: 'warned', speaker: 'the regulator', content: 'that prices would rise' }],
  ],
  [
    'a surname that is also a month stays a name',
    'Theresa May said the talks would resume.',
    [{ text: 'Theresa May said', cue: 'said', speaker: 'Theresa May', content: 'the talks would resume' }],
  ],
  [
    'a noun cue after an article names no speaker before it',
    'The dockers’ union stirred controversy in June with an assertion that the cranes were unsafe.',
    [{ text: 'assertion', cue: 'assertion', content: 'that the cranes were unsafe' }],
  ],
  [
    'auxiliaries belong to the cue',
    'The council has also said that the pool will reopen.',
    [{ text: 'The council has also said', cue: 'has also said', speaker: 'The council', content: 'that the pool will reopen' }],
  ],
  [
    'a contracted auxiliary belongs to the cue, not to the speaker',
    'She’s insisting that the ferry will run on time.',
    [{ text: 'She’s insisting', cue: '’s insisting', speaker: 'She', content: 'that the ferry will run on time' }],
  ],
  [
    'a contracted "have" too',
    'They’ve argued that the pier is unsafe.',
    [{ text: 'They’ve argued', cue: '’ve argued', speaker: 'They', content: 'that the pier is unsafe' }],
  ],
  [
    'a participle takes the speaker of its clause',
    'The mayor spoke at the depot, telling drivers that the routes would stay open.',
    [{ text: 'telling', cue: 'telling', speaker: 'The mayor', content: 'that the routes would stay open' }],
  ],
  [
    'a second saying verb joined by "and" ends what the first one credits',
    'The harbour master said the pier was safe and added that the ferry would run.',
    [
      { text: 'The harbour master said', cue: 'said', speaker: 'The harbour master', content: 'the pier was safe' },
      { text: 'The harbour master said the pier was safe and added', cue: 'added', speaker: 'The harbour master', content: 'that the ferry would run' },
    ],
  ],
  [
    'a speaker with an apposition between commas keeps the closing comma, as PolNeAR marks it',
    'Jo Park, 41, a nurse from Leeds, said that the ward was full.',
    [{ text: 'Jo Park, 41, a nurse from Leeds, said', cue: 'said', speaker: 'Jo Park, 41, a nurse from Leeds,', content: 'that the ward was full' }],
  ],
  [
    'a bracket inside the name',
    'Rep. Ann Lee (D-Ohio) said the plant would stay open.',
    [{ text: 'Rep. Ann Lee (D-Ohio) said', cue: 'said', speaker: 'Rep. Ann Lee (D-Ohio)', content: 'the plant would stay open' }],
  ],
  [
    'a relative pronoun is the speaker as named there, standing for the name before it',
    'We met Ms Obi, who said the boiler had failed.',
    [{ text: 'who said', cue: 'said', speaker: 'who', name: 'Ms Obi', mention: 'Ms Obi', content: 'the boiler had failed' }],
  ],
  [
    'a coordinated verb takes the subject of its clause',
    'The judge closed the file and said the case was over.',
    [{ text: 'The judge closed the file and said', cue: 'said', speaker: 'The judge', content: 'the case was over' }],
  ],
  [
    'only verbs of speech put their speaker after them; a nested cue stops at the later one',
    'Some may think the port is safe, says the harbour master.',
    [
      { text: 'Some may think', cue: 'may think', speaker: 'Some', content: 'the port is safe' },
      { text: 'says the harbour master', cue: 'says', speaker: 'the harbour master', content: 'Some may think the port is safe' },
    ],
  ],
  [
    "two-apostrophe quotes (''…''): no cue inside, the speaker after them",
    "''We will not say the plan is dead,'' said Mr. Abe, the union's lawyer.",
    [{ text: "said Mr. Abe, the union's lawyer", cue: 'said', speaker: "Mr. Abe, the union's lawyer", content: "''We will not say the plan is dead,''" }],
  ],
  [
    "a two-apostrophe quotation the sentence splitter cut before the cue is all of what was said",
    "''The ferry is late again. We have waited an hour,'' Ms Vane said.",
    [{ text: 'Ms Vane said', cue: 'said', speaker: 'Ms Vane', content: "''The ferry is late again. We have waited an hour,''" }],
  ],
  [
    "a two-apostrophe quotation after the cue and a colon is what was said, whatever 'that' stands in it",
    "The harbour master wrote on her blog: ''Boats that leave now will not make it back.''",
    [{ text: 'The harbour master wrote', cue: 'wrote', speaker: 'The harbour master', content: "''Boats that leave now will not make it back.''" }],
  ],
  [
    'a negated auxiliary belongs to the cue',
    "The mayor hasn't said whether the pool will reopen.",
    [{ text: "The mayor hasn't said", cue: "hasn't said", speaker: 'The mayor', content: 'whether the pool will reopen' }],
  ],
  [
    // PolNeAR marks the outer source only here, and the cue model learnt so from train.
    "'X said, according to Y': Y is the source and X's saying is part of the content",
    'The vote was lost, Mr Grey said, according to his aide.',
    [{ text: 'according to his aide', cue: 'according to', speaker: 'his aide', content: 'The vote was lost, Mr Grey said' }],
  ],
  [
    'a participle straight after a quotation',
    'Mr Grey called the plan “a disgrace,” adding that he would vote against it.',
    [
      { text: 'Mr Grey called', cue: 'called', speaker: 'Mr Grey', content: 'the plan “a disgrace,”' },
      { text: 'adding', cue: 'adding', speaker: 'Mr Grey', content: 'that he would vote against it' },
    ],
  ],
  [
    'a sure cue with no speaker named',
    'Reportedly, the mayor sold the hotel.',
    [{ text: 'Reportedly', cue: 'Reportedly', content: 'the mayor sold the hotel' }],
  ],
  [
    'a cue word in a context where it is no cue',
    'A man named Okoro runs the shop.',
    [],
  ],
  [
    'a word read as a cue inside the content of an earlier cue is none',
    'Tenants say the new gate has added ten minutes to their walk.',
    [{ text: 'Tenants say', cue: 'say', speaker: 'Tenants', content: 'the new gate has added ten minutes to their walk' }],
  ],
  [
    'a pronoun takes the name after a description',
    'The ward is full, said the clinic’s head nurse, Lena Varga. “We have no beds,” she added.',
    [
      { text: 'said the clinic’s head nurse, Lena Varga', cue: 'said', speaker: 'the clinic’s head nurse, Lena Varga', content: 'The ward is full' },
    ],
  ],
  [
    'a pronoun takes the name before "of …", title kept',
    'Mrs. Lena Varga of the clinic said the ward was full. She added that no beds were left.',
    [
      { text: 'Mrs. Lena Varga of the clinic said', cue: 'said', speaker: 'Mrs. Lena Varga of the clinic', content: 'the ward was full' },
      { text: 'She added', cue: 'added', speaker: 'She', name: 'Mrs. Lena Varga', mention: 'Mrs. Lena Varga', content: 'that no beds were left' },
    ],
  ],
  [
    'a pronoun takes a surname before a description',
    'Varga, the clinic’s head nurse, said the ward was full. She added that no beds were left.',
    [
      { text: 'Varga, the clinic’s head nurse, said', cue: 'said', speaker: 'Varga, the clinic’s head nurse,', content: 'the ward was full' },
      { text: 'She added', cue: 'added', speaker: 'She', name: 'Varga', mention: 'Varga', content: 'that no beds were left' },
    ],
  ],
  [
    'a title that is how the article names the person stays in the name',
    'The vote was close, said Councillor Lena Varga, who chairs the board. She added that she would abstain.',
    [
      { text: 'said Councillor Lena Varga, who chairs the board', cue: 'said', speaker: 'Councillor Lena Varga, who chairs the board', content: 'The vote was close' },
      { text: 'She added', cue: 'added', speaker: 'She', name: 'Councillor Lena Varga', mention: 'Councillor Lena Varga', content: 'that she would abstain' },
    ],
  ],
  [
    'a phrase of time or place set off before the speaker says nothing: the content follows the cue',
    'In a video posted on Friday, the mayor criticized the pier plan.',
    [{ text: 'the mayor criticized', cue: 'criticized', speaker: 'the mayor', content: 'the pier plan' }],
  ],
  [
    'so does a participle phrase or a connective with an adverb',
    'Speaking on Friday, the mayor criticized the pier plan. More broadly, the tenants argue that the rent is too high.',
    [
      { text: 'the mayor criticized', cue: 'criticized', speaker: 'the mayor', content: 'the pier plan' },
      { text: 'the tenants argue', cue: 'argue', speaker: 'the tenants', content: 'that the rent is too high' },
    ],
  ],
  [
    'a clause before the speaker is what was said, whatever phrase of time follows',
    'In 2019 the ferry carried more people than ever, the harbour master said on Friday.',
    [{ text: 'the harbour master said', cue: 'said', speaker: 'the harbour master', content: 'In 2019 the ferry carried more people than ever' }],
  ],
  [
    'a passive cue: its subject is part of the content and the "by" phrase names the speaker',
    'The ferry has been criticized by the harbour trust for running late.',
    [
      {
        text: 'The ferry has been criticized by the harbour trust',
        cue: 'has been criticized',
        speaker: 'the harbour trust',
        content: 'The ferry has been criticized by the harbour trust for running late',
        parts: ['The ferry', 'for running late'],
      },
    ],
  ],
  [
    'so does a passive with "first" or "also" between its auxiliary and participle: the subject is no speaker',
    'The closure of the pier was first reported by the Harbour Gazette.',
    [
      {
        text: 'The closure of the pier was first reported by the Harbour Gazette',
        cue: 'was first reported',
        speaker: 'the Harbour Gazette',
        content: 'The closure of the pier',
      },
    ],
  ],
  [
    'a verb of seeming names no speaker: its subject and complement are the content',
    'The vote is widely expected to slip to May.',
    [{ text: 'The vote is widely expected', cue: 'is widely expected', content: 'The vote is widely expected to slip to May', parts: ['The vote', 'to slip to May'] }],
  ],
  [
    "a two-apostrophe quotation opening the sentence after ''…,'' X said. goes on with what X said",
    "''The pier will close,'' Mr. Hale said. ''We have no choice.'' The council meets on Monday.",
    [
      {
        text: 'Mr. Hale said',
        cue: 'said',
        speaker: 'Mr. Hale',
        content: "''The pier will close,'' Mr. Hale said. ''We have no choice.''",
        parts: ["''The pier will close,''", "''We have no choice.''"],
      },
    ],
  ],
  [
    'content ends at a spaced dash: what follows is the writer’s aside',
    'The mayor said the pier would reopen in May - a date the engineers doubt.',
    [{ text: 'The mayor said', cue: 'said', speaker: 'The mayor', content: 'the pier would reopen in May' }],
  ],
  [
    'a pair of dashes sets off an aside: what was said goes on after it',
    'The mayor said the ferry — and the bus — would run all night.',
    [{ text: 'The mayor said', cue: 'said', speaker: 'The mayor', content: 'the ferry — and the bus — would run all night' }],
  ],
  [
    'a clause joined by "and" before a later cue belongs to that cue',
    'The minister welcomed the report and then urged councils to act.',
    [
      { text: 'The minister welcomed', cue: 'welcomed', speaker: 'The minister', content: 'the report' },
      { text: 'The minister welcomed the report and then urged', cue: 'urged', speaker: 'The minister', content: 'councils to act' },
    ],
  ],
  [
    'a participle’s content ends where a later cue’s clause begins',
    'The mayor spoke at the depot, telling drivers that the routes would stay open, but the union warned that the plan would fail.',
    [
      { text: 'telling', cue: 'telling', speaker: 'The mayor', content: 'that the routes would stay open' },
      { text: 'the union warned', cue: 'warned', speaker: 'the union', content: 'that the plan would fail' },
    ],
  ],
  [
    'so does the content of a cue in the passive, with its subject',
    'It is expected to close in May and the council warned that fares would rise.',
    [
      { text: 'It is expected', cue: 'is expected', content: 'It is expected to close in May', parts: ['It', 'to close in May'] },
      { text: 'the council warned', cue: 'warned', speaker: 'the council', content: 'that fares would rise' },
    ],
  ],
  [
    'a relative pronoun before the speaker stands for part of what is said',
    'The mayor wants a new sea wall, which she said the port should pay for.',
    [{ text: 'she said', cue: 'said', speaker: 'she', content: 'which she said the port should pay for', parts: ['which', 'the port should pay for'] }],
  ],
  [
    'and is all of it when the cue closes the relative clause',
    'The plan has a levy, which the council opposes, and a toll.',
    [{ text: 'the council opposes', cue: 'opposes', speaker: 'the council', content: 'which' }],
  ],
  [
    'an attribution set off by commas after an opening phrase interrupts its content',
    'After the storm, the harbour master said, the pier was closed.',
    [{ text: 'the harbour master said', cue: 'said', speaker: 'the harbour master', content: 'After the storm, the harbour master said, the pier was closed', parts: ['After the storm', 'the pier was closed'] }],
  ],
  [
    'so does "according to X" set off by commas mid-sentence',
    'Ticket sales, according to the ferry company, fell by a third.',
    [{ text: 'according to the ferry company', cue: 'according to', speaker: 'the ferry company', content: 'Ticket sales, according to the ferry company, fell by a third', parts: ['Ticket sales', 'fell by a third'] }],
  ],
  [
    'content ends at a semicolon or ", which" outside quotation marks: the rest is the writer’s',
    'The mayor said the pier is unsafe; the council disagrees. She praised the plan, which the council drew up in May.',
    [
      { text: 'The mayor said', cue: 'said', speaker: 'The mayor', content: 'the pier is unsafe' },
      { text: 'She praised', cue: 'praised', speaker: 'She', name: 'The mayor', mention: 'The mayor', content: 'the plan' },
    ],
  ],
  [
    'a name closing a clause that has its own saying verb is talked about, not quoted: no colon attribution for it',
    'As the ferry trust notes in a reply to the council’s case against Jo Rees: “We were a small firm then.”',
    [],
  ],
  [
    'after an opening phrase and its comma, the clause right after the cue is what was said',
    'As for the old ferry, the captain said it would sail at noon.',
    [{ text: 'the captain said', cue: 'said', speaker: 'the captain', content: 'it would sail at noon' }],
  ],
  [
    'after an opening phrase and its dash or colon, the clause right after the cue is what was said',
    'Storm update: the harbour master urges crews to stay in port. The ferry dispute — the union says talks will resume on Monday.',
    [
      { text: 'the harbour master urges', cue: 'urges', speaker: 'the harbour master', content: 'crews to stay in port' },
      { text: 'the union says', cue: 'says', speaker: 'the union', content: 'talks will resume on Monday' },
    ],
  ],
  [
    'content ends at ", but" and a subject of its own; a "but" within the clause goes on with it',
    'The mayor said the pier was safe, but the ferry stayed in port. The clerk said the pier was old, but safe, and would stay open.',
    [
      { text: 'The mayor said', cue: 'said', speaker: 'The mayor', content: 'the pier was safe' },
      { text: 'The clerk said', cue: 'said', speaker: 'The clerk', content: 'the pier was old, but safe, and would stay open' },
    ],
  ],
  [
    'a clause before the speaker is what was said when only a time follows the cue',
    'The pier will close, the captain said on Friday, as the storm neared.',
    [{ text: 'the captain said', cue: 'said', speaker: 'the captain', content: 'The pier will close' }],
  ],
  [
    "a two-apostrophe quotation after ''…,'' X said, with a phrase about the saying, goes on with what X said",
    "''The pier will close,'' Jo Hale said on Friday, as the tide rose. ''We have no choice.'' The council meets on Monday.",
    [
      {
        text: 'Jo Hale said',
        cue: 'said',
        speaker: 'Jo Hale',
        content: "''The pier will close,'' Jo Hale said on Friday, as the tide rose. ''We have no choice.''",
        parts: ["''The pier will close,''", "''We have no choice.''"],
      },
    ],
  ],
  [
    "a two-apostrophe quotation goes on with what X said when that ended on a quotation: Y ''…,'' X said. ''…''",
    "Still, the old pier is ''not safe for anyone,'' Jo Hale said. ''We have no choice.''",
    [
      {
        text: 'Jo Hale said',
        cue: 'said',
        speaker: 'Jo Hale',
        content: "Still, the old pier is ''not safe for anyone,'' Jo Hale said. ''We have no choice.''",
        parts: ["Still, the old pier is ''not safe for anyone,''", "''We have no choice.''"],
      },
    ],
  ],
];

const quotes: [string, string, Seen[]][] = [
  [
    'a pronoun the speaker is cut down to ("what it called") names whom it refers to',
    'The harbour board pledged to impose fines as a deterrence to what it called “a clear threat to the port.”',
    [{ text: '“a clear threat to the port.”', cue: 'called', speaker: 'it', name: 'The harbour board', mention: 'The harbour board', content: '“a clear threat to the port.”', attribution: 'it called' }],
  ],
  [
    'a "she" after a title and its office ("Secretary of State Ana M. Ruiz") is the person named, not the title',
    'Secretary of State Ana M. Ruiz said the talks would resume. “We remain open to talks,” she said.',
    [{ text: '“We remain open to talks,”', cue: 'said', speaker: 'she', name: 'Ana M. Ruiz', mention: 'Ana M. Ruiz', content: '“We remain open to talks,”', attribution: 'she said' }],
  ],
  [
    'a "he" after a person named by their trade ("the radio host") is that person',
    '“Take the jokes off the air,” the radio host shouted. “They are cheap,” he said.',
    [
      { text: '“Take the jokes off the air,”', cue: 'shouted', speaker: 'the radio host', content: '“Take the jokes off the air,”', attribution: 'the radio host shouted' },
      { text: '“They are cheap,”', cue: 'said', speaker: 'he', name: 'the radio host', mention: 'the radio host', content: '“They are cheap,”', attribution: 'he said' },
    ],
  ],
  [
    'what a speaker reported from a source goes on to say ("she added") is reported from it too',
    'As Ms Okafor told her staff, according to the tribunal filing, the ledger was altered. “Nobody signed it,” she added, “and nobody asked.”',
    [
      {
        text: '“Nobody signed it,” she added, “and nobody asked.”',
        cue: 'added',
        speaker: 'she',
        name: 'Ms Okafor',
        mention: 'Ms Okafor',
        content: '“Nobody signed it,” she added, “and nobody asked.”',
        attribution: 'she added',
        parts: ['“Nobody signed it,”', '“and nobody asked.”'],
        reportedBy: 'according to the tribunal filing',
      },
    ],
  ],
  [
    'a new telling ("she told") or a new paragraph is no longer reported from the source',
    'As Ms Okafor told her staff, according to the tribunal filing, the ledger was altered. “Nobody signed it,” she told the station.\n\n“Nobody asked,” she added.',
    [
      { text: '“Nobody signed it,”', cue: 'told', speaker: 'she', name: 'Ms Okafor', mention: 'Ms Okafor', content: '“Nobody signed it,”', attribution: 'she told the station' },
      { text: '“Nobody asked,”', cue: 'added', speaker: 'she', name: 'Ms Okafor', mention: 'Ms Okafor', content: '“Nobody asked,”', attribution: 'she added' },
    ],
  ],
  [
    'an opening phrase before an apposition is no part of the speaker; the quote takes its attribution in',
    'In a letter to staff, her deputy, Jo Sule, said: “The ward will stay open.”',
    [{ text: '“The ward will stay open.”', cue: 'said:', speaker: 'her deputy, Jo Sule,', content: '“The ward will stay open.”', attribution: 'her deputy, Jo Sule, said:' }],
  ],
  [
    'a pronoun after a description takes the name; its quote is one claim with its attribution',
    'The ward is full, said the clinic’s head nurse, Lena Varga. “We have no beds,” she added.',
    [{ text: '“We have no beds,”', cue: 'added', speaker: 'she', name: 'Lena Varga', mention: 'Lena Varga', content: '“We have no beds,”', attribution: 'she added' }],
  ],
  [
    'a quote and its attribution are one finding: no attribution finding is left',
    '“The lock gates failed twice,” the harbour master said.',
    [{ text: '“The lock gates failed twice,”', cue: 'said', speaker: 'the harbour master', content: '“The lock gates failed twice,”', attribution: 'the harbour master said' }],
  ],
  [
    'a partial quote inside a paraphrase stays a quote beside its attribution',
    'The mayor said the tender was “rushed through in a week” by the board.',
    [{ text: '“rushed through in a week”', cue: 'said', speaker: 'The mayor', content: '“rushed through in a week”' }],
  ],
  [
    'a term in quotes inside someone’s words is nobody’s quote',
    'The inspector said the firm had drawn up a “recovery plan” with the council.',
    [],
  ],
  [
    'a title in quotes is nobody’s quote, with or without a cue around it',
    'She said the play “Sons of the Tide” would open in May. Critics praised “The Long Harbour Road” too.',
    [],
  ],
  [
    'a one-word reply with its attribution after it is a quote',
    '“Never,” the minister replied.',
    [{ text: '“Never,”', cue: 'replied', speaker: 'the minister', content: '“Never,”', attribution: 'the minister replied' }],
  ],
  [
    'an interrupted quote with emoji and curly quotes keeps exact offsets',
    '🚢 Port news. “The crane 🏗️ is fixed,” said Ana Ruiz, “and back in use.”',
    [{ text: '“The crane 🏗️ is fixed,” said Ana Ruiz, “and back in use.”', cue: 'said', speaker: 'Ana Ruiz', content: '“The crane 🏗️ is fixed,” said Ana Ruiz, “and back in use.”', attribution: 'said Ana Ruiz', parts: ['“The crane 🏗️ is fixed,”', '“and back in use.”'] }],
  ],
  [
    'split quote with a pronoun speaker resolved to the earlier name',
    'Mr Adeyemi ran the yard. As Mr Adeyemi told the board, costs had doubled.\n“We tried,” he added, “to warn them.”',
    [{ text: '“We tried,” he added, “to warn them.”', cue: 'added', speaker: 'he', name: 'Mr Adeyemi', mention: 'Mr Adeyemi', content: '“We tried,” he added, “to warn them.”', attribution: 'he added', parts: ['“We tried,”', '“to warn them.”'] }],
  ],
  [
    'straight quotes, speaker after the quote; what someone called a thing is their word',
    '"The roof leaks," said Dana Reyes. The firm called it a "minor issue".',
    [
      { text: '"The roof leaks,"', cue: 'said', speaker: 'Dana Reyes', content: '"The roof leaks,"', attribution: 'said Dana Reyes' },
      { text: '"minor issue"', cue: 'called', speaker: 'The firm', content: '"minor issue"' },
    ],
  ],
  [
    'words quoted as a term, with no speaker, are no quote',
    'The deal was a “fresh start” for the town.',
    [],
  ],
  [
    'a quote over several sentences, its cue after it',
    '“We lost the vote. We will appeal,” the union said.',
    [{ text: '“We lost the vote. We will appeal,”', cue: 'said', speaker: 'the union', content: '“We lost the vote. We will appeal,”', attribution: 'the union said' }],
  ],
  [
    'a question ends its sentence before the cue',
    '“Is the bridge safe?” a resident asked.',
    [{ text: '“Is the bridge safe?”', cue: 'asked', speaker: 'a resident', content: '“Is the bridge safe?”', attribution: 'a resident asked' }],
  ],
  [
    'a description after "said Name" is not content: it is part of the speaker, as before the cue',
    '“The queue was long,” said Jo Park, 41, of Leeds.',
    [{ text: '“The queue was long,”', cue: 'said', speaker: 'Jo Park, 41, of Leeds', content: '“The queue was long,”', attribution: 'said Jo Park, 41, of Leeds' }],
  ],
  [
    'an opening phrase before "X added, “…”" is not content',
    'On the harbour, the pilot added, “We need more tugs.”',
    [{ text: '“We need more tugs.”', cue: 'added', speaker: 'the pilot', content: '“We need more tugs.”', attribution: 'the pilot added' }],
  ],
  [
    'two speakers in one sentence each keep their own quotation',
    '"The fees are fair," she said, but after the vote, "We will review them," said Ana Ruiz.',
    [
      { text: '"The fees are fair,"', cue: 'said', speaker: 'she', content: '"The fees are fair,"', attribution: 'she said' },
      { text: '"We will review them,"', cue: 'said', speaker: 'Ana Ruiz', content: '"We will review them,"', attribution: 'said Ana Ruiz' },
    ],
  ],
  [
    'a participle after "X said," is not content, and a long tail does not move the content',
    '“Fine,” she said, smiling at the crowd. “We lost. We will not lose again,” Ms Tan said in May after the count ended badly.',
    [
      { text: '“Fine,”', cue: 'said', speaker: 'she', content: '“Fine,”', attribution: 'she said' },
      { text: '“We lost. We will not lose again,”', cue: 'said', speaker: 'Ms Tan', content: '“We lost. We will not lose again,”', attribution: 'Ms Tan said' },
    ],
  ],
  [
    'a phrase about the saying after "X said," is not content',
    '“Stay calm,” she said, in a message to parents.',
    [{ text: '“Stay calm,”', cue: 'said', speaker: 'she', content: '“Stay calm,”', attribution: 'she said' }],
  ],
  [
    'a full stop ends the sentence before a short "X said."',
    '“The vote was fair.” Mr Lund said.',
    [{ text: '“The vote was fair.”', cue: 'said', speaker: 'Mr Lund', content: '“The vote was fair.”', attribution: 'Mr Lund said' }],
  ],
  [
    'a following quote with no cue continues the last speaker',
    '“The wall is cracked,” the engineer said. “It must come down before winter.”',
    [{ text: '“The wall is cracked,” the engineer said. “It must come down before winter.”', cue: 'said', speaker: 'the engineer', content: '“The wall is cracked,” the engineer said. “It must come down before winter.”', attribution: 'the engineer said', parts: ['“The wall is cracked,”', '“It must come down before winter.”'] }],
  ],
  [
    'a continuation after a pronoun keeps the pronoun as its speaker and the name as its mention',
    'Ms Ito runs the mill. “Orders fell,” she said. “We cut two shifts in March.”',
    [{ text: '“Orders fell,” she said. “We cut two shifts in March.”', cue: 'said', speaker: 'she', name: 'Ms Ito', mention: 'Ms Ito', content: '“Orders fell,” she said. “We cut two shifts in March.”', attribution: 'she said', parts: ['“Orders fell,”', '“We cut two shifts in March.”'] }],
  ],
  [
    'a pronoun resolves to the full name at the end of a described speaker',
    'Harbour engineer Ines Duarte said the pier was sound. “It will hold,” she said.',
    [{ text: '“It will hold,”', cue: 'said', speaker: 'she', name: 'Ines Duarte', mention: 'Ines Duarte', content: '“It will hold,”', attribution: 'she said' }],
  ],
  [
    'a speaker described after the name is remembered by the name',
    '“The dock is safe,” said Ana Lopes, the harbour’s chief engineer. “It will hold,” she added.',
    [
      { text: '“The dock is safe,”', cue: 'said', speaker: 'Ana Lopes, the harbour’s chief engineer', content: '“The dock is safe,”', attribution: 'said Ana Lopes, the harbour’s chief engineer' },
      { text: '“It will hold,”', cue: 'added', speaker: 'she', name: 'Ana Lopes', mention: 'Ana Lopes', content: '“It will hold,”', attribution: 'she added' },
    ],
  ],
  [
    'colon cue and a quote introduced by "As X notes"',
    'As the ferry company notes in its reply to the regulator: “Sailings were cut by half.”',
    [{ text: '“Sailings were cut by half.”', cue: 'notes', speaker: 'the ferry company', content: '“Sailings were cut by half.”', attribution: 'As the ferry company notes' }],
  ],
  [
    'what was said ends at a quotation closed by its own exclamation mark or full stop',
    'The councillor shouted “Shame on you!” at the harbour master. The clerk wrote “We are closing.” and then locked the office.',
    [
      { text: '“Shame on you!”', cue: 'shouted', speaker: 'The councillor', content: '“Shame on you!”', attribution: 'The councillor shouted' },
      { text: '“We are closing.”', cue: 'wrote', speaker: 'The clerk', content: '“We are closing.”', attribution: 'The clerk wrote' },
    ],
  ],
  [
    'the subject of a clause before a colon speaks the quotation after it',
    'The senator was blunt: “We will not fund it.” In a radio interview, Ruiz went further: “The port is finished.”',
    [
      { text: '“We will not fund it.”', cue: 'was blunt:', speaker: 'The senator', content: '“We will not fund it.”', attribution: 'The senator was blunt:' },
      { text: '“The port is finished.”', cue: 'went further:', speaker: 'Ruiz', content: '“The port is finished.”', attribution: 'Ruiz went further:' },
    ],
  ],
  [
    'a colon after a clause with no one to speak it credits nobody',
    'The rules are simple: “No dogs on the pier.” There was one question: “Who pays for the repairs?”',
    [
      { text: '“No dogs on the pier.”', content: '“No dogs on the pier.”' },
      { text: '“Who pays for the repairs?”', content: '“Who pays for the repairs?”' },
    ],
  ],
  [
    'a quotation going on in lower case after "said X, a description," is the rest of the same quote',
    '“We will win,” said Ana Ruiz, a port official, “and we will build the pier.”',
    [{ text: '“We will win,” said Ana Ruiz, a port official, “and we will build the pier.”', cue: 'said', speaker: 'Ana Ruiz', content: '“We will win,” said Ana Ruiz, a port official, “and we will build the pier.”', attribution: 'said Ana Ruiz', parts: ['“We will win,”', '“and we will build the pier.”'] }],
  ],
  [
    'a headline’s single-marked quotation after "Name:" is that name’s quote; elsewhere ’ stays an apostrophe',
    'Ana Ruiz: ‘The Pier Won’t Wait’\n\nThe board’s ‘review’ of the pier’s costs went on.',
    [{ text: '‘The Pier Won’t Wait’', cue: ':', speaker: 'Ana Ruiz', content: '‘The Pier Won’t Wait’', attribution: 'Ana Ruiz:' }],
  ],
  [
    'after a quotation closed by its comma, a place after "X told Y" is not what was said',
    '“The campaign goes on,” Ana Ruiz told a crowd in Berea, Ohio, on Monday night.',
    [{ text: '“The campaign goes on,”', cue: 'told', speaker: 'Ana Ruiz', content: '“The campaign goes on,”', attribution: 'Ana Ruiz told a crowd in Berea' }],
  ],
  [
    'a quotation after "X told Y in Fort Mill, S.C." goes on with the first, past the abbreviation',
    '“We won,” Ruiz told reporters after a forum in Fort Mill, S.C. “Now we build the pier.”',
    [{ text: '“We won,” Ruiz told reporters after a forum in Fort Mill, S.C. “Now we build the pier.”', cue: 'told', speaker: 'Ruiz', content: '“We won,” Ruiz told reporters after a forum in Fort Mill, S.C. “Now we build the pier.”', attribution: 'Ruiz told reporters', parts: ['“We won,”', '“Now we build the pier.”'] }],
  ],
  [
    'a speaker named after a present-tense cue right after the quotation is its speaker',
    '"I am a voter," declares Ana Ruiz, a nurse from Leeds.',
    [{ text: '"I am a voter,"', cue: 'declares', speaker: 'Ana Ruiz, a nurse from Leeds', content: '"I am a voter,"', attribution: 'declares Ana Ruiz, a nurse from Leeds' }],
  ],
  [
    'after a quotation closed by its comma, the name beside a verb the lexicon does not know speaks it, and the next quotation too',
    '“The pier will open on time,” the harbour master beamed. “Nobody doubted it.” “Not one week late!” chortled Ana Ruiz of Leeds.',
    [
      { text: '“The pier will open on time,”', speaker: 'the harbour master', name: 'the harbour master', mention: 'the harbour master', content: '“The pier will open on time,”' },
      { text: '“Nobody doubted it.”', speaker: 'the harbour master', name: 'the harbour master', mention: 'the harbour master', content: '“Nobody doubted it.”' },
      { text: '“Not one week late!”', speaker: 'Ana Ruiz', name: 'Ana Ruiz', mention: 'Ana Ruiz', content: '“Not one week late!”' },
    ],
  ],
  [
    'the saying verb after a quotation, not the colon before it, is its cue',
    'The mayor was blunt: “We sail at dawn or not at all,” she said.',
    [{ text: '“We sail at dawn or not at all,”', cue: 'said', speaker: 'she', name: 'The mayor', mention: 'The mayor', content: '“We sail at dawn or not at all,”', attribution: 'she said' }],
  ],
  [
    'a sentence of narrative after a quotation closed by its full stop is no attribution of it',
    'Ms Ode said the harbour has “never looked better.” She praised the new pier, the lights and the crane.',
    [{ text: '“never looked better.”', cue: 'said', speaker: 'Ms Ode', content: '“never looked better.”' }],
  ],
  [
    'a participle after "X said," takes X and the quotation after it',
    'The ferry will run next week, Ms Tan said, adding, “We need one more crew first.”',
    [{ text: '“We need one more crew first.”', cue: 'adding', speaker: 'Ms Tan', content: '“We need one more crew first.”', attribution: 'adding' }],
  ],
  [
    'a participle after "before" takes the speaker of its clause',
    '“The fares stay as they are,” Ms Tan said before adding: “The timetable does not.”',
    [
      { text: '“The fares stay as they are,”', cue: 'said', speaker: 'Ms Tan', content: '“The fares stay as they are,”', attribution: 'Ms Tan said' },
      { text: '“The timetable does not.”', cue: 'adding:', speaker: 'Ms Tan', content: '“The timetable does not.”', attribution: 'adding:' },
    ],
  ],
  [
    'a quotation left open to run on into the next paragraph is its attribution’s, last stop and all',
    'Ms Tan said: “The pier is safe. The crane is new.\n\n“It opens in May.”',
    [
      { text: '“The pier is safe. The crane is new.', cue: 'said:', speaker: 'Ms Tan', content: '“The pier is safe. The crane is new.', attribution: 'Ms Tan said:' },
      { text: '“It opens in May.”', speaker: 'Ms Tan', name: 'Ms Tan', mention: 'Ms Tan', content: '“It opens in May.”' },
    ],
  ],
  [
    'a colon after a clause that ends on a person credits that person',
    'The turnout does not surprise harbour historian Jo Rees: “Ferry towns always vote early.”',
    [{ text: '“Ferry towns always vote early.”', cue: ':', speaker: 'Jo Rees', content: '“Ferry towns always vote early.”', attribution: 'Jo Rees:' }],
  ],
  [
    'a verb and colon lead into the quotation after them, whatever quotation stood before',
    'Granting that the pier might open “some day” she warned: “It will not be this year.”',
    [{ text: '“It will not be this year.”', cue: 'warned:', speaker: 'she', content: '“It will not be this year.”', attribution: 'she warned:' }],
  ],
  [
    'a possessive apostrophe inside an apposition is part of the speaker',
    '“The count is final,” Ana Ruiz, the dockers\' union secretary, said in a statement.',
    [{ text: '“The count is final,”', cue: 'said in a statement', speaker: 'Ana Ruiz, the dockers\' union secretary,', content: '“The count is final,”', attribution: 'Ana Ruiz, the dockers\' union secretary, said in a statement' }],
  ],
  [
    'a quotation opening the sentence after "…, X said." goes on with X, not with the speaker quoted before',
    '“The pier is safe,” Jo Bell said. The council met on Monday, its clerk said. “Nobody came.”',
    [
      { text: '“The pier is safe,”', cue: 'said', speaker: 'Jo Bell', content: '“The pier is safe,”', attribution: 'Jo Bell said' },
      { text: '“Nobody came.”', speaker: 'its clerk', name: 'its clerk', mention: 'its clerk', content: '“Nobody came.”' },
    ],
  ],
  [
    'so does a quotation opening the paragraph after it',
    'The pier will open in May, Ms Tan said.\n\n“We are ready for it.”',
    [{ text: '“We are ready for it.”', speaker: 'Ms Tan', name: 'Ms Tan', mention: 'Ms Tan', content: '“We are ready for it.”' }],
  ],
  [
    'a paragraph that ends on "X wrote:" leads into X’s quotation in the next, whoever was quoted before',
    '“The pier is safe,” Jo Bell said.\n\nThe harbour trust said in a statement:\n\n“Repairs take ten weeks.”\n\nIts chair Ana Ruiz wrote:\n\n“We will reopen in May.”',
    [
      { text: '“The pier is safe,”', cue: 'said', speaker: 'Jo Bell', content: '“The pier is safe,”', attribution: 'Jo Bell said' },
      { text: '“Repairs take ten weeks.”', speaker: 'The harbour trust', name: 'The harbour trust', mention: 'The harbour trust', content: '“Repairs take ten weeks.”' },
      { text: '“We will reopen in May.”', speaker: 'Its chair Ana Ruiz', name: 'Its chair Ana Ruiz', mention: 'Its chair Ana Ruiz', content: '“We will reopen in May.”' },
    ],
  ],
  [
    'a sentence opening on "Said X, a description," leads into X’s quotation',
    'The ferry left at dawn. Said Ana Ruiz, who has sailed it for years, “It never once ran late.”',
    [{ text: '“It never once ran late.”', speaker: 'Ana Ruiz', name: 'Ana Ruiz', mention: 'Ana Ruiz', content: '“It never once ran late.”' }],
  ],
  [
    'a past-tense verb after a quotation closed by its full stop, or after "followed", names no speaker',
    '“The pier is shut.” The harbour master walked off. “Closed for good,” followed a long pause.',
    [
      { text: '“The pier is shut.”', content: '“The pier is shut.”' },
      { text: '“Closed for good,”', content: '“Closed for good,”' },
    ],
  ],
  [
    'the second part of a quotation its speaker interrupts is the same speaker’s, whatever the verb',
    '“Everything you said and everything I said,” the clerk exclaimed, “has plainly overlapped.”',
    [
      { text: '“Everything you said and everything I said,”', speaker: 'the clerk', name: 'the clerk', mention: 'the clerk', content: '“Everything you said and everything I said,”' },
      { text: '“has plainly overlapped.”', speaker: 'the clerk', name: 'the clerk', mention: 'the clerk', content: '“has plainly overlapped.”' },
    ],
  ],
  [
    'a quotation after a clause of narrative is not the first speaker’s going on: the crowd chanting it speaks it',
    '“Fine,” she said, as the crowd shouted “Go home now, all of you.”',
    [
      { text: '“Fine,”', cue: 'said', speaker: 'she', content: '“Fine,”', attribution: 'she said' },
      { text: '“Go home now, all of you.”', cue: 'shouted', speaker: 'the crowd', content: '“Go home now, all of you.”', attribution: 'as the crowd shouted' },
    ],
  ],
  [
    'a speaker named after an earlier cue of the sentence never reaches back over it',
    '“Fine,” she said, as the dockers shouted “Shut the gates now.”',
    [
      { text: '“Fine,”', cue: 'said', speaker: 'she', content: '“Fine,”', attribution: 'she said' },
      { text: '“Shut the gates now.”', cue: 'shouted', speaker: 'the dockers', content: '“Shut the gates now.”', attribution: 'as the dockers shouted' },
    ],
  ],
  [
    'a quotation closed by its comma is all that was said when no other quotation follows: the rest is the writer’s',
    'According to the harbour master, “The old pier is safer than the new one,” presumably meaning the ferry will stay.',
    [{ text: '“The old pier is safer than the new one,”', cue: 'According to', speaker: 'the harbour master', content: '“The old pier is safer than the new one,”', attribution: 'According to the harbour master' }],
  ],
  [
    'a relative clause goes on past a comma that leads into its quotation',
    'The backing came from Jo Lee, who declared in the harbour hall, “I am sending the signal that it is time to unite.”',
    [{ text: '“I am sending the signal that it is time to unite.”', cue: 'declared', speaker: 'who', name: 'Jo Lee', mention: 'Jo Lee', content: '“I am sending the signal that it is time to unite.”', attribution: 'who declared' }],
  ],
  [
    'an inch mark inside a quotation does not close it',
    '“The new skipper is tall. He is like 6’4”,” Ruiz said at the quay. “Which is why he ducks.”',
    [
      { text: '“The new skipper is tall. He is like 6’4”,”', cue: 'said', speaker: 'Ruiz', content: '“The new skipper is tall. He is like 6’4”,”', attribution: 'Ruiz said' },
      { text: '“Which is why he ducks.”', speaker: 'Ruiz', name: 'Ruiz', mention: 'Ruiz', content: '“Which is why he ducks.”' },
    ],
  ],
  [
    '"since" between the auxiliary and the verb belongs to the cue, so the speaker before it is found',
    'The mayor has since apologized for what happened: “Yes, I should have used two contractors.”',
    [{ text: '“Yes, I should have used two contractors.”', cue: 'has since apologized for', speaker: 'The mayor', content: '“Yes, I should have used two contractors.”', attribution: 'The mayor has since apologized for' }],
  ],
  [
    'a phrase of time with an adverb before it is no part of what was said',
    'Shortly after the storm, the mayor issued a statement, “Last night, our town was hit by the worst flood in memory.”',
    [{ text: '“Last night, our town was hit by the worst flood in memory.”', cue: 'issued a statement', speaker: 'the mayor', content: '“Last night, our town was hit by the worst flood in memory.”', attribution: 'the mayor issued a statement' }],
  ],
  [
    'after a quotation and its attribution, an "and" clause with a subject of its own is narrative, not more of what was said',
    '“Tell her I kept a seat for you,” Ruiz said, and her husband cut in.',
    [{ text: '“Tell her I kept a seat for you,”', cue: 'said', speaker: 'Ruiz', content: '“Tell her I kept a seat for you,”', attribution: 'Ruiz said' }],
  ],
  [
    'a thing that says a quotation is its speaker, "that" as named there',
    'The old page was replaced by a message that said, “Sorry, but the ferry timetable you asked for is gone.”',
    [{ text: '“Sorry, but the ferry timetable you asked for is gone.”', cue: 'said', speaker: 'that', name: 'a message', mention: 'a message', content: '“Sorry, but the ferry timetable you asked for is gone.”', attribution: 'that said' }],
  ],
  [
    '"in X’s words" credits the quotation after it to X; "in other words" credits no one',
    'The hall was full because, in the Gazette’s words, “nobody wanted to miss the vote.” In other words, “the plan is dead.”',
    [
      { text: '“nobody wanted to miss the vote.”', speaker: 'the Gazette', name: 'the Gazette', mention: 'the Gazette', content: '“nobody wanted to miss the vote.”' },
      { text: '“the plan is dead.”', content: '“the plan is dead.”' },
    ],
  ],
  [
    'a participle’s speaker is the subject after the phrases of time and place that open the sentence',
    'In a speech at the harbour, Mayor Jo Lee rallied the crowd, saying: “We will rebuild.”',
    [{ text: '“We will rebuild.”', cue: 'saying:', speaker: 'Mayor Jo Lee', content: '“We will rebuild.”', attribution: 'saying:' }],
  ],
  [
    'so is the speaker of a verb joined by "and" after them',
    'On Thursday, Jo Lee appeared with the host and endorsed Ruiz, saying, “She is the fighter we need.”',
    [{ text: '“She is the fighter we need.”', cue: 'saying', speaker: 'Jo Lee', content: '“She is the fighter we need.”', attribution: 'saying' }],
  ],
  [
    'and after a fronted "when asked …" clause',
    'When asked whether the ferry would run on Sunday, the skipper laughed and said, “We will see.”',
    [{ text: '“We will see.”', cue: 'said', speaker: 'the skipper', content: '“We will see.”', attribution: 'the skipper laughed and said' }],
  ],
  [
    '"As X, a description, put it" names X and the description as the speaker',
    'As Jo Lee, the harbour master, put it: “Nobody will sail this year.”',
    [{ text: '“Nobody will sail this year.”', cue: 'put it:', speaker: 'Jo Lee, the harbour master,', content: '“Nobody will sail this year.”', attribution: 'As Jo Lee, the harbour master, put it:' }],
  ],
  [
    'a quote across a soft line break in Markdown',
    'The clerk said: “The minutes were\nrewritten later.”',
    [{ text: '“The minutes were\nrewritten later.”', cue: 'said:', speaker: 'The clerk', content: '“The minutes were\nrewritten later.”', attribution: 'The clerk said:' }],
  ],
];

describe('attributions', () => {
  it('a participle after "by" is said by the clause’s subject, not by the words before it', () => {
    const text = 'Mayor Lee has made no secret of her anger. In recent days, she has sought to win back the initiative by pledging that rents would be frozen and trying to meet angry tenants.';
    const pledging = findingsOf(text, 'attribution').find((seen) => seen.cue === 'pledging');
    assert.equal(pledging?.speaker, 'she');
  });

  it('a preposition or an article alone is no speaker', () => {
    const speakers = findingsOf('The mayor pressured the board to act by threatening its funding.', 'attribution').map((seen) => seen.speaker);
    assert.ok(!speakers.includes('by'), `speakers: ${speakers.join(', ')}`);
    assert.ok(speakers.includes('The mayor'));
  });

  for (const [name, text, expected] of attributions) {
    it(name, () => assert.deepEqual(findingsOf(text, 'attribution'), expected));
  }
});

describe('a "that" after the cue', () => {
  it('starts the content after a phrase about the saying, not after a clause of the speaker’s own', () => {
    assert.equal(findingsOf('The mayor said on Monday that the pier would close.', 'attribution')[0].content, 'that the pier would close');
    const text = 'The mayor said she had spoken with the ferry company about claims that the pier was unsafe.';
    assert.equal(findingsOf(text, 'attribution')[0].content, 'she had spoken with the ferry company about claims that the pier was unsafe');
  });

  it('starts the content after the cue when a clause with a verb of its own stands before the "that"', () => {
    const named = 'The harbour master said Councillor Ana Reyes of the port board assured the crews that the pier would reopen.';
    assert.equal(findingsOf(named, 'attribution')[0].content, 'Councillor Ana Reyes of the port board assured the crews that the pier would reopen');
    const plural = 'Dock workers said the two cranes at the east dock were tested and that the pier would reopen.';
    assert.equal(findingsOf(plural, 'attribution')[0].content, 'the two cranes at the east dock were tested and that the pier would reopen');
    // A phrase of where it was said, or a listener named, is no clause: "that" still opens the content.
    assert.equal(findingsOf('The mayor said in a long radio interview on Monday night that the pier would close.', 'attribution')[0].content, 'that the pier would close');
    assert.equal(findingsOf('The mayor told Harbour Radio that the pier would close.', 'attribution')[0].content, 'that the pier would close');
  });
});

describe('a cue inside a clause that opens the sentence', () => {
  it('says only what that clause holds: its comma ends the content', () => {
    assert.equal(findingsOf('While the mayor said the pier was safe, the ferry stayed in port.', 'attribution')[0].content, 'the pier was safe');
    assert.equal(findingsOf('If the captain says the sea is calm, we sail at dawn.', 'attribution')[0].content, 'the sea is calm');
    // A comma before the speaker closes the opening clause first: the cue is the sentence's own.
    assert.equal(findingsOf('When the bell rang, she said the shop would open late.', 'attribution')[0].content, 'the shop would open late');
  });

  it('leaves a comma that opens a quotation to the quotation', () => {
    const text = 'When the judge returned he began by saying, “I do not think the fine is fair.”';
    assert.deepEqual(findingsOf(text, 'attribution'), []);
    const [quote] = findingsOf(text, 'quote');
    assert.deepEqual([quote.cue, quote.speaker], ['began by saying', 'he']);
  });
});

describe('the content of a cue with no speaker', () => {
  it('ends where a later cue’s clause begins', () => {
    const text = 'Reportedly, the ferry lost money and the council warned that fares would rise.';
    const reportedly = findingsOf(text, 'attribution').find((found) => found.cue === 'Reportedly');
    assert.equal(reportedly?.content, 'the ferry lost money');
  });
});

describe('quotes', () => {
  for (const [name, text, expected] of quotes) {
    it(name, () => assert.deepEqual(findingsOf(text, 'quote', 'markdown'), expected));
  }
});

describe('an emoji opening the paragraph', () => {
  it('is no part of the speaker', () => {
    assert.deepEqual(findingsOf('🚨 Tomas Berg said the lock gates were rusting.', 'attribution'), [
      { text: 'Tomas Berg said', cue: 'said', speaker: 'Tomas Berg', content: 'the lock gates were rusting' },
    ]);
  });

  it('does not part a quote from its attribution', () => {
    for (const text of ['📢 “The gates are rusting,” said Tomas Berg.', '👉🏽 Tomas Berg, the lock keeper, said: “The gates are rusting.”']) {
      const [quote, ...rest] = analyze(text).filter((finding) => finding.kind === 'quote' || finding.kind === 'attribution');
      assert.equal(rest.length, 0, text);
      assert.equal(quote.kind, 'quote', text);
      assert.match(text.slice(quote.speaker!.start, quote.speaker!.end), /^Tomas Berg/, text);
    }
  });
});

describe('offsets land exactly', () => {
  const sentence = '“Prices rose,” the baker said.';
  for (const [name, prefix] of [
    ['after emoji', '🍞🥐 Bakery news. '],
    ['after CJK', '東京の記事。 '],
    ['after CRLF lines', 'First line.\r\n\r\nSecond line.\r\n'],
  ]) {
    it(name, () => {
      const text = prefix + sentence;
      assert.deepEqual(findingsOf(text, 'quote'), [{ text: '“Prices rose,”', cue: 'said', speaker: 'the baker', content: '“Prices rose,”', attribution: 'the baker said' }]);
    });
  }
});

describe('Markdown markup is not prose', () => {
  it('ignores code blocks, inline code and link targets', () => {
    const text = 'See [the filing](https://example.org/"said"/x) today.\n\n```\n“Not a quote,” he said.\n```\n\nUse `“code,” she said` here.';
    assert.deepEqual(findingsOf(text, 'quote', 'markdown'), []);
    assert.deepEqual(findingsOf(text, 'attribution', 'markdown'), []);
  });
});
