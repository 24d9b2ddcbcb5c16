import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { openSecuritySection, SLOW } from '../../../tests/fixtures/open-section';
import { db } from '../../storage/db';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

const question = (name: RegExp) => screen.getByRole('group', { name });
const percentField = () => screen.getByLabelText('Tỷ lệ cán bộ được bồi dưỡng nhận thức an ninh mạng');
/** Leaves the question the focus is in, as a person does: by clicking an answer of another question. */
const leaveQuestion = (user: ReturnType<typeof renderApp>['user']) =>
  user.click(within(question(/diễn tập/)).getByLabelText('Có'));

test('a percentage out of range is explained when the person leaves the question, kept as typed, and saved once fixed', async () => {
  const { user, assessmentId, unmount } = await openSecuritySection();
  await user.type(percentField(), '150');
  await user.tab();
  // Still inside the question (its checkboxes, its note): nobody is told off for what they have not finished.
  expect(percentField()).not.toHaveAccessibleDescription(/Lỗi/);
  await leaveQuestion(user);

  await waitFor(
    () =>
      expect(percentField()).toHaveAccessibleDescription(
        /Lỗi: Tỷ lệ cán bộ được bồi dưỡng nhận thức an ninh mạng phải từ 0 đến 100/,
      ),
    SLOW,
  );
  expect(percentField()).toHaveValue('150');
  expect(await screen.findByText(/Câu cần sửa: 1 \(phần hợp lệ đã lưu/, {}, SLOW)).toBeInTheDocument();
  await waitFor(async () => expect((await readAnswers(assessmentId)).has('security-drills')).toBe(true), SLOW);
  expect((await readAnswers(assessmentId)).has('security-awareness-training-share')).toBe(false);

  // Reopened: the draft is there, with its error.
  unmount();
  await openSecuritySection(assessmentId);
  expect(percentField()).toHaveValue('150');
  await waitFor(() => expect(percentField()).toHaveAccessibleDescription(/phải từ 0 đến 100/), SLOW);

  const again = userEvent.setup();
  await again.clear(percentField());
  await again.type(percentField(), '87,5');
  await waitFor(() => expect(percentField()).not.toHaveAccessibleDescription(/Lỗi/), SLOW);
  await waitFor(async () => {
    const saved = (await readAnswers(assessmentId)).get('security-awareness-training-share');
    expect(saved?.response).toEqual({ kind: 'value', value: { type: 'percentage', percent: 87.5 } });
  }, SLOW);
});

test('moving from the first box of a count pair to the second shows no error; leaving the question checks both', async () => {
  const { user } = await openSecuritySection();
  const part = screen.getByLabelText('Số hệ thống đã được phê duyệt cấp độ');
  const whole = screen.getByLabelText('Tổng số hệ thống thông tin mà đơn vị là chủ quản');
  await user.type(part, '7');
  await user.click(whole);
  expect(screen.queryByText(/Nhập cả hai số/)).not.toBeInTheDocument();
  expect(whole).not.toHaveAccessibleDescription(/Lỗi/);
  await user.type(whole, '5');
  await leaveQuestion(user);
  await waitFor(
    () =>
      expect(part).toHaveAccessibleDescription(
        /“Số hệ thống đã được phê duyệt cấp độ” không được lớn hơn “Tổng số hệ thống thông tin mà đơn vị là chủ quản”/,
      ),
    SLOW,
  );
});

test('"Save and continue" with an error shows a focused summary that names the question and links to the field', async () => {
  const { user } = await openSecuritySection();
  await user.type(screen.getByLabelText('Ngày kiểm tra, đánh giá an ninh mạng gần nhất'), '01/01/2999');
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));

  const summary = await screen.findByRole('alert', {}, SLOW);
  await waitFor(() => expect(summary).toHaveFocus(), SLOW);
  const link = within(summary).getByRole('link', {
    name: /^Câu \d+: Ngày kiểm tra, đánh giá an ninh mạng gần nhất phải là hôm nay hoặc một ngày đã qua$/,
  });
  expect(link).toHaveAttribute('href', '#q-security-last-inspection-date');
  const number = /^Câu (\d+):/.exec(link.textContent ?? '')?.[1];
  const dateField = screen.getByLabelText('Ngày kiểm tra, đánh giá an ninh mạng gần nhất');
  expect(dateField.closest('section')).toHaveTextContent(new RegExp(`^${number}\\.`));
  await user.click(link);
  expect(screen.getByLabelText('Ngày kiểm tra, đánh giá an ninh mạng gần nhất')).toHaveFocus();
});

