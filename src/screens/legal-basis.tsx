import { useTranslation } from 'react-i18next';
import { legalDocumentKeys } from '../questionnaire/content-keys';
import type { LegalReference } from '../questionnaire/content-schema';
import { legalDocuments } from '../questionnaire/content/legal-documents';

const PROVISION_ORDER = {
  // Vietnamese cites from the smallest unit up ("điểm a khoản 2 Điều 11"); English from the article down.
  vi: ['point', 'clause', 'article', 'item', 'annex'],
  en: ['article', 'clause', 'point', 'item', 'annex'],
} as const;

export function LegalBasis({ references }: { references: readonly LegalReference[] }) {
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const order = i18n.resolvedLanguage === 'en' ? PROVISION_ORDER.en : PROVISION_ORDER.vi;
  return (
    <p className="legal-basis">
      <span className="legal-basis__label">{t('legal.basis')}</span>{' '}
      {references.map((reference, index) => {
        const document = legalDocuments.find((candidate) => candidate.id === reference.documentId);
        const provision = order
          .map((part) => (reference[part] ? t(`legal.provision.${part}`, { ref: reference[part] }) : undefined))
          .filter(Boolean)
          .join(' ');
        const name = tc(legalDocumentKeys(reference.documentId).name);
        return (
          <span key={`${reference.documentId}-${index}`}>
            {index > 0 ? '; ' : ''}
            {provision ? (i18n.resolvedLanguage === 'en' ? `${name}, ${provision}` : `${provision} ${name}`) : name}
            {document && document.status !== 'in-force' ? (
              <em className="legal-basis__status"> ({t(`legal.status.${document.status}`)})</em>
            ) : null}
          </span>
        );
      })}
    </p>
  );
}
