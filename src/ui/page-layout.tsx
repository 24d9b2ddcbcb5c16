import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { paths } from '../paths';

/** `banner`: app-wide notices (a new version, storage problems), shown under the header on every screen. */
export function PageLayout({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={paths.home.to()} className="site-header__name">
            {t('app.name')}
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      {banner}
      <main id="main-content" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.privacy')}</p>
      </footer>
    </>
  );
}