test('choices, "don’t know" and a note are saved, and switching language keeps them', async () => {
  const { user, assessmentId } = await openSecuritySection();
  const drills = question(/diễn tập/);
  await user.click(within(drills).getByLabelText('Không'));
  await user.click(within(drills).getByText('Ghi chú và minh chứng (không bắt buộc)'));
  await user.type(within(drills).getByLabelText('Ghi chú'), 'Dự kiến diễn tập quý IV');
  const inspection = question(/kiểm tra, đánh giá/);
  await user.click(within(inspection).getByLabelText('Không biết'));

  await waitFor(async () => {
    const answers = await readAnswers(assessmentId);
    expect(answers.get('security-drills')).toMatchObject({
      response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'no' } },
      note: 'Dự kiến diễn tập quý IV',
    });
    expect(answers.get('security-last-inspection')?.response).toEqual({ kind: 'dont-know' });
  }, SLOW);

  await user.click(screen.getByRole('button', { name: /English/ }));
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Cybersecurity protection of information systems by level' },
      SLOW,
    ),
  ).toBeInTheDocument();
  const drillsInEnglish = screen.getByRole('group', { name: /drill/i });
  expect(within(drillsInEnglish).getByLabelText('No')).toBeChecked();
  expect(within(drillsInEnglish).getByLabelText('Note')).toHaveValue('Dự kiến diễn tập quý IV');
});

test('a new inventory row shows no error before anything is typed; its error goes as soon as it is fixed', async () => {
  const { user, assessmentId } = await openSecuritySection();
  await user.click(screen.getByRole('button', { name: 'Thêm hệ thống' }));
  const system = screen.getByRole('group', { name: 'Hệ thống 1' });
  expect(within(system).getByLabelText('Tên hệ thống')).toHaveFocus();
  await user.click(within(system).getByLabelText('Mục đích sử dụng'));
  expect(screen.queryByText('Nhập tên của hệ thống 1')).not.toBeInTheDocument();
  await user.selectOptions(within(system).getByLabelText('Loại hệ thống'), 'Phục vụ người dân, doanh nghiệp');
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
  expect(await screen.findAllByText(/Nhập tên của hệ thống 1/, {}, SLOW)).toHaveLength(2);

  await user.type(within(system).getByLabelText('Tên hệ thống'), 'Hệ thống một cửa điện tử');
  await waitFor(() => expect(within(system).queryByText('Nhập tên của hệ thống 1')).not.toBeInTheDocument(), SLOW);
  await waitFor(async () => {
    const inventory = (await readAnswers(assessmentId)).get('security-system-inventory');
    expect(inventory?.response).toMatchObject({
      kind: 'value',
      value: {
        type: 'system-inventory',
        systems: [{ name: 'Hệ thống một cửa điện tử', systemType: 'citizen-services' }],
      },
    });
  }, SLOW);
});

test('an evidence date in the future keeps the choice, note and document saved; leaving asks, and the draft comes back', async () => {
  const { user, assessmentId, unmount } = await openSecuritySection();
  const drills = question(/diễn tập/);
  await user.click(within(drills).getByLabelText('Không'));
  await user.click(within(drills).getByText('Ghi chú và minh chứng (không bắt buộc)'));
  await user.type(within(drills).getByLabelText('Ghi chú'), 'Chưa có kinh phí');
  await user.type(within(drills).getByLabelText('Số, ký hiệu văn bản'), '12/KH-UBND');
  await user.type(within(drills).getByLabelText('Ngày ban hành văn bản'), '01/01/2999');

  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-drills')).toMatchObject({
      response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'no' } },
      note: 'Chưa có kinh phí',
      evidence: { documentNumber: '12/KH-UBND' },
    });
  }, SLOW);
  expect((await readAnswers(assessmentId)).get('security-drills')?.evidence?.issuedOn).toBeUndefined();

  await user.click(screen.getByRole('link', { name: 'Quay lại danh sách phần' }));
  const panel = await screen.findByRole('alertdialog', { name: 'Một số câu còn phần chưa hợp lệ' }, SLOW);
  expect(panel).toHaveTextContent(/Câu \d+: phần hợp lệ đã được lưu/);
  await user.click(within(panel).getByRole('button', { name: 'Rời đi, giữ bản nháp' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Sở/ }, SLOW)).toBeInTheDocument();

  unmount();
  await openSecuritySection(assessmentId);
  const reopened = question(/diễn tập/);
  expect(within(reopened).getByLabelText('Ngày ban hành văn bản')).toHaveValue('01/01/2999');
  await waitFor(
    () => expect(within(reopened).getByLabelText('Ngày ban hành văn bản')).toHaveAccessibleDescription(/hôm nay/),
    SLOW,
  );
  expect(within(reopened).getByLabelText('Không')).toBeChecked();
});

