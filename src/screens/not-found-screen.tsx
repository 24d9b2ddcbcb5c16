import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../paths';
import { PageHeading } from '../ui/page-heading';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <Link href={paths.home.to()}>{t('notFound.backHome')}</Link>
    </>
  );
}
