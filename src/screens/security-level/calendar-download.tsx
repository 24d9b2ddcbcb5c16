import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../assessment/assessment-schema';
import { slugify } from '../../exchange/file-name';
import { useFormat } from '../../i18n/use-format';
import type { Duty } from '../../security-level/calendar';
import { buildICalendar, readICalendar } from '../../security-level/icalendar';
import { securityLaw } from '../../security-level/law/law-version';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { describeAssessment } from '../assessment-labels';
import { saveTextFile } from '../files/save-file';
import { todayIso } from '../today';
import { calendarEvents, citationLocale } from './duties-wording';

/**
 * `egov-readiness-ubnd-xa-tan-lap-2026-h2-security-calendar-2026-12-03.ics`: ASCII, from the unit, dated, like the
 * other exports (`exchange/file-name.ts`), with `sample` for the sample assessment.
 */
export function calendarFileName(subject: string, date: string, isSample: boolean): string {
  const slug = slugify(subject);
  return (
    ['egov-readiness', ...(isSample ? ['sample'] : []), ...(slug ? [slug] : []), 'security-calendar', date].join('-') +
    '.ics'
  );
}

/**
 * "Download calendar (.ics)": the dated duties not done, in the user's language. The file is read back from what was
 * handed to the browser and parsed again before the screen says "saved" (the export's read-back rule).
 */
export function CalendarDownload({
  assessment,
  duties,
  systemNames,
}: {
  assessment: Assessment;
  duties: readonly Duty[];
  systemNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const busy = useBusyAction();
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const download = async () => {
    setMessage({ text: t('securityCalendar.download.working'), isError: false });
    try {
      const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
      const subject = describeAssessment(t, assessment);
      const events = calendarEvents({
        t,
        locale: citationLocale(t, tc, language),
        format,
        duties,
        systemNames,
        unitName: assessment.profile.unitName,
        assessmentId: assessment.id,
        asOf: securityLaw.asOf,
      });
      const text = buildICalendar({
        name: t('securityCalendar.download.calendarName', { unit: assessment.profile.unitName }),
        language,
        stamp: new Date().toISOString(),
        events,
      });
      const fileName = calendarFileName(subject, todayIso(), assessment.sample === true);
      const saved = await saveTextFile(text, fileName, 'text/calendar;charset=utf-8');
      const readUids = readICalendar(saved).map((event) => event.find((property) => property.name === 'UID')?.value);
      if (saved !== text || readUids.join('\n') !== events.map((event) => event.uid).join('\n')) {
        setMessage({ text: t('securityCalendar.download.readBackFailed'), isError: true });
        return;
      }
      setMessage({
        text: t('securityCalendar.download.saved', { name: fileName, count: events.length }),
        isError: false,
      });
    } catch (error) {
      console.error(error);
      setMessage({ text: t('securityCalendar.download.failed'), isError: true });
    }
  };
  return (
    <section aria-labelledby="calendar-download-heading">
      <h2 id="calendar-download-heading">{t('securityCalendar.download.heading')}</h2>
      <p className="hint">{t('securityCalendar.download.intro')}</p>
      <div className="button-group">
        <BusyButton
          busy={busy}
          busyLabel={t('securityCalendar.download.busy')}
          className="button button--secondary"
          onAction={download}
        >
          {t('securityCalendar.download.button')}
        </BusyButton>
      </div>
      <ActionStatus message={message?.text} isError={message?.isError} />
    </section>
  );
}