test('unticking "don’t know" brings back the date typed before, after a reload too', async () => {
  const { user, assessmentId, unmount } = await openSecuritySection();
  const inspection = () => question(/kiểm tra, đánh giá/);
  await user.type(within(inspection()).getByLabelText(/Ngày kiểm tra, đánh giá/), '15/03/2026');
  await user.click(within(inspection()).getByLabelText('Không biết'));
  expect(within(inspection()).queryByLabelText(/Ngày kiểm tra, đánh giá/)).not.toBeInTheDocument();
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-last-inspection')?.response).toEqual({ kind: 'dont-know' });
  }, SLOW);
  await user.click(within(inspection()).getByLabelText('Không biết'));
  expect(within(inspection()).getByLabelText(/Ngày kiểm tra, đánh giá/)).toHaveValue('15/03/2026');
  await user.click(within(inspection()).getByLabelText('Không biết'));
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-last-inspection')?.response).toEqual({ kind: 'dont-know' });
  }, SLOW);

  unmount();
  const { user: again } = await openSecuritySection(assessmentId);
  await again.click(within(inspection()).getByLabelText('Không biết'));
  expect(within(inspection()).getByLabelText(/Ngày kiểm tra, đánh giá/)).toHaveValue('15/03/2026');
});

test('"none of these" is exclusive in the control itself: it clears the other options, and they clear it', async () => {
  const { user, assessmentId } = await openSecuritySection();
  const measures = question(/biện pháp quản lý/i);
  const policy = within(measures).getByLabelText('Đã ban hành Quy chế bảo đảm an ninh mạng của đơn vị');
  const staff = within(measures).getByLabelText(/Đã phân công cán bộ/);
  const none = within(measures).getByLabelText('Chưa có biện pháp nào trong số này');
  await user.click(policy);
  await user.click(staff);
  await user.click(none);
  expect(none).toBeChecked();
  expect(policy).not.toBeChecked();
  expect(staff).not.toBeChecked();
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-management-measures')?.response).toEqual({
      kind: 'value',
      value: { type: 'multi-choice', optionIds: ['none'] },
    });
  }, SLOW);
  await user.click(staff);
  expect(none).not.toBeChecked();
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-management-measures')?.response).toEqual({
      kind: 'value',
      value: { type: 'multi-choice', optionIds: ['responsible-staff'] },
    });
  }, SLOW);
});

test('typing on after a save keeps every character, and no notice about another tab appears', async () => {
  const { user, assessmentId } = await openSecuritySection();
  const field = screen.getByLabelText('Khó khăn và hướng khắc phục về an ninh mạng');
  await user.type(field, 'Thiếu ');
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-obstacles')?.response).toMatchObject({
      value: { text: 'Thiếu' },
    });
  }, SLOW);
  await user.type(field, 'máy quét');
  expect(field).toHaveValue('Thiếu máy quét');
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-obstacles')?.response).toMatchObject({
      value: { text: 'Thiếu máy quét' },
    });
  }, SLOW);
  expect(field).toHaveValue('Thiếu máy quét');
  expect(screen.queryByText(/thẻ khác/)).not.toBeInTheDocument();
});

