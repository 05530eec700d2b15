// A cue form's stem: its first word without its inflection ("conceded to" → "conced to"), so that
// the forms of one verb share what is learnt or mined of them. The suffix rule is crude on purpose;
// `irregular` gives the stems of forms it cannot reach ("said" → "say").

export function formStem(form: string, irregular: Readonly<Record<string, string>>): string {
  const [head, ...rest] = form.split(' ');
  const base = irregular[head] ?? head.replace(/(?:ing|ed|es|s|e)$/, '').replace(/([^aeiou])\1$/, '$1');
  return [base, ...rest].join(' ');
}
