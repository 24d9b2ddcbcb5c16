/**
 * A duty in words, the same on the screens and in the calendar file: its name and description (the law data's texts,
 * `securityLaw.duties.<id>`), when it is due, to whom, how often, and its legal basis as officials cite it.
 */
import type { TFunction } from 'i18next';
import { legalDocuments } from '../../questionnaire/content/legal-documents';
import type { Duty } from '../../security-level/calendar';
import { eventUid, type CalendarEvent } from '../../security-level/icalendar';
import { lawKeys } from '../../security-level/law/law-keys';
import { describeLegalBasis, type CitationLocale } from '../../wording/legal-citation';
import type { Format } from '../../wording/format';

export function dutyName(t: TFunction, duty: Duty): string {
  return t(lawKeys.duty(duty.dutyRuleId).name);
}

export function dutyDescription(t: TFunction, duty: Duty): string {
  return t(lawKeys.duty(duty.dutyRuleId).description);
}

/** "Quá hạn từ ngày 19/08/2026", "Hạn: 14:30 ngày 04/12/2026", "Cần thực hiện ngay"… */
export function dueLine(t: TFunction, format: Format, duty: Duty): string | undefined {
  const overdue = duty.status === 'overdue';
  if (duty.status === 'done' && duty.doneOn) {
    const done = duty.doneOn.includes('T')
      ? t('securityCalendar.due.doneAt', { time: format.time(duty.doneOn), date: format.date(localDate(duty.doneOn)) })
      : t('securityCalendar.due.doneOn', { date: format.date(duty.doneOn) });
    return duty.late ? `${done} ${t('securityCalendar.due.late')}` : done;
  }
  if (duty.dueAt) {
    const values = { time: format.time(duty.dueAt), date: format.date(localDate(duty.dueAt)) };
    return t(overdue ? 'securityCalendar.due.overdueAt' : 'securityCalendar.due.at', values);
  }
  if (duty.dueOn) {
    return t(overdue ? 'securityCalendar.due.overdueSince' : 'securityCalendar.due.on', {
      date: format.date(duty.dueOn),
    });
  }
  if (duty.kind === 'unit-rules' && duty.status !== 'done') return t('securityCalendar.due.beforeApproval');
  if (duty.status === 'due-soon') return t('securityCalendar.due.now');
  return undefined;
}

/** The device's calendar day of an instant, for "on 04/12/2026" beside its local time. */
function localDate(isoDateTime: string): string {
  const time = new Date(isoDateTime);
  const local = new Date(time.getTime() - time.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** How often, to whom, since when: the smaller facts under a duty's name. */
export function dutyFacts(t: TFunction, format: Format, duty: Duty): string[] {
  return [
    duty.everyMonths ? t('securityCalendar.due.every', { count: duty.everyMonths }) : undefined,
    duty.yearly ? t('securityCalendar.due.yearly') : undefined,
    duty.withinHours ? t('securityCalendar.due.within', { hours: duty.withinHours }) : undefined,
    duty.to ? t('securityCalendar.due.to', { who: t(lawKeys.authority(duty.to)) }) : undefined,
    duty.doneOn && duty.status !== 'done'
      ? t('securityCalendar.due.last', { date: format.date(duty.doneOn) })
      : undefined,
    duty.level ? t('securityCalendar.due.level', { level: duty.level }) : undefined,
  ].filter((fact): fact is string => fact !== undefined);
}

export function citationLocale(t: TFunction, tc: TFunction, language: string): CitationLocale {
  return {
    language: language === 'en' ? 'en' : 'vi',
    t: (key, values) => t(key, values),
    tc: (key, values) => tc(key, values),
  };
}

/**
 * The calendar file's events: every duty with a date that is not done, named with its system, described with the
 * facts, the legal basis and, for a rule not confirmed, that it is not.
 */
export function calendarEvents({
  t,
  locale,
  format,
  duties,
  systemNames,
  unitName,
  assessmentId,
  asOf,
}: {
  t: TFunction;
  locale: CitationLocale;
  format: Format;
  duties: readonly Duty[];
  systemNames: ReadonlyMap<string, string>;
  /** The unit's own duties are named with it. */
  unitName: string;
  assessmentId: string;
  asOf: string;
}): CalendarEvent[] {
  return duties
    .filter((duty) => duty.status !== 'done' && (duty.dueOn !== undefined || duty.dueAt !== undefined))
    .map((duty) => {
      const subject = duty.systemId === 'unit' ? unitName : systemNames.get(duty.systemId);
      const description = [
        dutyDescription(t, duty),
        ...dutyFacts(t, format, duty),
        t('securityCalendar.download.basis', { basis: describeLegalBasis(locale, duty.legalBasis, legalDocuments) }),
        duty.confirmation === 'unconfirmed' ? t('securityCalendar.unconfirmed') : undefined,
        t('securityCalendar.download.asOf', { date: format.date(asOf) }),
      ].filter(Boolean);
      return {
        uid: eventUid(duty.id, assessmentId),
        summary: subject ? `${dutyName(t, duty)} – ${subject}` : dutyName(t, duty),
        description: description.join('\n'),
        ...(duty.dueAt ? { at: duty.dueAt } : { date: duty.dueOn }),
        ...(duty.yearly ? { yearly: true } : {}),
      };
    });
}
