import {
  buildICalendar,
  escapeText,
  eventUid,
  foldLine,
  readICalendar,
  unescapeText,
  unfoldLines,
  type CalendarEvent,
} from './icalendar';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

const LONG_VIETNAMESE =
  'Báo cáo định kỳ hằng năm về tình hình bảo đảm an ninh mạng của hệ thống thông tin, gửi chủ quản trước ngày ' +
  '20/12 và gửi Bộ Công an trước ngày 25/12; căn cứ Điều 35 Nghị định số 331/2026/NĐ-CP ngày 19/8/2026 của Chính phủ.';

const events: CalendarEvent[] = [
  {
    uid: eventUid('sys-portal:inspection', 'a-1'),
    summary: 'Kiểm tra, đánh giá định kỳ: Cổng thông tin điện tử',
    description: LONG_VIETNAMESE,
    date: '2027-03-15',
  },
  {
    uid: eventUid('unit:annual-report', 'a-1'),
    summary: 'Báo cáo hằng năm (Mẫu 08)',
    description: 'Gửi Bộ Công an; hạn 25/12.\nChưa được xác nhận',
    date: '2026-12-25',
    yearly: true,
  },
  {
    uid: eventUid('sys-portal:incident:i-1:report', 'a-1'),
    summary: 'Báo cáo sự cố trong 72 giờ',
    description: 'Sự cố, lộ dữ liệu',
    at: '2026-12-03T15:30:00+07:00',
  },
];

const calendar = () =>
  buildICalendar({
    name: 'Lịch nghĩa vụ – UBND xã Tân Lập',
    language: 'vi',
    stamp: '2026-12-03T01:02:03.456Z',
    events,
  });

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines, and reads back', () => {
    const text = 'a\\b; c, d\ne\r\nf';
    expect(escapeText(text)).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    expect(unescapeText(escapeText(text))).toBe('a\\b; c, d\ne\nf');
  });
  it('keeps a backslash followed by n as two characters after a round trip', () => {
    expect(unescapeText(escapeText('C:\\new'))).toBe('C:\\new');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Ngắn')).toBe('SUMMARY:Ngắn');
  });
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION;LANGUAGE=vi:${'ệ'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Every part is valid UTF-8 text on its own: no replacement character after a byte round trip.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(part))).toBe(part);
    }
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
  it('never splits an escape sequence', () => {
    for (let offset = 0; offset < 4; offset += 1) {
      const line = `DESCRIPTION:${'a'.repeat(60 + offset)}${'\\,'.repeat(20)}`;
      for (const part of foldLine(line).split('\r\n')) expect(part.replace(/\\[,]/g, '')).not.toMatch(/\\$/);
    }
  });
  it('keeps a 4-byte character (outside the BMP) whole', () => {
    const line = `X:${'😀'.repeat(40)}`;
    for (const part of foldLine(line).split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('buildICalendar', () => {
  it('writes CRLF lines of at most 75 octets, in a VCALENDAR with one VEVENT per event', () => {
    const text = calendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(3);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(calendar()).toBe(calendar());
  });

  it('reads back: all-day dates, the yearly rule, the instant in UTC, the texts unescaped', () => {
    const read = readICalendar(calendar());
    expect(read).toHaveLength(3);
    const property = (index: number, name: string) => read[index]?.find((candidate) => candidate.name === name);
    expect(property(0, 'UID')?.value).toBe('sys-portal:inspection.a-1@egov-readiness');
    expect(property(0, 'DTSTAMP')?.value).toBe('20261203T010203Z');
    expect(property(0, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270315' });
    expect(property(0, 'DTEND')?.value).toBe('20270316');
    expect(property(0, 'DESCRIPTION')).toEqual({
      name: 'DESCRIPTION',
      params: { LANGUAGE: 'vi' },
      value: LONG_VIETNAMESE,
    });
    expect(property(0, 'RRULE')).toBeUndefined();
    expect(property(1, 'RRULE')?.value).toBe('FREQ=YEARLY');
    expect(property(1, 'DESCRIPTION')?.value).toBe('Gửi Bộ Công an; hạn 25/12.\nChưa được xác nhận');
    expect(property(2, 'DTSTART')).toEqual({ name: 'DTSTART', params: {}, value: '20261203T083000Z' });
  });

  it('sets a reminder a week before an all-day duty and two hours before an incident clock', () => {
    const lines = unfoldLines(calendar());
    expect(lines.filter((line) => line === 'TRIGGER:-P7D')).toHaveLength(2);
    expect(lines.filter((line) => line === 'TRIGGER:-PT2H')).toHaveLength(1);
  });

  it('gives the end date of a duty on the last day of a year in the next year', () => {
    const text = buildICalendar({
      name: 'x',
      language: 'en',
      stamp: '2026-12-03T00:00:00Z',
      events: [{ uid: 'u', summary: 's', description: 'd', date: '2026-12-31' }],
    });
    expect(unfoldLines(text)).toContain('DTEND;VALUE=DATE:20270101');
    expect(unfoldLines(text)).toContain('SUMMARY;LANGUAGE=en:s');
  });

  it('refuses an event without a date', () => {
    expect(() =>
      buildICalendar({
        name: 'x',
        language: 'en',
        stamp: '2026-12-03T00:00:00Z',
        events: [{ uid: 'u', summary: 's', description: 'd' }],
      }),
    ).toThrow(/no date/);
  });
});
