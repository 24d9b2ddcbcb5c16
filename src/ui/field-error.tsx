import { useTranslation } from 'react-i18next';

/** An inline error; its id is referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={id} className="error-message">
      {/* The space stays outside the hidden span: accessible-name computation drops it inside. */}
      <span className="visually-hidden">{t('errors.prefix')}</span> {message}
    </p>
  );
}

/** Joins the ids a field should be described by, leaving out the absent ones. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : undefined;
}
