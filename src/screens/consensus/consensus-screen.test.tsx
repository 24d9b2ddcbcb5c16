import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { choice } from '../../../tests/fixtures/answers';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import type { Profile } from '../../assessment/profile-schema';
import { digestEntry } from '../../collection/digest';
import type { FileEntry } from '../../exchange/file-format';
import type { Answer } from '../../questionnaire/answer-schema';
import type { Question } from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { readAnswers, saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { receiveAssessments } from '../../storage/collection';
import { db } from '../../storage/db';

const SLOW = { timeout: 10_000 };
const UNIT = { unitName: 'UBND xã Minh Châu', unitType: 'commune-committee', communeName: 'Minh Châu' } as const;
const [AGREED, DIFFERS] = questionnaire.sections
  .flatMap((section): Question[] => listApplicableQuestions(section, UNIT.unitType))
  .filter((question) => question.type === 'yes-partly-no') as [Question, Question];

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function receive(id: string, profile: Profile, answers: Answer[]) {
  const at = '2026-12-01T08:00:00.000Z';
  const entry: FileEntry = {
    assessment: {
      id,
      profile,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      createdAt: at,
      updatedAt: at,
    },
    answers,
    planItems: [],
  };
  const receipt = {
    fileName: `${id}.json`,
    receivedAt: at,
    exportedAt: at,
    contentVersion: questionnaire.version,
    digest: await digestEntry(entry),
  };
  await receiveAssessments([{ entry, receipt }]);
}

/** Two members' files received, one member answering on this device, and another unit's file. */
async function seedMembers() {
  await receive('an', buildProfile({ ...UNIT, assessorName: 'Nguyễn Văn An', assessorRole: 'Chánh Văn phòng' }), [
    choice(AGREED.id, 'yes'),
    { ...choice(DIFFERS.id, 'yes'), note: 'Đã có kế hoạch năm 2026' },
  ]);
  await receive(
    'binh',
    buildProfile({
      ...UNIT,
      unitName: 'Ủy ban nhân dân xã Minh Châu',
      assessorName: 'Trần Thị Bình',
      assessorRole: 'Công chức',
    }),
    [choice(AGREED.id, 'yes'), { ...choice(DIFFERS.id, 'no'), note: 'Kế hoạch chưa ký' }],
  );
  const own = await createAssessment(
    buildProfile({ ...UNIT, assessorName: 'Lê Văn Cường', assessorRole: 'Phó Chủ tịch' }),
  );
  await saveAnswers(own.id, { saved: [choice(AGREED.id, 'yes')], clearedQuestionIds: [] });
  await receive('other', buildProfile({ unitName: 'Sở Nội vụ' }), []);
}

test('a facilitator merges two members, sees the difference first with both answers and notes, and decides it', async () => {
  await seedMembers();
  const { user, location } = renderApp('/consensus');
  const unit = await screen.findByRole('group', { name: 'Đơn vị' }, SLOW);
  // Only the unit with several assessments is offered; the two spellings of its name are one unit.
  expect(within(unit).getAllByRole('radio')).toHaveLength(1);
  await user.click(within(unit).getByRole('radio', { name: 'UBND xã Minh Châu (3 bản)' }));

  await user.click(screen.getByRole('checkbox', { name: 'Nguyễn Văn An, Chánh Văn phòng' }));
  await user.click(screen.getByRole('button', { name: 'Gộp câu trả lời' }));
  const summary = await screen.findByRole('alert');
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole('link', { name: 'Chọn ít nhất hai thành viên' })).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: 'Nhập họ và tên người điều phối' })).toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: 'Trần Thị Bình, Công chức' }));
  await user.type(screen.getByLabelText('Họ và tên người điều phối'), 'Phạm Thu Hà');
  await user.type(screen.getByLabelText('Chức vụ của người điều phối'), 'Giảng viên');
  await user.click(screen.getByRole('button', { name: 'Gộp câu trả lời' }));

  await screen.findByText('Bản tổng hợp ý kiến của 2 thành viên: Nguyễn Văn An, Trần Thị Bình.', {}, SLOW);
  expect(location.history?.at(-1)).toMatch(/^\/consensus\/[0-9a-f-]+$/);
  expect(screen.getByText('Đã thống nhất 0/1 câu có ý kiến khác nhau.')).toBeInTheDocument();
  const item = screen.getByRole('region', { name: /Chưa thống nhất/ });
  const answers = within(item).getByRole('list', { name: 'Câu trả lời của từng thành viên' });
  expect(
    within(answers)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Nguyễn Văn An, Chánh Văn phòngCóGhi chú: Đã có kế hoạch năm 2026',
    'Trần Thị Bình, Công chứcKhôngGhi chú: Kế hoạch chưa ký',
  ]);

  await user.click(within(item).getByRole('button', { name: 'Lưu ý kiến thống nhất' }));
  expect(await within(item).findByText('Chọn câu trả lời nhóm đã thống nhất')).toBeInTheDocument();
  expect(within(item).getByText('Nhập lý do nhóm chọn câu trả lời này')).toBeInTheDocument();

  await user.click(within(item).getByRole('radio', { name: 'Không (theo Trần Thị Bình)' }));
  await user.type(within(item).getByLabelText('Lý do'), 'Kế hoạch chưa được Chủ tịch ký ban hành');
  await user.click(within(item).getByRole('button', { name: 'Lưu ý kiến thống nhất' }));
  expect(await within(item).findByText('Đã lưu ý kiến thống nhất.', {}, SLOW)).toBeInTheDocument();
  expect(await screen.findByText('Nhóm đã thống nhất mọi câu có ý kiến khác nhau.')).toBeInTheDocument();
  expect(screen.getByRole('region', { name: /Đã thống nhất/ })).toBe(item);

  // The agreed question is listed after, collapsed.
  expect(screen.getByText('Câu mọi người trả lời giống nhau (1 câu)')).toBeInTheDocument();

  // The merged assessment says it is a consensus and links back to who answered what.
  await user.click(screen.getAllByRole('link', { name: 'Mở bản tự đánh giá tổng hợp' })[0]!);
  expect(
    await screen.findByText(
      'Đây là bản tổng hợp ý kiến của 2 thành viên; ứng dụng giữ câu trả lời của từng người.',
      {},
      SLOW,
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('Phạm Thu Hà, Giảng viên')).toBeInTheDocument();
});

