// Dates as a reader reads them ("1 December 2026, 10:19"), in the checker's locale and time zone,
// instead of ISO 8601 with milliseconds. The ledger and the JSON report keep ISO: this is display.

export interface DateStyle {
  /** A BCP 47 tag ("en-GB", "de"); the runtime's default when absent or not supported. */
  locale?: string;
  /** An IANA zone ("Europe/Berlin"); the machine's when absent. */
  timeZone?: string;
}

// Building a formatter costs far more than using one, and a report formats a date per entry.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, withTime: boolean): Intl.DateTimeFormat {
  const key = `${style.locale ?? ''}\u0000${style.timeZone ?? ''}\u0000${withTime}`;
  let known = formatters.get(key);
  if (!known) {
    // Settings and clients name few locales and zones; the cache is dropped should one name many.
    if (formatters.size >= 64) formatters.clear();
    known = newFormatter(style, withTime);
    formatters.set(key, known);
  }
  return known;
}

function newFormatter(style: DateStyle, withTime: boolean): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' };
  try {
    return new Intl.DateTimeFormat(style.locale, { ...options, timeZone: style.timeZone });
  } catch {
    // An unknown locale or zone from a setting or the client: the runtime's own.
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** A date-time as words; anything that is not a date (a hand-edited ledger) is shown as written. */
export function humanDateTime(iso: string, style: DateStyle = {}): string {
  return human(iso, style, /T\d/.test(iso));
}

/** The day only: "1 December 2026". */
export function humanDate(iso: string, style: DateStyle = {}): string {
  return human(iso, style, false);
}

function human(iso: string, style: DateStyle, withTime: boolean): string {
  const time = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(time)) return iso;
  // A bare day is midnight UTC: shown in UTC so it stays the same day everywhere.
  const zone = withTime ? style : { ...style, timeZone: /T\d/.test(iso) ? style.timeZone : 'UTC' };
  return formatter(zone, withTime).format(new Date(time));
}
