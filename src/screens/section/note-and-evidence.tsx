import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import { fieldDomId } from './question-errors';
import type { ErrorLookup, SectionValues } from './section-form-types';

/**
 * Optional note and evidence (document number, date, issuing body). Folded away to keep long sections short, but
 * open when something is already there or wrong, so nothing entered is hidden.
 */
export function NoteAndEvidence({
  question,
  form,
  errorFor,
}: {
  question: Question;
  form: UseFormReturn<SectionValues>;
  errorFor: ErrorLookup;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const draft = form.getValues(question.id);
  const hasContent = Boolean(
    draft?.note || draft?.evidence.documentNumber || draft?.evidence.issuedOn || draft?.evidence.issuer,
  );
  const hasError = ['note', 'evidence.documentNumber', 'evidence.issuedOn', 'evidence.issuer'].some((path) =>
    errorFor(path),
  );
  // Controlled, so that emptying the note does not fold the panel away while the user is in it.
  const [isOpen, setOpen] = useState(hasContent);
  const name = (field: string) => `${question.id}.${field}` as const;
  const id = (...path: string[]) => fieldDomId(question.id, path);
  return (
    <details className="details" open={isOpen || hasError} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="details__summary">{t('evidence.summary')}</summary>
      <div className="details__body">
        <p className="hint">
          <strong>{t('evidence.where')}</strong> {tc(questionKeys(question.id).evidence)}
        </p>
        <TextField
          id={id('note')}
          label={t('evidence.note')}
          error={errorFor('note')}
          registration={form.register(name('note'))}
          multiline
          characterLimit={MAX_TEXT_LENGTH}
        />
        <TextField
          id={id('evidence', 'documentNumber')}
          label={t('evidence.documentNumber')}
          hint={t('evidence.documentNumberHint')}
          error={errorFor('evidence.documentNumber')}
          registration={form.register(name('evidence.documentNumber'))}
          width="medium"
        />
        <DateField
          id={id('evidence', 'issuedOn')}
          label={t('evidence.issuedOn')}
          error={errorFor('evidence.issuedOn')}
          registration={form.register(name('evidence.issuedOn'))}
        />
        <TextField
          id={id('evidence', 'issuer')}
          label={t('evidence.issuer')}
          error={errorFor('evidence.issuer')}
          registration={form.register(name('evidence.issuer'))}
        />
      </div>
    </details>
  );
}
