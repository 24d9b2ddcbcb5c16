import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/text-field';

/** What a PDF form asks for the official header of an administrative document (src/report/pdf-layout.ts). */
export interface OfficialHeaderFormFields {
  withHeader: boolean;
  parentAgency: string;
  agency: string;
  documentNumber: string;
  place: string;
}

export const NO_OFFICIAL_HEADER: OfficialHeaderFormFields = {
  withHeader: false,
  parentAgency: '',
  agency: '',
  documentNumber: '',
  place: '',
};

/**
 * The "official header" tick of a PDF form and, once ticked, its four fields: used by the unit report and the
 * collection's report and memo, so that both ask the same way. `id` names each control within its form.
 */
export function OfficialHeaderFields({
  id,
  withHeader,
  register,
}: {
  id: (field: string) => string;
  withHeader: boolean;
  register: Record<keyof OfficialHeaderFormFields, UseFormRegisterReturn>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="checkboxes checkboxes--small">
        <div className="checkboxes__item">
          <input id={id('with-header')} className="checkboxes__input" type="checkbox" {...register.withHeader} />
          <label className="checkboxes__label" htmlFor={id('with-header')}>
            {t('report.officialHeader.include')}
          </label>
        </div>
      </div>
      {withHeader ? (
        <div className="report-actions__header-fields">
          <p className="hint">{t('report.officialHeader.hint')}</p>
          <TextField
            id={id('parent-agency')}
            label={t('report.officialHeader.parentAgency')}
            hint={t('report.officialHeader.parentAgencyHint')}
            registration={register.parentAgency}
          />
          <TextField id={id('agency')} label={t('report.officialHeader.agency')} registration={register.agency} />
          <TextField
            id={id('document-number')}
            label={t('report.officialHeader.documentNumber')}
            hint={t('report.officialHeader.documentNumberHint')}
            registration={register.documentNumber}
            width="medium"
          />
          <TextField
            id={id('place')}
            label={t('report.officialHeader.place')}
            hint={t('report.officialHeader.placeHint')}
            registration={register.place}
            width="medium"
          />
        </div>
      ) : null}
    </>
  );
}
