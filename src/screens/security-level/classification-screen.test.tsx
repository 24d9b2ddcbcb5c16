import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { inventory, system } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { paths } from '../../paths';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import { INVENTORY_QUESTION_ID, findInventoryRow } from '../../security-level/inventory';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { loadSystemSecurity, saveSystemSecurity } from '../../storage/system-security';

afterEach(() => {
  vi.useRealTimers();
});

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});

const oneStop = system('one-stop', {
  name: 'Hệ thống một cửa điện tử',
  role: 'owner',
  proposedLevel: '2',
  approvedLevel: '2',
  approvedOn: '2025-05-20',
});

async function assessmentWith(row: InformationSystem) {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, { saved: [inventory(INVENTORY_QUESTION_ID, [row])], clearedQuestionIds: [] });
  return id;
}

async function openClassification(id: string, systemId: string) {
  const view = renderApp(paths.securityClassification.to(id, systemId));
  await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  return view;
}

const result = () => screen.getByRole('region', { name: 'Kết quả phân loại' });

test('prefilled from the row, a person answers: the level, its cited criterion, the approved level beside it, saved with the rest of the record', async () => {
  const id = await assessmentWith(oneStop);
  // The dossier screen's part of the record must survive the classification's writes.
  await saveSystemSecurity(id, [
    {
      systemId: 'one-stop',
      classification: {},
      dossier: [{ componentId: 'overview', status: 'in-progress', owner: 'Văn phòng' }],
      baseline: [],
      duties: { lastInspectedOn: '2026-03-01' },
      updatedAt: '2026-12-01T08:00:00.000Z',
    },
  ]);
  const { user } = await openClassification(id, 'one-stop');
  expect(screen.getByRole('heading', { level: 1, name: 'Phân loại: Hệ thống một cửa điện tử' })).toBeVisible();
  const type = screen.getByRole('group', { name: 'Hệ thống thuộc loại nào?' });
  expect(within(type).getByRole('radio', { name: 'Phục vụ người dân, doanh nghiệp' })).toBeChecked();
  // Citizen-facing: the online service questions are asked; the infrastructure's reach is not.
  expect(screen.getByRole('group', { name: 'Hệ thống cung cấp dịch vụ công trực tuyến đến mức nào?' })).toBeVisible();
  expect(screen.queryByRole('group', { name: 'Hạ tầng thông tin này phục vụ phạm vi nào?' })).toBeNull();
  expect(within(result()).getByText(/Chưa đủ thông tin để đề xuất cấp độ/)).toBeVisible();

  const procedures = screen.getByRole('group', { name: 'Hệ thống có xử lý hồ sơ thủ tục hành chính không?' });
  await user.click(within(procedures).getByRole('radio', { name: 'Có' }));
  expect(within(result()).getByText('Cấp độ 3', { selector: 'dd strong' })).toBeVisible();
  const criterion = within(result()).getByText(/Hệ thống có xử lý hồ sơ, giải quyết thủ tục hành chính\./);
  const item = criterion.closest('li')!;
  expect(within(item).getByText(/Quyết định cấp độ/)).toBeVisible();
  expect(within(item).getByText(/điểm b khoản 2 Điều 13/)).toBeVisible();
  expect(within(item).getByText('Chưa được xác nhận')).toBeVisible();
  // Approved at level 2 under the old law: shown beside the proposal, with what changed and the deadline.
  expect(within(result()).getByText('Cấp độ 2, ngày 20/05/2025')).toBeVisible();
  expect(within(result()).getByText(/Cấp độ đề xuất hôm nay \(Cấp độ 3\) khác cấp độ đã phê duyệt/)).toBeVisible();
  expect(within(result()).getByText(/Cấp độ cũ được phê duyệt theo Chế độ cũ/)).toBeVisible();
  expect(within(result()).getByText(/Hệ thống đã được phê duyệt cấp độ trước ngày 01\/7\/2026/)).toBeVisible();
  expect(
    within(result()).getByText(/^Đáp ứng điều kiện, biện pháp theo Luật An ninh mạng .*: trước ngày 01\/07\/2027$/),
  ).toBeVisible();

  await user.type(screen.getByLabelText('Cơ quan chủ quản hệ thống là cơ quan nào?'), 'UBND tỉnh Phú Thọ');
  await waitFor(async () => {
    const record = (await loadSystemSecurity(id)).get('one-stop');
    expect(record?.classification).toEqual({
      ownerName: 'UBND tỉnh Phú Thọ',
      systemType: 'citizen-services',
      handlesProcedures: true,
    });
    expect(record?.dossier).toEqual([{ componentId: 'overview', status: 'in-progress', owner: 'Văn phòng' }]);
    expect(record?.duties).toEqual({ lastInspectedOn: '2026-03-01' });
  });
  // The inventory is not changed by the classification itself.
  expect(findInventoryRow(await readAnswers(id), 'one-stop')).toEqual(oneStop);
});

