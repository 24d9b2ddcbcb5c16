/**
 * The forms of the calendar's screens as typed (blank strings for "not set"; dates day/month/year, years as digits,
 * times hours:minutes) and their conversion to the stored records (`system-security-schema.ts`), which stay the one
 * definition of what is stored. Messages are locale keys of `securityCalendar.errors`.
 */
import '../../zod-config';
import { z } from 'zod';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { formatDisplayDate, parseDisplayDate } from '../../questionnaire/display-date';
import type { DutyDates, Incident, UnitSecurity } from '../../security-level/system-security-schema';

const ERRORS = 'securityCalendar.errors';

/** Today on the device's clock, YYYY-MM-DD: the dates typed here are of things already done. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A date typed day/month/year, blank allowed. */
const typedDay = z.string().superRefine((value, context) => {
  if (value.trim() === '') return;
  const parsed = parseDisplayDate(value);
  if (!parsed.ok)
    context.addIssue({
      code: 'custom',
      message: `${ERRORS}.${parsed.reason === 'format' ? 'dateFormat' : 'dateInvalid'}`,
    });
});
/** …not after today: each date of these forms is when something was done. */
const typedDate = typedDay.refine((value) => (isoOf(value) ?? '') <= localToday(), { error: `${ERRORS}.dateInFuture` });
const typedYear = z
  .string()
  .refine(
    (value) => value.trim() === '' || (/^\d{4}$/.test(value.trim()) && Number(value) >= 2000 && Number(value) <= 2100),
    { error: `${ERRORS}.year` },
  )
  .refine((value) => value.trim() === '' || Number(value) <= Number(localToday().slice(0, 4)), {
    error: `${ERRORS}.yearInFuture`,
  });
const shortText = z.string().max(MAX_SHORT_TEXT_LENGTH, { error: `${ERRORS}.tooLong` });

const blank = (value: string) => value.trim() === '';
const isoOf = (value: string) => {
  if (blank(value)) return undefined;
  const parsed = parseDisplayDate(value);
  return parsed.ok ? parsed.iso : undefined;
};
const yearOf = (value: string) => (blank(value) ? undefined : Number(value.trim()));
const shownDate = (iso: string | undefined) => (iso ? formatDisplayDate(iso) : '');
const shownYear = (year: number | undefined) => (year === undefined ? '' : String(year));
/** Leaves out the keys whose value is undefined, so that a cleared field is absent from the record. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export const unitDatesInputSchema = z.object({
  rulesDecisionNumber: shortText,
  rulesIssuedOn: typedDate,
  lastOrganisationInspectionOn: typedDate,
  lastAnnualReportYear: typedYear,
});
export type UnitDatesInput = z.infer<typeof unitDatesInputSchema>;

export function inputFromUnit(unit: UnitSecurity | undefined): UnitDatesInput {
  return {
    rulesDecisionNumber: unit?.rulesDecisionNumber ?? '',
    rulesIssuedOn: shownDate(unit?.rulesIssuedOn),
    lastOrganisationInspectionOn: shownDate(unit?.lastOrganisationInspectionOn),
    lastAnnualReportYear: shownYear(unit?.lastAnnualReportYear),
  };
}

export function unitFromInput(input: UnitDatesInput, updatedAt: string): UnitSecurity {
  return defined({
    rulesDecisionNumber: blank(input.rulesDecisionNumber) ? undefined : input.rulesDecisionNumber.trim(),
    rulesIssuedOn: isoOf(input.rulesIssuedOn),
    lastOrganisationInspectionOn: isoOf(input.lastOrganisationInspectionOn),
    lastAnnualReportYear: yearOf(input.lastAnnualReportYear),
    updatedAt,
  });
}

export const systemDatesInputSchema = z.object({
  lastInspectedOn: typedDate,
  changedOn: typedDate,
  lastClassifiedOn: typedDate,
  lastAnnualReportYear: typedYear,
});
export type SystemDatesInput = z.infer<typeof systemDatesInputSchema>;
export const SYSTEM_DATE_FIELDS = ['lastInspectedOn', 'changedOn', 'lastClassifiedOn'] as const;

export function inputFromDutyDates(duties: DutyDates): SystemDatesInput {
  return {
    lastInspectedOn: shownDate(duties.lastInspectedOn),
    changedOn: shownDate(duties.changedOn),
    lastClassifiedOn: shownDate(duties.lastClassifiedOn),
    lastAnnualReportYear: shownYear(duties.lastAnnualReportYear),
  };
}

/** The dates typed, over the record's duties (its incidents kept). */
export function dutyDatesFromInput(input: SystemDatesInput, duties: DutyDates): DutyDates {
  const { lastInspectedOn: _a, changedOn: _b, lastClassifiedOn: _c, lastAnnualReportYear: _d, ...rest } = duties;
  return defined({
    ...rest,
    lastInspectedOn: isoOf(input.lastInspectedOn),
    changedOn: isoOf(input.changedOn),
    lastClassifiedOn: isoOf(input.lastClassifiedOn),
    lastAnnualReportYear: yearOf(input.lastAnnualReportYear),
  });
}

