import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { captureDownloads } from '../../../tests/fixtures/capture-downloads';
import { inventory, system } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { paths } from '../../paths';
import { readICalendar } from '../../security-level/icalendar';
import { INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
  await db.unitSecurity.clear();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await changeLanguage('vi');
});

/** A commune's portal never classified (overdue since 19/8/2026) and its mail, level 2 approved before 1/7/2026. */
async function openCalendar() {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, {
    saved: [
      inventory(INVENTORY_QUESTION_ID, [
        system('portal', { name: 'Cổng thông tin điện tử xã', role: 'owner' }),
        system('mail', {
          name: 'Thư điện tử công vụ',
          systemType: 'internal',
          role: 'owner',
          approvedLevel: '2',
          approvedOn: '2025-03-01',
          lastInspectedOn: '2026-06-15',
        }),
      ]),
    ],
    clearedQuestionIds: [],
  });
  const view = renderApp(paths.securityCalendar.to(id));
  await screen.findByRole('heading', { level: 1, name: 'Lịch nghĩa vụ bảo đảm an ninh mạng' }, { timeout: 15_000 });
  return { ...view, id };
}

const cards = (region = 'Nghĩa vụ, việc quá hạn xếp trước') =>
  within(screen.getByRole('region', { name: region })).getAllByRole('listitem');

test('overdue duties come first, in words, each with whose it is, its legal basis and the unconfirmed mark', async () => {
  await openCalendar();
  const all = cards();
  const first = all[0]!;
  expect(within(first).getByText('Quá hạn')).toBeVisible();
  // The status comes first in the heading, so a screen reader says it before the duty.
  expect(within(first).getByRole('heading')).toHaveAccessibleName(
    'Quá hạn Xác định cấp độ cho hệ thống đang vận hành chưa được phân loại',
  );
  expect(within(first).getByText('Hệ thống: Cổng thông tin điện tử xã')).toBeVisible();
  expect(within(first).getByText('Quá hạn từ ngày 19/08/2026')).toBeVisible();
  expect(within(first).getByText(/Điều 38 Nghị định số 331\/2026\/NĐ-CP/)).toBeVisible();
  expect(within(first).getByText('Chưa được xác nhận')).toBeVisible();
  expect(
    within(first).getByRole('link', { name: 'Ngày và sự cố của hệ thống Cổng thông tin điện tử xã' }),
  ).toBeVisible();
  // Every overdue card before every other one.
  const statuses = all.map((card) => card.dataset.dutyStatus);
  const lastOverdue = statuses.lastIndexOf('overdue');
  expect(statuses.slice(0, lastOverdue + 1).every((status) => status === 'overdue')).toBe(true);
  // The mail, level 2 under regime B, gets its transition measures (1/7/2027) and the unit its Quy chế.
  expect(
    screen.getByText('Đáp ứng điều kiện, biện pháp theo Luật An ninh mạng (hệ thống đã được phê duyệt cấp độ)'),
  ).toBeVisible();
  expect(screen.getByText('Ban hành Quy chế bảo đảm an ninh mạng của đơn vị')).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Báo cáo sự cố: phải báo cho ai, trong bao lâu' })).toBeVisible();
});

test('filtering by system shows only its duties', async () => {
  const { user } = await openCalendar();
  const total = cards().length;
  await user.selectOptions(screen.getByLabelText('Hiển thị nghĩa vụ của'), 'Thư điện tử công vụ');
  const shown = cards();
  expect(shown.length).toBeLessThan(total);
  for (const card of shown) expect(within(card).getByText('Hệ thống: Thư điện tử công vụ')).toBeVisible();
  expect(screen.getByText(`Đang hiển thị ${shown.length}/${total} nghĩa vụ.`)).toBeVisible();
  await user.selectOptions(screen.getByLabelText('Hiển thị nghĩa vụ của'), 'Riêng đơn vị');
  for (const card of cards()) expect(within(card).getByText('Nghĩa vụ của đơn vị')).toBeVisible();
});

test("the unit's dates are saved as typed; the Quy chế then shows as done; a wrong date is explained, not written", async () => {
  const { user, id } = await openCalendar();
  await user.type(screen.getByLabelText('Số quyết định ban hành Quy chế bảo đảm an ninh mạng'), '12/QĐ-UBND');
  await user.type(screen.getByLabelText('Ngày ban hành Quy chế', { exact: false }), '15/10/2026');
  await user.type(
    screen.getByLabelText('Ngày kiểm tra, đánh giá toàn cơ quan gần nhất', { exact: false }),
    '31/02/2026',
  );
  await user.tab();
  expect(await screen.findByText('Ngày này không có thật; hãy kiểm tra lại, ví dụ 15/03/2026')).toBeVisible();
  await waitFor(
    async () =>
      expect(await db.unitSecurity.get(id)).toMatchObject({
        rulesDecisionNumber: '12/QĐ-UBND',
        rulesIssuedOn: '2026-10-15',
      }),
    { timeout: 10_000 },
  );
  expect((await db.unitSecurity.get(id))?.lastOrganisationInspectionOn).toBeUndefined();
  const rules = await waitFor(() => {
    const card = cards().find((candidate) =>
      within(candidate).queryByText('Ban hành Quy chế bảo đảm an ninh mạng của đơn vị'),
    );
    expect(card && within(card).getByText('Đã thực hiện')).toBeTruthy();
    return card!;
  });
  expect(within(rules).getByText('Đã thực hiện ngày 15/10/2026')).toBeVisible();
});

test('the calendar file is named from the unit, holds one event per dated duty not done, and says so once read back', async () => {
  const downloads = captureDownloads();
  const { user } = await openCalendar();
  await user.click(screen.getByRole('button', { name: 'Tải lịch nghĩa vụ (.ics)' }));
  const status = await screen.findByText(
    /^Đã lưu tệp egov-readiness-.+-security-calendar-\d{4}-\d{2}-\d{2}\.ics gồm \d+ sự kiện\.$/,
  );
  const [name, blob] = [...downloads.entries()][0]!;
  expect(status).toHaveTextContent(name);
  const events = readICalendar(await blob.text());
  expect(status).toHaveTextContent(`gồm ${events.length} sự kiện`);
  const summaries = events.map((event) => event.find((property) => property.name === 'SUMMARY')?.value);
  expect(summaries).toContain(
    'Xác định cấp độ cho hệ thống đang vận hành chưa được phân loại – Cổng thông tin điện tử xã',
  );
  const portal = events.find((event) =>
    event.some((property) => property.value.includes('Cổng thông tin điện tử xã')),
  )!;
  expect(portal.find((property) => property.name === 'DESCRIPTION')?.value).toMatch(
    /Căn cứ: Điều 38 Nghị định số 331\/2026\/NĐ-CP/,
  );
  expect(portal.find((property) => property.name === 'DTSTART')?.value).toBe('20260819');
});

test('in English', async () => {
  const { user } = await openCalendar();
  await changeLanguage('en');
  expect(await screen.findByRole('heading', { level: 1, name: 'Calendar of cybersecurity duties' })).toBeVisible();
  expect(within(cards('Duties, overdue first')[0]!).getByText('Overdue')).toBeVisible();
  await user.selectOptions(screen.getByLabelText('Show the duties of'), 'The unit only');
  expect(screen.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
});
