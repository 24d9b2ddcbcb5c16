import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { buildProfile } from '../../../tests/fixtures/profile';
import { initI18n } from '../../i18n/i18n';
import { paths } from '../../paths';
import { questionnaire } from '../../questionnaire/questionnaire';
import { scoreAssessment } from '../../scoring/score-assessment';
import { saveAnswers, toAnswerMap } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { decodeSummary } from '../../workshop/summary/summary-code';
import { todayIso } from '../today';
import type { DrawFrame } from './send-qr-screen';
import { SendQrScreen } from './send-qr-screen';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
  vi.useRealTimers();
});

function recorder() {
  const texts: string[] = [];
  const draw: DrawFrame = (_canvas, text) => {
    texts.push(text);
    return { modules: 65, milliseconds: 0 };
  };
  return { texts, draw };
}

async function renderScreen(assessmentId: string, qrName: string) {
  const frames = recorder();
  const summaries = recorder();
  const location = memoryLocation({ path: paths.sendQr.to(assessmentId) });
  render(
    <Router hook={location.hook}>
      <Suspense fallback={<p>…</p>}>
        <Route path={paths.sendQr.pattern}>
          <SendQrScreen draw={frames.draw} drawSummary={summaries.draw} />
        </Route>
      </Suspense>
    </Router>,
  );
  await screen.findByRole('img', { name: qrName });
  return { frames: frames.texts, summaries: summaries.texts, user: userEvent.setup() };
}

async function seeded() {
  const assessment = await createAssessment(
    buildProfile({ unitName: 'Sở Tư pháp', periodYear: 2026, periodPart: 'h1' }),
  );
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-drills',
        response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
        note: 'Đã diễn tập một lần trong năm.',
        updatedAt: new Date().toISOString(),
      },
    ],
    clearedQuestionIds: [],
  });
  return assessment;
}

test('"scores only, one code" draws one static code of the summary, lists what it holds, and stops the frames', async () => {
  const assessment = await seeded();
  const { frames, summaries, user } = await renderScreen(assessment.id, 'Mã QR của bản tự đánh giá');
  const group = screen.getByRole('group', { name: 'Nội dung gửi' });
  expect(within(group).getByRole('radio', { name: 'Toàn bộ câu trả lời, nhiều mã nối tiếp' })).toBeChecked();

  await user.click(within(group).getByRole('radio', { name: 'Chỉ điểm số, một mã' }));
  expect(screen.getByRole('radio', { name: 'Chỉ điểm số, một mã' })).toHaveAccessibleDescription(
    /giảng viên chỉ nhận điểm số/,
  );
  expect(await screen.findByRole('img', { name: 'Mã QR tóm tắt điểm số' })).toBeInTheDocument();
  expect(screen.queryByRole('img', { name: 'Mã QR của bản tự đánh giá' })).toBeNull();
  expect(document.querySelector('[data-send-qr-counter]')).toBeNull();
  const framesBefore = frames.length;
  await act(() => vi.advanceTimersByTime(2000));
  expect(frames).toHaveLength(framesBefore);
  expect(summaries).toHaveLength(1);

  const decoded = decodeSummary(summaries[0]!);
  if (!decoded.ok) throw new Error(decoded.error);
  const stored = await db.assessments.get(assessment.id);
  const score = scoreAssessment(
    questionnaire,
    'provincial-department',
    toAnswerMap(await db.answers.toArray()),
    todayIso(),
  );
  expect(decoded.summary).toMatchObject({
    assessmentId: assessment.id,
    unitName: 'Sở Tư pháp',
    periodYear: 2026,
    periodPart: 'h1',
    contentVersion: stored?.questionnaireVersion,
    answered: 1,
    applicable: score.applicable,
  });
  expect(decoded.summary.sections.security).toBe(score.sections.find((s) => s.sectionId === 'security')?.score ?? null);

  expect(screen.getByRole('heading', { name: 'Mã này chứa' })).toBeInTheDocument();
  expect(screen.getByText('Điểm tổng hợp')).toBeInTheDocument();
  const securityTitle = (await import('../../../locales/vi/questionnaire.json')).sections.security.title;
  expect(screen.getByText(securityTitle).nextElementSibling).toHaveTextContent(/^\d+(,\d)?\/100$/);
  expect(screen.getByText(`1/${score.applicable} câu áp dụng`)).toBeInTheDocument();
  expect(screen.getByText(/Mã không chứa câu trả lời, ghi chú/)).toBeInTheDocument();
  expect(screen.queryByText(/Không sao nếu camera bỏ lỡ vài mã/)).toBeNull();

  // Back to all answers: the frames run again.
  await user.click(screen.getByRole('radio', { name: 'Toàn bộ câu trả lời, nhiều mã nối tiếp' }));
  expect(await screen.findByRole('img', { name: 'Mã QR của bản tự đánh giá' })).toBeInTheDocument();
  await act(() => vi.advanceTimersByTime(200));
  expect(frames.length).toBeGreaterThan(framesBefore);
});

test('in English: the choice and the words of the summary', async () => {
  await initI18n('en');
  try {
    const assessment = await seeded();
    const { summaries, user } = await renderScreen(assessment.id, 'QR code of the self-assessment');
    await user.click(screen.getByRole('radio', { name: 'Scores only, one code' }));
    expect(await screen.findByRole('img', { name: 'QR code of the score summary' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This code holds' })).toBeInTheDocument();
    expect(screen.getByText('Overall score')).toBeInTheDocument();
    expect(screen.getByText(/^1 of \d+ applicable questions$/)).toBeInTheDocument();
    expect(screen.getByText(/^The code holds no answers, notes/)).toBeInTheDocument();
    expect(decodeSummary(summaries[0]!).ok).toBe(true);
  } finally {
    await initI18n('vi');
  }
});
