import { useTranslation } from 'react-i18next';
import type { LegalReference } from '../questionnaire/content-schema';
import { legalDocuments } from '../questionnaire/content/legal-documents';
import { citeReference, type CitationLocale } from '../wording/legal-citation';

/**
 * A question's legal basis as officials cite it: «khoản 1 Điều 14 Nghị định số 224/2026/NĐ-CP ngày 24/6/2026 của
 * Chính phủ», and, for a document not simply in force, its status (repealed since when and by what, in transition).
 */
export function LegalBasis({ references }: { references: readonly LegalReference[] }) {
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const locale: CitationLocale = {
    language: i18n.resolvedLanguage === 'en' ? 'en' : 'vi',
    t: (key, values) => t(key, values),
    tc: (key, values) => tc(key, values),
  };
  return (
    <p className="legal-basis">
      <span className="legal-basis__label">{t('legal.basis')}</span>{' '}
      {references.map((reference, index) => {
        const { citation, status } = citeReference(locale, reference, legalDocuments);
        return (
          <span key={`${reference.documentId}-${index}`}>
            {index > 0 ? '; ' : ''}
            {citation}
            {status ? <em className="legal-basis__status"> ({status})</em> : null}
          </span>
        );
      })}
    </p>
  );
}
