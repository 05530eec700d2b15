// The direct quotes the eval reads from relations whole, beside the corpus's piece-by-piece ones.
import assert from 'node:assert/strict';
import type { CorpusDocument, CorpusRelation } from '../../../scripts/eval/corpus';
import { joinedDirectQuotes } from '../../../scripts/eval/joinedQuotes';

/** A document whose one relation has the given pieces of `text` as its content. */
function documentWith(text: string, pieces: string[], directQuote: string[] = []): CorpusDocument {
  const at = (words: string): [number, number] => [text.indexOf(words), text.indexOf(words) + words.length];
  const relation: CorpusRelation = { id: 'R1', source: [], cue: [], content: pieces.map(at), no_source: false, direct_quote: directQuote.length > 0 };
  const spans = directQuote.map((words) => ({ start: at(words)[0], end: at(words)[1], kind: 'direct_quote' }));
  return { id: 'd', text, spans, relations: [relation] };
}

function quotes(document: CorpusDocument): string[] {
  return joinedDirectQuotes(document).map((range) => document.text.slice(range.start, range.end));
}

describe('eval: direct quotes read whole', () => {
  it('joins a quotation marked sentence by sentence into one direct quote', () => {
    const text = 'Ms Tan said: “The pier is safe. It opens in May. Come and see.” Then she left.';
    assert.deepEqual(quotes(documentWith(text, ['“The pier is safe.', 'It opens in May.', 'Come and see.”'])), ['“The pier is safe. It opens in May. Come and see.”']);
  });

  it('keeps the corpus’s own direct quotes, and parts split by their attribution apart', () => {
    const text = '“The pier is safe,” Ms Tan said, “and it opens in May.”';
    const parts = ['“The pier is safe,”', '“and it opens in May.”'];
    assert.deepEqual(quotes(documentWith(text, parts, parts)), parts);
  });

  it('does not join two quotations side by side, nor a paraphrase that ends in a quotation', () => {
    const text = 'The crowd chanted “Open the pier.” “Open it now.” She said the pier was “safe.”';
    assert.deepEqual(quotes(documentWith(text, ['“Open the pier.”', '“Open it now.”'])), []);
    assert.deepEqual(quotes(documentWith(text, ['the pier was', '“safe.”'])), []);
  });
});
