import i18next from 'i18next';
import { expect, test } from 'vitest';
import { changeLanguage, screenTextsReady } from './i18n';

test('a screen-<name>.json is merged into the screens’ namespace, in each language', async () => {
  await screenTextsReady('collection');
  expect(i18next.t('collection.title')).toBe('Tổng hợp các đơn vị');

  await changeLanguage('en');
  await screenTextsReady('collection');
  expect(i18next.t('collection.title')).toBe("Units' assessments");
});

test('once loaded, the readiness of a screen’s texts is settled, so reading it with use() does not suspend', async () => {
  await screenTextsReady('collection');
  const again = screenTextsReady('collection') as Promise<void> & { status?: string };
  expect(again.status).toBe('fulfilled');
});