const TIME = /^([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)$/;
const typedTime = z
  .string()
  .refine((value) => !blank(value), { error: `${ERRORS}.timeRequired` })
  .refine((value) => blank(value) || TIME.test(value.trim()), { error: `${ERRORS}.time` });

export const incidentInputSchema = z
  .object({
    detectedOn: typedDay.refine((value) => !blank(value), { error: `${ERRORS}.detectedRequired` }),
    detectedTime: typedTime,
    serious: z.enum(['yes', 'no', '']),
    personalData: z.enum(['yes', 'no', '']),
    summary: z.string().max(MAX_TEXT_LENGTH, { error: `${ERRORS}.tooLong` }),
  })
  .superRefine((input, context) => {
    const at = instantOf(input.detectedOn, input.detectedTime);
    if (at && Date.parse(at) > Date.now())
      context.addIssue({ code: 'custom', path: ['detectedOn'], message: `${ERRORS}.inFuture` });
  });
export type IncidentInput = z.infer<typeof incidentInputSchema>;

/** When a report was sent, typed like the detection: not before the incident was detected, not in the future. */
export function reportTimeInputSchema(detectedAt: string) {
  return z
    .object({
      on: typedDay.refine((value) => !blank(value), { error: `${ERRORS}.reportRequired` }),
      time: typedTime,
    })
    .superRefine((input, context) => {
      const at = instantOf(input.on, input.time);
      if (!at) return;
      if (Date.parse(at) > Date.now())
        context.addIssue({ code: 'custom', path: ['on'], message: `${ERRORS}.inFuture` });
      else if (Date.parse(at) < Date.parse(detectedAt))
        context.addIssue({ code: 'custom', path: ['on'], message: `${ERRORS}.beforeDetected` });
    });
}
export type ReportTimeInput = z.infer<ReturnType<typeof reportTimeInputSchema>>;

/** Now on the device's clock, as the report form shows it first. */
export function reportTimeNow(now = new Date()): ReportTimeInput {
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    on: `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/** The instant typed (a date and hours:minutes on the device's clock) as an ISO date-time in UTC. */
export function instantOf(on: string, time: string): string | undefined {
  const iso = isoOf(on);
  const clock = TIME.exec(time.trim());
  if (!iso || !clock) return undefined;
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, Number(clock[1]), Number(clock[2])).toISOString();
}

export const EMPTY_INCIDENT_INPUT: IncidentInput = {
  detectedOn: '',
  detectedTime: '',
  serious: '',
  personalData: '',
  summary: '',
};

export function incidentFromInput(input: IncidentInput, id: string): Incident {
  return defined({
    id,
    detectedAt: instantOf(input.detectedOn, input.detectedTime) ?? new Date().toISOString(),
    serious: input.serious === '' ? undefined : input.serious === 'yes',
    personalData: input.personalData === '' ? undefined : input.personalData === 'yes',
    summary: blank(input.summary) ? undefined : input.summary.trim(),
  });
}
