/**
 * The calendar of duties as an iCalendar file (RFC 5545) for the office's calendar (issue 14): one VEVENT per dated
 * duty, all-day on its due date (an incident's clock at its hour), with a reminder before it. The output depends only
 * on its input: the stamp is passed in and each UID comes from the duty and the assessment, so exporting twice gives
 * the same file and a calendar that imports it again updates the events instead of doubling them.
 *
 * `readICalendar` reads such a file back (unfolds, splits, unescapes): the read-back check behind "saved" and the
 * tests use it.
 *
 * Pure module: no React, no storage, no i18next.
 */

/** One event, already worded in the user's language. */
export interface CalendarEvent {
  /** Stable across exports: `eventUid(dutyId, assessmentId)`. */
  uid: string;
  summary: string;
  description: string;
  /** An all-day event on this ISO date… */
  date?: string;
  /** …or an event at this instant (ISO date-time with offset): an incident's reporting clock. */
  at?: string;
  /** The law sets the same day every year (the annual report): repeats yearly from `date`. */
  yearly?: boolean;
  categories?: string;
}

export interface CalendarInput {
  /** The calendar's name, shown by calendar programs (X-WR-CALNAME). */
  name: string;
  /** `vi` or `en`: the language of the texts (LANGUAGE parameter). */
  language: string;
  /** When the file was made (ISO date-time): every DTSTAMP. */
  stamp: string;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
/** All-day duties: a week's notice. Incident clocks run in hours: two hours' notice. */
const DATE_REMINDER = '-P7D';
const TIME_REMINDER = '-PT2H';
const encoder = new TextEncoder();

/** A UID that stays the same for the same duty of the same assessment, in any export. */
export function eventUid(dutyId: string, assessmentId: string): string {
  return `${dutyId}.${assessmentId}@egov-readiness`;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_match, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence: a Vietnamese letter of 2 or 3
 * bytes ("ệ") moves whole to the next line, which starts with one space (counted in its 75). Nor inside an escape.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // An escape ("\\,", "\\n") stays whole on one line too, for readers that unescape before they unfold.
  for (const character of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = encoder.encode(character).length;
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** `2026-12-03` → `20261203`. */
function basicDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not an ISO date: ${isoDate}`);
  return isoDate.replace(/-/g, '');
}

/** An instant in UTC, `20261203T081500Z`. */
function basicDateTime(isoDateTime: string): string {
  const time = new Date(isoDateTime);
  if (Number.isNaN(time.getTime())) throw new Error(`Not an ISO date-time: ${isoDateTime}`);
  return time
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function eventLines(event: CalendarEvent, stamp: string, language: string): string[] {
  const text = (name: string, value: string) => `${name};LANGUAGE=${language}:${escapeText(value)}`;
  const when = event.date
    ? [`DTSTART;VALUE=DATE:${basicDate(event.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`]
    : event.at
      ? [`DTSTART:${basicDateTime(event.at)}`]
      : undefined;
  if (!when) throw new Error(`Event ${event.uid} has no date`);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...when,
    ...(event.yearly && event.date ? ['RRULE:FREQ=YEARLY'] : []),
    text('SUMMARY', event.summary),
    text('DESCRIPTION', event.description),
    ...(event.categories ? [text('CATEGORIES', event.categories)] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    text('DESCRIPTION', event.summary),
    `TRIGGER:${event.date ? DATE_REMINDER : TIME_REMINDER}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The whole file: CRLF line ends, folded lines, events in the order given. */
export function buildICalendar({ name, language, stamp, events }: CalendarInput): string {
  const dtstamp = basicDateTime(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//e-Gov Readiness//Security duties//${language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, dtstamp, language)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One property as read back: its name, parameters and unescaped value. */
export interface ReadProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** The content lines of a file, unfolded (a CRLF followed by a space or tab continues the line). */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter((line) => line !== '');
}

function readProperty(line: string): ReadProperty {
  // Values may hold ':' (escaped text never holds an unescaped ';' or ','); parameters here are never quoted.
  const colon = line.indexOf(':');
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name,
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: unescapeText(line.slice(colon + 1)),
  };
}

/** The events of a file as property lists (the VALARM's properties left out), for the read-back and the tests. */
export function readICalendar(text: string): ReadProperty[][] {
  const events: ReadProperty[][] = [];
  let current: ReadProperty[] | undefined;
  let inAlarm = false;
  for (const line of unfoldLines(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (current && !inAlarm) current.push(readProperty(line));
  }
  return events;
}