test('in English: the members, the difference and the decision', async () => {
  const { changeLanguage } = await import('../../i18n/i18n');
  await changeLanguage('en');
  await seedMembers();
  const { user } = renderApp('/consensus');
  await user.click(await screen.findByRole('radio', { name: 'UBND xã Minh Châu (3 assessments)' }, SLOW));
  await user.click(screen.getByRole('checkbox', { name: 'Nguyễn Văn An, Chánh Văn phòng' }));
  await user.click(screen.getByRole('checkbox', { name: 'Lê Văn Cường, Phó Chủ tịch' }));
  await user.click(screen.getByRole('checkbox', { name: 'Trần Thị Bình, Công chức' }));
  await user.type(screen.getByLabelText("Facilitator's full name"), 'Pham Thu Ha');
  await user.type(screen.getByLabelText("Facilitator's position"), 'Trainer');
  await user.click(screen.getByRole('button', { name: 'Merge the answers' }));

  await screen.findByText('Consensus of 3 members: Lê Văn Cường, Nguyễn Văn An, Trần Thị Bình.', {}, SLOW);
  const item = screen.getByRole('region', { name: /Not agreed yet/ });
  // Lê Văn Cường left it blank: a blank is no response to choose.
  expect(within(item).getByText('Left blank')).toBeInTheDocument();
  const choices = within(item)
    .getAllByRole('radio')
    .map((radio) => radio.closest('.radios__item')?.textContent);
  expect(choices.slice(0, 3)).toEqual(['Yes (given by Nguyễn Văn An)', 'No (given by Trần Thị Bình)', 'Partly']);
  // The group may settle on an answer nobody gave: "Partly".
  await user.click(within(item).getByRole('radio', { name: 'Partly' }));
  await user.type(within(item).getByLabelText('Reason'), 'Signed for two of the five procedures');
  await user.click(within(item).getByRole('button', { name: 'Save the agreed answer' }));
  expect(await within(item).findByText('Agreed answer saved.', {}, SLOW)).toBeInTheDocument();
  // The record is read live: the count follows once the write is seen.
  expect(
    await screen.findByText('The group has agreed on every question where answers differed.', {}, SLOW),
  ).toBeInTheDocument();
  const merged = (await db.assessments.toArray()).find((assessment) => assessment.consensus);
  expect((await readAnswers(merged!.id)).get(DIFFERS.id)?.response).toEqual(choice(DIFFERS.id, 'partly').response);
});
