import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dutyDatesFromInput,
  incidentFromInput,
  incidentInputSchema,
  inputFromDutyDates,
  inputFromUnit,
  reportTimeInputSchema,
  reportTimeNow,
  systemDatesInputSchema,
  unitDatesInputSchema,
  unitFromInput,
} from './duties-form-schema';

afterEach(() => {
  vi.useRealTimers();
});

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the unit dates form', () => {
  it('reads typed dates and years into the record, blank fields left out, and back', () => {
    const input = {
      rulesDecisionNumber: ' 12/QĐ-UBND ',
      rulesIssuedOn: '1/10/2026',
      lastOrganisationInspectionOn: '',
      lastAnnualReportYear: '2025',
    };
    expect(unitDatesInputSchema.safeParse(input).success).toBe(true);
    const unit = unitFromInput(input, '2026-12-03T00:00:00.000Z');
    expect(unit).toEqual({
      rulesDecisionNumber: '12/QĐ-UBND',
      rulesIssuedOn: '2026-10-01',
      lastAnnualReportYear: 2025,
      updatedAt: '2026-12-03T00:00:00.000Z',
    });
    expect(inputFromUnit(unit)).toEqual({ ...input, rulesDecisionNumber: '12/QĐ-UBND', rulesIssuedOn: '01/10/2026' });
  });

  it.each([
    ['rulesIssuedOn', '2026/10/01', 'securityCalendar.errors.dateFormat'],
    ['rulesIssuedOn', '31/02/2026', 'securityCalendar.errors.dateInvalid'],
    ['lastOrganisationInspectionOn', '01/01/2999', 'securityCalendar.errors.dateInFuture'],
    ['lastAnnualReportYear', '26', 'securityCalendar.errors.year'],
    ['lastAnnualReportYear', '2099', 'securityCalendar.errors.yearInFuture'],
  ])('%s "%s" is refused with %s', (field, value, message) => {
    const input = {
      rulesDecisionNumber: '',
      rulesIssuedOn: '',
      lastOrganisationInspectionOn: '',
      lastAnnualReportYear: '',
    };
    expect(messages(unitDatesInputSchema.safeParse({ ...input, [field]: value }))).toEqual([`${field}: ${message}`]);
  });
});

describe('the system dates form', () => {
  it('changes only the dates, keeping the incidents', () => {
    const incidents = [{ id: 'i', detectedAt: '2026-12-01T00:00:00.000Z' }];
    const before = { lastInspectedOn: '2025-01-01', changedOn: '2026-01-01', incidents };
    const input = { ...inputFromDutyDates(before), changedOn: '', lastClassifiedOn: '15/11/2026' };
    expect(systemDatesInputSchema.safeParse(input).success).toBe(true);
    expect(dutyDatesFromInput(input, before)).toEqual({
      lastInspectedOn: '2025-01-01',
      lastClassifiedOn: '2026-11-15',
      incidents,
    });
  });
});

describe('the incident form', () => {
  const base = {
    detectedOn: '02/12/2026',
    detectedTime: '14:30',
    serious: 'yes',
    personalData: '',
    summary: '',
  } as const;

  it('needs a date and a time, on the 24-hour clock, not in the future', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T05:00:00Z'), toFake: ['Date'] });
    expect(messages(incidentInputSchema.safeParse({ ...base, detectedOn: '', detectedTime: '' }))).toEqual([
      'detectedOn: securityCalendar.errors.detectedRequired',
      'detectedTime: securityCalendar.errors.timeRequired',
    ]);
    expect(messages(incidentInputSchema.safeParse({ ...base, detectedTime: '25:00' }))).toEqual([
      'detectedTime: securityCalendar.errors.time',
    ]);
    expect(messages(incidentInputSchema.safeParse({ ...base, detectedOn: '05/12/2026' }))).toEqual([
      'detectedOn: securityCalendar.errors.inFuture',
    ]);
    expect(incidentInputSchema.safeParse({ ...base, detectedTime: '9h05' }).success).toBe(true);
  });

  it('is stored as the instant typed on the device clock, with only the answers given', () => {
    const incident = incidentFromInput({ ...base, summary: ' Lộ dữ liệu ' }, 'incident-1');
    expect(incident).toEqual({
      id: 'incident-1',
      detectedAt: new Date(2026, 11, 2, 14, 30).toISOString(),
      serious: true,
      summary: 'Lộ dữ liệu',
    });
  });
});

describe('the report time form', () => {
  it('is shown first as now, and refuses a time before detection or in the future', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 3, 9, 5), toFake: ['Date'] });
    expect(reportTimeNow()).toEqual({ on: '03/12/2026', time: '09:05' });
    const schema = reportTimeInputSchema(new Date(2026, 11, 2, 14, 30).toISOString());
    expect(schema.safeParse({ on: '02/12/2026', time: '14:30' }).success).toBe(true);
    expect(messages(schema.safeParse({ on: '02/12/2026', time: '14:29' }))).toEqual([
      'on: securityCalendar.errors.beforeDetected',
    ]);
    expect(messages(schema.safeParse({ on: '03/12/2026', time: '10:00' }))).toEqual([
      'on: securityCalendar.errors.inFuture',
    ]);
    expect(messages(schema.safeParse({ on: '', time: '' }))).toEqual([
      'on: securityCalendar.errors.reportRequired',
      'time: securityCalendar.errors.timeRequired',
    ]);
  });
});
