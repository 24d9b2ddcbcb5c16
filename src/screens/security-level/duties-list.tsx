import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/use-format';
import type { Duty, DutyStatus } from '../../security-level/calendar';
import { lawKeys } from '../../security-level/law/law-keys';
import { StatusTag } from '../../ui/status-tag';
import { LegalBasis } from '../legal-basis';
import { dueLine, dutyDescription, dutyFacts, dutyName } from './duties-wording';

const TONES: Record<DutyStatus, 'grey' | 'blue' | 'green' | 'red'> = {
  overdue: 'red',
  'due-soon': 'blue',
  upcoming: 'grey',
  done: 'green',
  standing: 'grey',
};

/**
 * Duties as cards, in the order given (overdue first): the status in words (never colour alone), the date, what to
 * do, how often and to whom, the legal basis and, for a rule not confirmed against the gazette, that it is not.
 */
export function DutyList({
  duties,
  headingLevel = 3,
  subjectOf,
}: {
  duties: readonly Duty[];
  headingLevel?: 3 | 4;
  /** Whose duty it is (the unit, a system), shown above its name, with a link to the system's page. */
  subjectOf?: (duty: Duty) => { name: string; link?: { href: string; text: string } };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="card-list">
      {duties.map((duty) => {
        const due = dueLine(t, format, duty);
        const facts = dutyFacts(t, format, duty);
        const subject = subjectOf?.(duty);
        return (
          <li key={duty.id} className="card" data-duty-id={duty.id} data-duty-status={duty.status}>
            {subject ? <p className="page-heading__caption">{subject.name}</p> : null}
            <Heading className="card__title">
              <StatusTag tone={TONES[duty.status]}>{t(`securityCalendar.statuses.${duty.status}`)}</StatusTag>{' '}
              {dutyName(t, duty)}
            </Heading>
            {due ? (
              <p className={duty.status === 'overdue' ? 'error-message' : undefined}>
                <strong>{due}</strong>
              </p>
            ) : null}
            <p>{dutyDescription(t, duty)}</p>
            {facts.length ? <p className="hint">{facts.join(' · ')}</p> : null}
            <LegalBasis references={duty.legalBasis} />
            {duty.confirmation === 'confirmed' ? null : (
              <p className="hint">
                <em>{t(lawKeys.confirmation(duty.confirmation))}</em>
              </p>
            )}
            {subject?.link ? (
              <p>
                <Link href={subject.link.href}>{subject.link.text}</Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
