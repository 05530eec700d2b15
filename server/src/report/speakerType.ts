// Whether a named speaker is a person or an organisation, for schema.org's `author` type.
import organisationWords from './organisationWords.json';

const ORGANISATION_WORDS = new Set(organisationWords.words);

export function speakerType(name: string): 'Person' | 'Organization' {
  const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => ORGANISATION_WORDS.has(word)) ? 'Organization' : 'Person';
}
