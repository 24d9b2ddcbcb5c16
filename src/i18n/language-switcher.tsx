import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type Language } from './i18n';

const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/**
 * One button that offers the other language, written in that language (and marked with its `lang`, so screen
 * readers pronounce it right). Switching keeps every form's state: only texts re-render.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const other: Language = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="button button--secondary language-switcher"
      onClick={() => void changeLanguage(other)}
    >
      <span className="visually-hidden">{t('language.switchTo')} </span>
      <span lang={other}>{LANGUAGE_NAMES[other]}</span>
    </button>
  );
}
