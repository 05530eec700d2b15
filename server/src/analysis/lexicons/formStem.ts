// A cue form's stem: its first word without its inflection ("conceded to" → "conced to"), so that
// the forms of one verb share what is learnt or mined of them. The suffix rule is crude on purpose;
// `irregular` gives the stems of forms it cannot reach ("said" → "say").

export function formStem(form: string, irregular: Readonly<Record<string, string>>): string {
  const [head, ...rest] = form.split(' ');
  const base = irregular[head] ?? head.replace(/(?:ing|ed|es|s|e)$/, '').replace(/([^aeiou])\1$/, '$1');
  return [base, ...rest].join(' ');
}

/** formStem with `irregular`, each form stemmed once: forms and words repeat (at most 100,000 kept, for odd texts). */
export function cachedFormStem(irregular: Readonly<Record<string, string>>): (form: string) => string {
  const stems = new Map<string, string>();
  return (form) => {
    let stem = stems.get(form);
    if (stem === undefined) {
      stem = formStem(form, irregular);
      if (stems.size < 100_000) stems.set(form, stem);
    }
    return stem;
  };
}
