import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { openSecuritySection, SLOW } from '../../../tests/fixtures/open-section';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { db } from '../../storage/db';
import { portalGroups, portalRecord, seedWorkbench } from '../security-level/baseline-screen.test-support';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
});

/** The portal (level 3) fully self-checked with every group met; the e-mail system not classified. */
async function openWithSelfCheck() {
  const assessment = await seedWorkbench([
    portalRecord(portalGroups().map((group) => ({ groupId: group.id, status: 'met' as const }))),
  ]);
  return openSecuritySection(assessment.id);
}

const question = (text: RegExp) => screen.getByRole('group', { name: text });
const planQuestion = () => question(/đã triển khai đầy đủ phương án bảo đảm an ninh mạng theo cấp độ/);
const measuresQuestion = () => question(/những biện pháp quản lý an ninh mạng nào/);
const SUGGESTED = 'Bàn làm việc an ninh mạng gợi ý:';

test('a suggestion says what it rests on, and nothing is written until the person uses it', async () => {
  const { assessmentId } = await openWithSelfCheck();
  const plan = planQuestion();
  expect(
    await within(plan).findByText(
      `${SUGGESTED} Từ một nửa đến dưới 90%, dựa trên kết quả tự đánh giá biện pháp cơ bản của 1/2 hệ thống đơn vị là chủ quản.`,
      {},
      SLOW,
    ),
  ).toBeInTheDocument();
  expect(
    within(question(/đã xác định cấp độ và lập hồ sơ đề xuất cấp độ/)).getByText(
      /dựa trên kết quả phân loại 1\/2 hệ thống đơn vị là chủ quản\.$/,
    ),
  ).toBeInTheDocument();
  expect(
    within(question(/Lần kiểm tra, đánh giá an ninh mạng gần nhất/)).getByText(
      `${SUGGESTED} 04/05/2026, dựa trên ngày kiểm tra, đánh giá ghi cho hệ thống «Cổng dịch vụ công của Sở».`,
    ),
  ).toBeInTheDocument();
  const answers = await readAnswers(assessmentId);
  expect([...answers.keys()]).toEqual(['security-system-inventory']);
});

test('"Use this answer" fills the form as if chosen, the writer saves it, and "Undo" puts back what was there', async () => {
  const { user, assessmentId } = await openWithSelfCheck();
  const plan = planQuestion();
  await user.click(await within(plan).findByRole('button', { name: 'Dùng câu trả lời này' }, SLOW));
  expect(within(plan).getByLabelText('Từ một nửa đến dưới 90%')).toBeChecked();
  expect(within(plan).getByText(/Đã điền câu trả lời gợi ý/)).toBeInTheDocument();
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-plan-before-go-live')?.response).toEqual({
      kind: 'value',
      value: { type: 'coverage', choice: 'half' },
    });
  }, SLOW);
  await user.click(within(plan).getByRole('button', { name: 'Hoàn tác' }));
  expect(within(plan).getByLabelText('Từ một nửa đến dưới 90%')).not.toBeChecked();
  expect(within(plan).getByText('Đã trả lại câu trả lời trước đó.')).toBeInTheDocument();
  expect(within(plan).getByRole('button', { name: 'Dùng câu trả lời này' })).toBeInTheDocument();
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-plan-before-go-live')?.response).toBeUndefined();
  }, SLOW);
});

test('the management measures met in every owned system are ticked by "Use this answer"', async () => {
  const { user, assessmentId } = await openWithSelfCheck();
  const measures = measuresQuestion();
  await user.click(await within(measures).findByRole('button', { name: 'Dùng câu trả lời này' }, SLOW));
  for (const label of [
    /Quy chế bảo đảm an ninh mạng/,
    /phân công cán bộ/,
    /đánh giá và xử lý rủi ro/,
    /sao lưu/,
    /xóa dữ liệu an toàn/,
  ]) {
    expect(within(measures).getByRole('checkbox', { name: label })).toBeChecked();
  }
  expect(within(measures).getByRole('checkbox', { name: /Chưa có biện pháp nào/ })).not.toBeChecked();
  await waitFor(async () => {
    const response = (await readAnswers(assessmentId)).get('security-management-measures')?.response;
    expect(
      response?.kind === 'value' && response.value.type === 'multi-choice' ? response.value.optionIds.sort() : [],
    ).toEqual(['backup-and-operations', 'end-of-life', 'policy', 'responsible-staff', 'risk-assessment']);
  }, SLOW);
});

test('no suggestion where the answer already is the suggested one', async () => {
  const assessment = await seedWorkbench([portalRecord()]);
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-levels-determined',
        response: { kind: 'value', value: { type: 'coverage', choice: 'half' } },
        updatedAt: '2026-12-02T08:00:00.000Z',
      },
    ],
    clearedQuestionIds: [],
  });
  await openSecuritySection(assessment.id);
  // The inspection date's suggestion shows that the suggestions have loaded.
  await within(question(/Lần kiểm tra, đánh giá an ninh mạng gần nhất/)).findByText(new RegExp(SUGGESTED), {}, SLOW);
  expect(
    within(question(/đã xác định cấp độ và lập hồ sơ đề xuất cấp độ/)).queryByText(new RegExp(SUGGESTED)),
  ).toBeNull();
});
