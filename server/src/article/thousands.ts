// Counts in messages, with commas between thousands ("9,900,000"), as toLocaleString('en') writes
// them but without it: its first call loads the ICU locale data, 30–110 ms on a loaded machine, and
// the first such message is shown at the end of a long article's open (or on a refused one), when
// every other request is waiting behind it.

/** A whole number with commas between its thousands. */
export function thousands(count: number): string {
  const digits = String(Math.trunc(Math.abs(count)));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return count < 0 ? `-${grouped}` : grouped;
}