test('an answer saved elsewhere (another tab) appears in place, with a notice', async () => {
  const { assessmentId } = await openSecuritySection();
  const drills = question(/diễn tập/);
  await saveAnswers(assessmentId, {
    saved: [
      {
        questionId: 'security-drills',
        response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  await waitFor(() => expect(within(drills).getByLabelText('Một phần')).toBeChecked(), SLOW);
  expect(within(drills).getByText(/vừa được thay đổi ở một thẻ khác/)).toBeInTheDocument();
});

test('another tab’s change to the question being typed in waits until the person leaves it', async () => {
  const { user, assessmentId } = await openSecuritySection();
  const field = screen.getByLabelText('Khó khăn và hướng khắc phục về an ninh mạng');
  await user.type(field, 'Đường truyền');
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-obstacles')?.response).toMatchObject({
      value: { text: 'Đường truyền' },
    });
  }, SLOW);
  await saveAnswers(assessmentId, {
    saved: [
      {
        questionId: 'security-obstacles',
        response: { kind: 'value', value: { type: 'text', text: 'Từ thẻ khác' } },
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  expect(await screen.findByText(/Nội dung mới sẽ hiện khi bạn rời câu này/, {}, SLOW)).toBeInTheDocument();
  expect(field).toHaveValue('Đường truyền');
  expect(field).toHaveFocus();
  await leaveQuestion(user);
  await waitFor(() => expect(field).toHaveValue('Từ thẻ khác'), SLOW);
});

test('edits here not yet written are kept when another tab saves the same question, with a warning; then they win', async () => {
  const { user, assessmentId } = await openSecuritySection();
  // This tab's writes fail for now (the other tab's, written directly, do not): its edit stays unsaved, whatever
  // the machine's speed.
  const bulkPut = db.answers.bulkPut.bind(db.answers);
  const failing = vi.spyOn(db.answers, 'bulkPut').mockImplementation((records, keys, options) => {
    if (records.some((record) => record.writer !== 'direct')) {
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never;
    }
    return bulkPut(records, keys, options);
  });
  await user.type(percentField(), '12,5');
  await leaveQuestion(user);
  expect(await screen.findByText(/^Chưa lưu được/, {}, SLOW)).toBeInTheDocument();
  await saveAnswers(assessmentId, {
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
    await screen.findByText(/Khi lưu, nội dung bạn đang nhập ở đây sẽ thay thế câu trả lời đó/, {}, SLOW),
  ).toBeInTheDocument();
  expect(percentField()).toHaveValue('12,5');

  // The disk works again: this tab's edit, the later one, is written over the other tab's.
  failing.mockRestore();
  await user.type(percentField(), '0');
  await waitFor(async () => {
    expect((await readAnswers(assessmentId)).get('security-awareness-training-share')?.response).toEqual({
      kind: 'value',
      value: { type: 'percentage', percent: 12.5 },
    });
  }, SLOW);
  expect(percentField()).toHaveValue('12,50');
});

test('a full disk is said plainly, never shown as saved, and "Save and continue" stays on the page with the input', async () => {
  const { user, assessmentId } = await openSecuritySection();
  const quota = vi
    .spyOn(db.answers, 'bulkPut')
    .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  await user.type(percentField(), '64');

  expect(await screen.findByText(/^Chưa lưu được: Bộ nhớ của trình duyệt đã đầy/, {}, SLOW)).toBeInTheDocument();
  expect(screen.queryByText(/^Đã lưu lúc/)).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
  expect(
    await screen.findByRole('alertdialog', { name: 'Chưa lưu được, nên bạn vẫn ở trang này' }, SLOW),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('heading', { level: 1, name: 'Bảo vệ an ninh mạng hệ thống thông tin theo cấp độ' }),
  ).toBeVisible();
  expect(percentField()).toHaveValue('64');
  expect((await readAnswers(assessmentId)).has('security-awareness-training-share')).toBe(false);

  // Space freed: trying again writes everything still waiting, then moves on.
  quota.mockRestore();
  await user.click(screen.getByRole('button', { name: 'Thử lưu lại' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Kết nối, chia sẻ dữ liệu và báo cáo' }, SLOW),
  ).toBeInTheDocument();
  expect((await readAnswers(assessmentId)).get('security-awareness-training-share')?.response).toEqual({
    kind: 'value',
    value: { type: 'percentage', percent: 64 },
  });
});
