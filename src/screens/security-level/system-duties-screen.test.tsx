import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { inventory, system } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { paths } from '../../paths';
import { INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { saveSystemSecurity } from '../../storage/system-security';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});
afterEach(async () => {
  await changeLanguage('vi');
});

const PORTAL = 'portal';

/** The portal, its classification and dossier started on other screens: they must survive this screen's writes. */
async function openDuties() {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, {
    saved: [inventory(INVENTORY_QUESTION_ID, [system(PORTAL, { name: 'Cổng dịch vụ công xã', role: 'owner' })])],
    clearedQuestionIds: [],
  });
  await saveSystemSecurity(id, [
    {
      systemId: PORTAL,
      classification: { informationTypes: ['personal'], ownerName: 'UBND xã' },
      dossier: [{ componentId: 'b-overview', status: 'in-progress', owner: 'Văn phòng' }],
      baseline: [],
      duties: { lastClassifiedOn: '2026-09-01' },
      updatedAt: '2026-12-01T08:00:00.000Z',
    },
  ]);
  const view = renderApp(paths.securityDuties.to(id, PORTAL));
  await screen.findByRole('heading', { level: 1, name: 'Nghĩa vụ của hệ thống' }, { timeout: 15_000 });
  return { ...view, id };
}

const stored = async (id: string) => db.systemSecurity.get([id, PORTAL]);

