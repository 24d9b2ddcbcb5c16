/** The dates the content names, in words, for the results and plan screens, the plan CSV and the PDF report. */
import type { DeadlineKind } from '../questionnaire/content-schema';
import { deadlineStateOf } from '../scoring/remediation';
import type { NumberDateFormat, Translate } from './types';

/**
 * A date the content names, by its kind: an aim reads «Mục tiêu đến 31/12/2026», a legal deadline «Hạn theo quy định:
 * 05/04/2025», and once passed «Đã quá hạn từ 05/04/2025». A date without a kind is read as an aim: it never claims a
 * legal force the content does not give it.
 */
export function describeDeadline(
  t: Translate,
  format: NumberDateFormat,
  deadline: string,
  kind: DeadlineKind | undefined,
  today: string,
): string {
  return t(`deadlines.${deadlineStateOf(deadline, kind, today)}`, { date: format.date(deadline) });
}