test('a count typed wrong shows why when left, keeps the saved count, and is saved once corrected', async () => {
  const id = await assessmentWith(oneStop);
  const { user } = await openClassification(id, 'one-stop');
  const users = screen.getByLabelText('Dịch vụ trực tuyến có bao nhiêu người sử dụng?');
  await user.type(users, '12.000');
  await waitFor(async () =>
    expect((await loadSystemSecurity(id)).get('one-stop')?.classification.userCount).toBe(12_000),
  );
  await user.type(users, 'a');
  await user.tab();
  expect(await screen.findByText('Nhập một số nguyên không âm, ví dụ 12000 hoặc 12.000')).toBeVisible();
  expect(users).toHaveAttribute('aria-invalid', 'true');
  expect(users).toHaveValue('12.000a');
  await user.clear(users);
  await user.type(users, '15000');
  await waitFor(() => expect(screen.queryByText(/Nhập một số nguyên không âm/)).toBeNull());
  await waitFor(async () =>
    expect((await loadSystemSecurity(id)).get('one-stop')?.classification.userCount).toBe(15_000),
  );
});

test('questions follow the answers: an internal system is not asked about online services, and what was hidden is not kept', async () => {
  const id = await assessmentWith(oneStop);
  const { user } = await openClassification(id, 'one-stop');
  await user.type(screen.getByLabelText('Dịch vụ trực tuyến có bao nhiêu người sử dụng?'), '50000');
  const type = screen.getByRole('group', { name: 'Hệ thống thuộc loại nào?' });
  await user.click(within(type).getByRole('radio', { name: 'Phục vụ hoạt động nội bộ' }));
  expect(screen.queryByLabelText('Dịch vụ trực tuyến có bao nhiêu người sử dụng?')).toBeNull();
  const information = screen.getByRole('group', { name: 'Hệ thống xử lý những loại thông tin nào?' });
  await user.click(within(information).getByRole('checkbox', { name: 'Thông tin riêng' }));
  expect(within(result()).getByText('Cấp độ 2', { selector: 'dd strong' })).toBeVisible();
  await waitFor(async () =>
    expect((await loadSystemSecurity(id)).get('one-stop')?.classification).toEqual({
      systemType: 'internal',
      informationTypes: ['private'],
    }),
  );
  // Missing facts link to their question.
  const missing = within(result()).getByRole('link', { name: 'Hệ thống có xử lý hồ sơ thủ tục hành chính không?' });
  await user.click(missing);
  expect(
    within(screen.getByRole('group', { name: /thủ tục hành chính không/ })).getByRole('radio', { name: 'Có' }),
  ).toHaveFocus();
});