/** Day/month/year and hours:minutes on the device's clock, as a person reads them off a log. */
function typed(time: Date) {
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${pad(time.getDate())}/${pad(time.getMonth() + 1)}/${time.getFullYear()}`,
    time: `${pad(time.getHours())}:${pad(time.getMinutes())}`,
  };
}

test('a change after the last classification makes re-classification due; the dates are saved, the rest of the record kept', async () => {
  const { user, id } = await openDuties();
  await user.type(
    screen.getByLabelText('Ngày hệ thống thay đổi chức năng, phạm vi hoặc kết nối', { exact: false }),
    '20/10/2026',
  );
  await user.type(screen.getByLabelText('Ngày kiểm tra, đánh giá gần nhất', { exact: false }), '01/11/2026');
  await user.type(screen.getByLabelText('Năm gửi báo cáo hằng năm gần nhất của hệ thống', { exact: false }), '2025');
  expect(
    await screen.findByRole('heading', { name: 'Sắp đến hạn Xác định lại cấp độ khi hệ thống thay đổi' }),
  ).toBeVisible();
  await waitFor(async () =>
    expect((await stored(id))?.duties).toEqual({
      lastClassifiedOn: '2026-09-01',
      changedOn: '2026-10-20',
      lastInspectedOn: '2026-11-01',
      lastAnnualReportYear: 2025,
    }),
  );
  const record = await stored(id);
  expect(record?.classification).toEqual({ informationTypes: ['personal'], ownerName: 'UBND xã' });
  expect(record?.dossier).toEqual([{ componentId: 'b-overview', status: 'in-progress', owner: 'Văn phòng' }]);
});

test('a wrong year is explained when the field is left, and not written', async () => {
  const { user, id } = await openDuties();
  await user.type(screen.getByLabelText('Năm gửi báo cáo hằng năm gần nhất của hệ thống', { exact: false }), '26');
  await user.tab();
  expect(await screen.findByText('Nhập năm gồm 4 chữ số, từ 2000 đến 2100')).toBeVisible();
  expect((await stored(id))?.duties.lastAnnualReportYear).toBeUndefined();
});

test('an incident recorded starts its clocks: the 24 h notice overdue after 26 h, the 72 h ones running; the time of the report recorded (not before detection), they stop', async () => {
  const { user, id } = await openDuties();
  await user.click(screen.getByRole('button', { name: 'Ghi nhận sự cố' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Nhập ngày phát hiện sự cố');
  const detected = typed(new Date(Date.now() - 26 * 3_600_000));
  await user.type(screen.getByLabelText('Ngày phát hiện', { exact: false }), detected.date);
  await user.type(screen.getByLabelText('Giờ phát hiện', { exact: false }), detected.time);
  const serious = screen.getByRole('group', { name: 'Sự cố nghiêm trọng?' });
  await user.click(within(serious).getByLabelText('Có'));
  const personal = screen.getByRole('group', { name: 'Sự cố có làm lộ, mất dữ liệu cá nhân không?' });
  await user.click(within(personal).getByLabelText('Có'));
  await user.type(screen.getByLabelText('Mô tả ngắn sự cố'), 'Trang bị thay đổi giao diện; lộ danh sách hồ sơ');
  await user.click(screen.getByRole('button', { name: 'Ghi nhận sự cố' }));
  const heading = await screen.findByRole('heading', {
    name: /^Sự cố phát hiện lúc .+ \(nghiêm trọng, liên quan dữ liệu cá nhân\)$/,
  });
  const card = heading.closest('li')!;
  expect(
    within(card).getByRole('heading', { name: 'Quá hạn Thông báo ban đầu sự cố nghiêm trọng: trong 24 giờ' }),
  ).toBeVisible();
  expect(
    within(card).getByRole('heading', { name: 'Sắp đến hạn Báo cáo sự cố an ninh mạng: trong 72 giờ' }),
  ).toBeVisible();
  expect(
    within(card).getByRole('heading', { name: 'Sắp đến hạn Thông báo vi phạm dữ liệu cá nhân: trong 72 giờ' }),
  ).toBeVisible();
  expect(within(card).getByText('Chưa báo cáo.')).toBeVisible();
  await waitFor(async () => expect((await stored(id))?.duties.incidents).toHaveLength(1));
  // Sent 2 hours after detection: before that is refused, then the time is corrected and recorded.
  const report = within(card).getByRole('group', { name: 'Ghi nhận đã báo cáo sự cố' });
  const sent = typed(new Date(Date.now() - 24 * 3_600_000));
  const before = typed(new Date(Date.now() - 27 * 3_600_000));
  await user.clear(within(report).getByLabelText('Ngày gửi', { exact: false }));
  await user.type(within(report).getByLabelText('Ngày gửi', { exact: false }), before.date);
  await user.clear(within(report).getByLabelText('Giờ gửi', { exact: false }));
  await user.type(within(report).getByLabelText('Giờ gửi', { exact: false }), before.time);
  await user.click(within(report).getByRole('button', { name: 'Ghi nhận đã báo cáo' }));
  expect(await within(report).findByText('Thời điểm gửi báo cáo không thể trước khi phát hiện sự cố')).toBeVisible();
  await user.clear(within(report).getByLabelText('Ngày gửi', { exact: false }));
  await user.type(within(report).getByLabelText('Ngày gửi', { exact: false }), sent.date);
  await user.clear(within(report).getByLabelText('Giờ gửi', { exact: false }));
  await user.type(within(report).getByLabelText('Giờ gửi', { exact: false }), sent.time);
  await user.click(within(report).getByRole('button', { name: 'Ghi nhận đã báo cáo' }));
  expect(await within(card).findByText(/^Đã báo cáo lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/)).toBeVisible();
  expect(within(card).getAllByRole('heading', { name: /^Đã thực hiện / })).toHaveLength(3);
  await waitFor(async () => expect((await stored(id))?.duties.incidents?.[0]?.reportedAt).toBeDefined());
  // The final report's form follows the report's.
  expect(within(card).getByRole('group', { name: 'Ghi nhận đã gửi báo cáo kết thúc' })).toBeVisible();
  const incident = (await stored(id))?.duties.incidents?.[0];
  expect(incident).toMatchObject({
    serious: true,
    personalData: true,
    summary: 'Trang bị thay đổi giao diện; lộ danh sách hồ sơ',
  });
  expect((await stored(id))?.dossier).toHaveLength(1);
});

test('an incident cannot be dated in the future', async () => {
  const { user } = await openDuties();
  const later = typed(new Date(Date.now() + 3 * 86_400_000));
  await user.type(screen.getByLabelText('Ngày phát hiện', { exact: false }), later.date);
  await user.type(screen.getByLabelText('Giờ phát hiện', { exact: false }), later.time);
  await user.click(screen.getByRole('button', { name: 'Ghi nhận sự cố' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Thời điểm phát hiện không thể ở tương lai');
  expect(screen.getByText('Chưa ghi nhận sự cố nào.')).toBeVisible();
});

test('a system not in the inventory is said so; in English the page reads in English', async () => {
  const { id } = await openDuties();
  await changeLanguage('en');
  expect(await screen.findByRole('heading', { level: 1, name: 'Duties of the system' })).toBeVisible();
  expect(screen.getByRole('heading', { name: 'Incidents and reporting deadlines' })).toBeVisible();
  await changeLanguage('vi');
  renderApp(paths.securityDuties.to(id, 'gone'));
  expect(
    await screen.findByText('Không tìm thấy hệ thống này trong danh mục hệ thống thông tin của đánh giá.'),
  ).toBeVisible();
});
