import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { inventory, system } from '../../../../tests/fixtures/answers';
import { buildProfile } from '../../../../tests/fixtures/profile';
import { readAnswers, saveAnswers } from '../../../storage/answers';
import { createAssessment } from '../../../storage/assessments';
import { openSecuritySection, SLOW } from '../../../../tests/fixtures/open-section';
import { db } from '../../../storage/db';

const ROLE_MISSING = /Chưa nêu vai trò của đơn vị đối với hệ thống này/;

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

const savedSystems = async (assessmentId: string) => {
  const response = (await readAnswers(assessmentId)).get('security-system-inventory')?.response;
  return response?.kind === 'value' && response.value.type === 'system-inventory' ? response.value.systems : [];
};

test('the control says that only owned systems are scored, and explains roles and system types', async () => {
  await openSecuritySection();
  const inventoryQuestion = screen.getByRole('group', { name: /Đơn vị là chủ quản, vận hành hoặc sử dụng/ });

  expect(within(inventoryQuestion).getByText(/chỉ tính hệ thống đơn vị là chủ quản/)).toBeVisible();
  expect(within(inventoryQuestion).getByText('Vai trò và loại hệ thống là gì')).toBeVisible();
  expect(
    within(inventoryQuestion).getByText(/phần lớn chỉ sử dụng hệ thống của tỉnh/, { exact: false }),
  ).toBeInTheDocument();
});

test('a person sets every field of a row, role first asked for, and the whole row is saved', async () => {
  const { user, assessmentId } = await openSecuritySection();
  await user.click(screen.getByRole('button', { name: 'Thêm hệ thống' }));
  const row = screen.getByRole('group', { name: 'Hệ thống 1' });
  expect(within(row).getByLabelText('Vai trò của đơn vị')).toHaveValue('');
  expect(within(row).getByText(ROLE_MISSING)).toBeVisible();

  await user.type(within(row).getByLabelText('Tên hệ thống'), 'Cổng thông tin điện tử tỉnh');
  await user.selectOptions(within(row).getByLabelText('Vai trò của đơn vị'), 'Chủ quản');
  expect(within(row).queryByText(ROLE_MISSING)).not.toBeInTheDocument();
  await user.selectOptions(within(row).getByLabelText('Loại hệ thống'), 'Phục vụ người dân, doanh nghiệp');
  await user.selectOptions(within(row).getByLabelText('Giải quyết thủ tục hành chính'), 'Có');
  await user.selectOptions(within(row).getByLabelText('Cấp độ đề xuất'), 'Cấp độ 3');
  await user.type(within(row).getByLabelText('Ngày thẩm định hồ sơ đề xuất cấp độ'), '02/03/2026');
  await user.selectOptions(within(row).getByLabelText('Cấp độ được phê duyệt'), 'Cấp độ 3');
  await user.type(within(row).getByLabelText('Ngày phê duyệt cấp độ'), '20/03/2026');
  await user.selectOptions(within(row).getByLabelText('Đã triển khai phương án bảo đảm an ninh mạng'), 'Một phần');
  await user.type(within(row).getByLabelText('Ngày kiểm tra, đánh giá gần nhất'), '15/10/2026');

  await waitFor(async () => {
    expect(await savedSystems(assessmentId)).toEqual([
      expect.objectContaining({
        name: 'Cổng thông tin điện tử tỉnh',
        role: 'owner',
        systemType: 'citizen-services',
        handlesProcedures: true,
        proposedLevel: '3',
        appraisedOn: '2026-03-02',
        approvedLevel: '3',
        approvedOn: '2026-03-20',
        hasSecurityPlan: 'partly',
        lastInspectedOn: '2026-10-15',
      }),
    ]);
  }, SLOW);
});

test('a row carried without a role shows "not stated", asks for it, and keeps the choice', async () => {
  const { id } = await createAssessment(buildProfile());
  await saveAnswers(id, {
    saved: [
      inventory('security-system-inventory', [
        system('s1', { name: 'Hệ thống một cửa điện tử', systemType: 'internal' }),
      ]),
    ],
    clearedQuestionIds: [],
  });
  const { user, assessmentId } = await openSecuritySection(id);
  const row = screen.getByRole('group', { name: 'Hệ thống 1' });
  const role = within(row).getByLabelText('Vai trò của đơn vị');

  expect(within(role).getByRole('option', { selected: true })).toHaveTextContent('Chưa nêu');
  expect(within(row).getByText(ROLE_MISSING)).toBeVisible();
  expect(within(row).getByLabelText('Loại hệ thống')).toHaveValue('internal');

  await user.selectOptions(role, 'Chỉ sử dụng');
  expect(within(row).queryByText(ROLE_MISSING)).not.toBeInTheDocument();
  await waitFor(async () => expect(await savedSystems(assessmentId)).toMatchObject([{ role: 'user' }]), SLOW);
});

test('the row is labelled in English too, with the five system types and the three roles', async () => {
  const { user } = await openSecuritySection();
  await user.click(screen.getByRole('button', { name: 'Thêm hệ thống' }));
  await user.click(screen.getByRole('button', { name: /English/ }));
  const row = await screen.findByRole('group', { name: 'System 1' }, SLOW);

  const roleOptions = within(within(row).getByLabelText('The unit’s role')).getAllByRole('option');
  expect(roleOptions.map((option) => option.textContent)).toEqual(['Not stated', 'Owner', 'Operator', 'User only']);
  const typeOptions = within(within(row).getByLabelText('System type')).getAllByRole('option');
  expect(typeOptions.map((option) => option.textContent)).toEqual([
    'Not answered',
    'Internal operations',
    'Serves citizens and businesses',
    'Information infrastructure',
    'Industrial control',
    'Other',
  ]);
  expect(within(row).getByLabelText('Handles administrative procedures')).toBeInTheDocument();
  expect(within(row).getByLabelText('Date the level dossier was appraised')).toBeInTheDocument();
});
