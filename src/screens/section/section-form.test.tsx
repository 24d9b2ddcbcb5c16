import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

async function openSecuritySection() {
  const assessment = await createAssessment(buildProfile());
  const view = renderApp(`/assessments/${assessment.id}/sections/security`);
  await screen.findByRole('heading', { level: 1, name: 'An toàn hệ thống thông tin theo cấp độ' });
  return { ...view, assessment };
}

test('a percentage out of range is explained in the question’s words and is not saved', async () => {
  const { user, assessment } = await openSecuritySection();
  const field = screen.getByLabelText('Tỷ lệ cán bộ được bồi dưỡng nhận thức an toàn thông tin');
  await user.type(field, '150');
  await user.tab();

  await waitFor(() =>
    expect(field).toHaveAccessibleDescription(
      /Lỗi: Tỷ lệ cán bộ được bồi dưỡng nhận thức an toàn thông tin phải từ 0 đến 100/,
    ),
  );
  expect(field).toHaveValue('150');
  expect(await screen.findByText(/Số câu chưa lưu vì cần sửa lỗi: 1/)).toBeInTheDocument();
  expect((await readAnswers(assessment.id)).has('security-awareness-training-share')).toBe(false);

  await user.clear(field);
  await user.type(field, '87,5');
  expect(await screen.findByText(/^Đã lưu lúc/)).toBeInTheDocument();
  const saved = (await readAnswers(assessment.id)).get('security-awareness-training-share');
  expect(saved?.response).toEqual({ kind: 'value', value: { type: 'percentage', percent: 87.5 } });
});

test('a count larger than its total is refused, naming both numbers', async () => {
  const { user } = await openSecuritySection();
  await user.type(screen.getByLabelText('Số hệ thống đã được phê duyệt cấp độ'), '7');
  await user.type(screen.getByLabelText('Tổng số hệ thống thông tin đơn vị chủ quản'), '5');
  await user.tab();
  await waitFor(() =>
    expect(screen.getByLabelText('Số hệ thống đã được phê duyệt cấp độ')).toHaveAccessibleDescription(
      /“Số hệ thống đã được phê duyệt cấp độ” không được lớn hơn “Tổng số hệ thống thông tin đơn vị chủ quản”/,
    ),
  );
});

test('"Save and continue" with an error shows a focused summary that links to the field', async () => {
  const { user } = await openSecuritySection();
  await user.type(screen.getByLabelText('Ngày kiểm tra, đánh giá an toàn thông tin gần nhất'), '2999-01-01');
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

  const summary = await screen.findByRole('alert');
  expect(summary).toHaveFocus();
  const link = within(summary).getByRole('link', {
    name: 'Ngày kiểm tra, đánh giá an toàn thông tin gần nhất phải là hôm nay hoặc một ngày đã qua',
  });
  expect(link).toHaveAttribute('href', '#q-security-last-inspection-date');
  await user.click(link);
  expect(screen.getByLabelText('Ngày kiểm tra, đánh giá an toàn thông tin gần nhất')).toHaveFocus();
});

test('choices, "don’t know" and a note are saved, and switching language keeps them', async () => {
  const { user, assessment } = await openSecuritySection();
  const drills = screen.getByRole('group', { name: /diễn tập/ });
  await user.click(within(drills).getByLabelText('Không'));
  await user.click(within(drills).getByText('Ghi chú và minh chứng (không bắt buộc)'));
  await user.type(within(drills).getByLabelText('Ghi chú'), 'Dự kiến diễn tập quý IV');
  const inspection = screen.getByRole('group', { name: /kiểm tra, đánh giá/ });
  await user.click(within(inspection).getByLabelText('Không biết'));

  await waitFor(async () => {
    const answers = await readAnswers(assessment.id);
    expect(answers.get('security-drills')).toMatchObject({
      response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'no' } },
      note: 'Dự kiến diễn tập quý IV',
    });
    expect(answers.get('security-last-inspection')?.response).toEqual({ kind: 'dont-know' });
  });

  await user.click(screen.getByRole('button', { name: /English/ }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Information-system security by level' }),
  ).toBeInTheDocument();
  const drillsInEnglish = screen.getByRole('group', { name: /drill/i });
  expect(within(drillsInEnglish).getByLabelText('No')).toBeChecked();
  expect(within(drillsInEnglish).getByLabelText('Note')).toHaveValue('Dự kiến diễn tập quý IV');
});

test('the inventory adds a system and requires its name', async () => {
  const { user, assessment } = await openSecuritySection();
  await user.click(screen.getByRole('button', { name: 'Thêm hệ thống' }));
  const system = screen.getByRole('group', { name: 'Hệ thống 1' });
  expect(within(system).getByLabelText('Tên hệ thống')).toHaveFocus();
  await user.selectOptions(within(system).getByLabelText('Đối tượng phục vụ'), 'Phục vụ người dân, doanh nghiệp');
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
  expect(await screen.findAllByText('Nhập tên của hệ thống 1')).toHaveLength(2);

  await user.type(within(system).getByLabelText('Tên hệ thống'), 'Hệ thống một cửa điện tử');
  await waitFor(async () => {
    const inventory = (await readAnswers(assessment.id)).get('security-system-inventory');
    expect(inventory?.response).toMatchObject({
      kind: 'value',
      value: { type: 'system-inventory', systems: [{ name: 'Hệ thống một cửa điện tử', audience: 'citizens' }] },
    });
  });
});

test('an answer saved elsewhere (another tab) appears in place, with a notice', async () => {
  const { assessment } = await openSecuritySection();
  const drills = screen.getByRole('group', { name: /diễn tập/ });
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-drills',
        response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  await waitFor(() => expect(within(drills).getByLabelText('Một phần')).toBeChecked());
  expect(within(drills).getByText(/vừa được thay đổi ở một thẻ khác/)).toBeInTheDocument();
});

test('unsaved edits here are kept when another tab saves the same question, with a warning', async () => {
  const { user, assessment } = await openSecuritySection();
  const field = screen.getByLabelText('Tỷ lệ cán bộ được bồi dưỡng nhận thức an toàn thông tin');
  await user.type(field, '12abc');
  await user.tab();
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-awareness-training-share',
        response: { kind: 'value', value: { type: 'percentage', percent: 80 } },
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  expect(
    await screen.findByText(/Khi lưu, nội dung bạn đang nhập ở đây sẽ thay thế câu trả lời đó/),
  ).toBeInTheDocument();
  expect(field).toHaveValue('12abc');
});

test('a full disk is said plainly, never shown as saved, and the typed value stays', async () => {
  const { user, assessment } = await openSecuritySection();
  const quota = vi
    .spyOn(db.answers, 'bulkPut')
    .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const field = screen.getByLabelText('Tỷ lệ cán bộ được bồi dưỡng nhận thức an toàn thông tin');
  await user.type(field, '64');

  expect(await screen.findByText(/^Chưa lưu được: Bộ nhớ của trình duyệt đã đầy/)).toBeInTheDocument();
  expect(screen.queryByText(/^Đã lưu lúc/)).not.toBeInTheDocument();
  expect(field).toHaveValue('64');
  expect((await readAnswers(assessment.id)).has('security-awareness-training-share')).toBe(false);

  // Space freed: the next change writes everything still waiting.
  quota.mockRestore();
  await user.type(field, ',5');
  expect(await screen.findByText(/^Đã lưu lúc/)).toBeInTheDocument();
  expect((await readAnswers(assessment.id)).get('security-awareness-training-share')?.response).toEqual({
    kind: 'value',
    value: { type: 'percentage', percent: 64.5 },
  });
});