test('"Use level 3 in the inventory" writes that row only when pressed, with the procedures only when ticked', async () => {
  const id = await assessmentWith({ ...oneStop, approvedLevel: undefined, approvedOn: undefined });
  const { user } = await openClassification(id, 'one-stop');
  const procedures = screen.getByRole('group', { name: 'Hệ thống có xử lý hồ sơ thủ tục hành chính không?' });
  await user.click(within(procedures).getByRole('radio', { name: 'Có' }));
  const inventorySection = screen.getByRole('region', { name: 'Ghi vào danh mục hệ thống' });
  expect(within(inventorySection).getByText('Danh mục hiện ghi cấp độ đề xuất: Cấp độ 2.')).toBeVisible();
  const copy = within(inventorySection).getByRole('checkbox', {
    name: 'Ghi cả việc giải quyết thủ tục hành chính: “Có” (danh mục đang ghi “Chưa trả lời”)',
  });
  expect(copy).not.toBeChecked();
  await user.click(copy);
  await user.click(
    within(inventorySection).getByRole('button', { name: 'Dùng cấp độ 3 làm cấp độ đề xuất trong danh mục' }),
  );
  expect(
    await within(inventorySection).findByText('Đã ghi vào danh mục: cấp độ đề xuất 3, giải quyết thủ tục hành chính.'),
  ).toBeVisible();
  expect(findInventoryRow(await readAnswers(id), 'one-stop')).toEqual({
    ...oneStop,
    approvedLevel: undefined,
    approvedOn: undefined,
    proposedLevel: '3',
    handlesProcedures: true,
  });
  expect(await within(inventorySection).findByText('Danh mục đã ghi đúng kết quả phân loại này.')).toBeVisible();
  expect(within(inventorySection).queryByRole('button')).toBeNull();
});

test('in English, with the scope split warning', async () => {
  await changeLanguage('en');
  const id = await assessmentWith({ ...oneStop, role: 'operator' });
  const { user } = await openClassification(id, 'one-stop');
  expect(screen.getByRole('heading', { level: 1, name: 'Classification: Hệ thống một cửa điện tử' })).toBeVisible();
  const split = screen.getByRole('group', { name: /split off from, or merged with/ });
  await user.click(within(split).getByRole('radio', { name: 'Yes' }));
  expect(
    within(screen.getByRole('region', { name: 'Result' })).getByText(
      /A system's scope may not be split or merged to lower its level/,
    ),
  ).toBeVisible();
});

test('a system under investment before 1/7/2026, in December 2026: the old regime, its criteria and both deadlines', async () => {
  // Only Date is faked: the day decides the regime (the transition ends on 1/1/2027).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-10T09:00:00+07:00'));
  const id = await assessmentWith({
    ...oneStop,
    approvedLevel: undefined,
    approvedOn: undefined,
    proposedLevel: undefined,
  });
  const { user } = await openClassification(id, 'one-stop');
  const invested = screen.getByRole('group', {
    name: 'Hệ thống có đang được đầu tư, xây dựng trước ngày 01/7/2026 không?',
  });
  await user.click(within(invested).getByRole('radio', { name: 'Có' }));
  const depth = screen.getByRole('group', { name: 'Hệ thống cung cấp dịch vụ công trực tuyến đến mức nào?' });
  await user.click(within(depth).getByRole('radio', { name: /mức độ 3 trở lên/ }));
  expect(within(result()).getByText(/^Chế độ cũ: Nghị định số 85\/2016\/NĐ-CP/)).toBeVisible();
  expect(
    within(result()).getByText(/Hệ thống được đầu tư, xây dựng trước ngày 01\/7\/2026 và chưa được phê duyệt/),
  ).toBeVisible();
  expect(within(result()).getByText('Cấp độ 3', { selector: 'dd strong' })).toBeVisible();
  const criterion = within(result())
    .getByText(/Hệ thống cung cấp dịch vụ công trực tuyến từ mức độ 3 trở lên/)
    .closest('li')!;
  expect(within(criterion).getByText(/Nghị định số 85\/2016\/NĐ-CP/)).toBeVisible();
  expect(within(criterion).getByText(/chưa đối chiếu Công báo/)).toBeVisible();
  expect(
    within(result()).getByText(/^Hoàn thành thẩm định, phê duyệt cấp độ theo Nghị định 85.*: trước ngày 01\/01\/2027$/),
  ).toBeVisible();
  expect(within(result()).getByText(/: trước ngày 01\/07\/2027$/)).toBeVisible();
  expect(within(result()).queryByText('Đã quá hạn')).toBeNull();
});
