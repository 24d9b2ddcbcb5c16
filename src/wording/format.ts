/**
 * Numbers and dates in one language, the same for every screen and for the PDF. The product rule: dates are
 * written day/month/year in Vietnamese and in English ("01/12/2026"), times on the 24-hour clock ("14:05"), and
 * numbers with the language's decimal separator (Vietnamese "87,5", English "87.5").
 *
 * Pure: no React, no i18next (`useFormat()` is the hook over it; the PDF calls `createFormat` for its language).
 */
import { formatDisplayDate } from '../questionnaire/display-date';

export type FormatLanguage = 'vi' | 'en';

/** Intl locale per language: British English for its digit grouping and day-month order. */
const NUMBER_LOCALES: Record<FormatLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

export interface Format {
  language: FormatLanguage;
  /** At most two decimals unless `options` say otherwise: "87,5" (vi), "87.5" (en); "1.234" (vi), "1,234" (en). */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A percentage given in points (87.5 → "87,5%" / "87.5%"). */
  percent: (points: number) => string;
  /** `YYYY-MM-DD` as a calendar date, "01/12/2026"; never shifted by the time zone. Other text is returned as is. */
  date: (isoDate: string) => string;
  /** An ISO instant in the device's time zone, "01/12/2026 14:05". An unreadable value is returned as is. */
  dateTime: (isoDateTime: string) => string;
  /** An ISO instant's time of day in the device's time zone, 24-hour: "14:05". */
  time: (isoDateTime: string) => string;
}

export interface FormatOptions {
  /** IANA time zone for `dateTime` and `time`; the device's own when not given (tests pin it). */
  timeZone?: string;
}

export function createFormat(language: FormatLanguage, { timeZone }: FormatOptions = {}): Format {
  const locale = NUMBER_LOCALES[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // The parts are put together by hand below, so the layout does not depend on the locale data of the browser.
  const clock = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });

  function parts(isoDateTime: string) {
    const instant = new Date(isoDateTime);
    if (Number.isNaN(instant.getTime())) return undefined;
    const found = Object.fromEntries(clock.formatToParts(instant).map((part) => [part.type, part.value]));
    const { year = '', month = '', day = '', hour = '', minute = '' } = found;
    return { date: `${day}/${month}/${year}`, time: `${hour}:${minute}` };
  }

  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    options
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value)
      : numbers.format(value);

  return {
    language,
    number,
    percent: (points) => `${number(points)}%`,
    date: formatDisplayDate,
    dateTime: (isoDateTime) => {
      const shown = parts(isoDateTime);
      return shown ? `${shown.date} ${shown.time}` : isoDateTime;
    },
    time: (isoDateTime) => parts(isoDateTime)?.time ?? isoDateTime,
  };
}
