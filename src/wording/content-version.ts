/** «Phiên bản 2.0.0, căn cứ pháp lý cập nhật đến 01/12/2026»: the content an assessment was answered with. */
import type { NumberDateFormat, Translate } from './types';

export function describeContentVersion(
  t: Translate,
  format: NumberDateFormat,
  version: string,
  legalAsOf: string,
): string {
  return t('taskList.contentVersionValue', { version, date: format.date(legalAsOf) });
}
