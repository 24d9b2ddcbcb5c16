import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { changeLanguage } from '../../i18n/i18n';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import { enableWorkshopMode, listSessions, startSession as startStoredSession } from '../../storage/sessions';
import { choice } from '../../../tests/fixtures/answers';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { hashPin } from '../../workshop/pin';
import { HandInScreen } from './hand-in-screen';
import { reloadPage } from './reload-page';
import { SharedDeviceProvider } from './shared-device-context';

vi.mock('./reload-page', () => ({ reloadPage: vi.fn() }));

const LONG = { timeout: 30_000 };

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  localStorage.clear();
  vi.mocked(reloadPage).mockClear();
  await changeLanguage('vi');
});

type User = ReturnType<typeof renderApp>['user'];

async function turnOnWorkshopMode(user: User) {
  await screen.findByRole('heading', { level: 1, name: 'Chế độ tập huấn trên thiết bị dùng chung' }, LONG);
  await user.selectOptions(
    await screen.findByLabelText('Tự khóa phiên sau khi không dùng', undefined, LONG),
    '10 phút',
  );
  await user.type(screen.getByLabelText('Mã PIN giảng viên (4 đến 6 chữ số)'), '2468');
  await user.type(screen.getByLabelText('Nhập lại mã PIN'), '2486');
  await user.click(screen.getByRole('button', { name: 'Bật chế độ tập huấn' }));
  expect(await screen.findAllByText('Hai mã PIN bạn nhập không giống nhau')).not.toHaveLength(0);
  await user.clear(screen.getByLabelText('Nhập lại mã PIN'));
  await user.type(screen.getByLabelText('Nhập lại mã PIN'), '2468');
  await user.click(screen.getByRole('button', { name: 'Bật chế độ tập huấn' }));
  await screen.findByRole('heading', { level: 1, name: 'Thiết bị dùng chung trong buổi tập huấn' }, LONG);
}

async function startSession(user: User, unit: string, pin: string) {
  const form = screen.getByRole('heading', { name: 'Bắt đầu phiên của tôi' }).closest('section')!;
  await user.type(within(form).getByLabelText('Tên đơn vị của bạn'), unit);
  await user.type(within(form).getByLabelText('Chọn mã PIN (4 đến 6 chữ số)'), pin);
  await user.type(within(form).getByLabelText('Nhập lại mã PIN'), pin);
  await user.click(within(form).getByRole('button', { name: 'Bắt đầu' }));
  await screen.findByText(`Phiên của ${unit}`, undefined, LONG);
  const session = (await listSessions()).find((candidate) => candidate.unitName === unit)!;
  return session;
}

/** What a participant would make with the forms: one assessment of their session, with an answer and a note. */
async function workOf(sessionId: string, unit: string) {
  const assessment = await createAssessment(buildProfile({ unitName: unit }), { sessionId });
  await saveAnswers(assessment.id, {
    saved: [{ ...choice('services-national-portal', 'partly'), note: `Ghi chú riêng của ${unit}` }],
    clearedQuestionIds: [],
  });
  return assessment;
}

async function unlock(user: User, unit: string, pin: string) {
  await user.click(await screen.findByRole('button', { name: `Mở phiên của ${unit}` }, LONG));
  await user.type(screen.getByLabelText(`Mã PIN của phiên ${unit}`), pin);
  await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
}

test(
  'participants on a shared device each see only their own work, behind their own PIN, and no other screen',
  { timeout: 90_000 },
  async () => {
    const own = await createAssessment(buildProfile({ unitName: 'Sở Khoa học và Công nghệ' }));
    const { user, location } = renderApp('/device/workshop-mode');
    await turnOnWorkshopMode(user);
    // The device owner's work is hidden from the lobby.
    expect(screen.queryByText(/Sở Khoa học và Công nghệ/)).not.toBeInTheDocument();

    // The first participant's form refuses an empty name and a short PIN, in words.
    const form = screen.getByRole('heading', { name: 'Bắt đầu phiên của tôi' }).closest('section')!;
    await user.type(within(form).getByLabelText('Chọn mã PIN (4 đến 6 chữ số)'), '12');
    await user.click(within(form).getByRole('button', { name: 'Bắt đầu' }));
    expect(await screen.findAllByText('Nhập tên đơn vị của bạn')).not.toHaveLength(0);
    expect(screen.getAllByText('Mã PIN gồm 4 đến 6 chữ số')).not.toHaveLength(0);
    await user.clear(within(form).getByLabelText('Chọn mã PIN (4 đến 6 chữ số)'));

    const first = await startSession(user, 'UBND xã Tân Lập', '1357');
    const mine = await workOf(first.id, 'UBND xã Tân Lập');
    expect(await screen.findByRole('article', { name: /^UBND xã Tân Lập – / }, LONG)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    // A backup of the whole device is not offered in a session.
    expect(screen.queryByRole('button', { name: /Sao lưu/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Khóa' }));
    await screen.findByText('Phiên đã được khóa. Nhập mã PIN để mở lại.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();

    // The next participant sees nothing of the first, even by typing the address of their assessment.
    const second = await startSession(user, 'UBND phường Hòa Bình', '8642');
    expect(
      await screen.findByText(/Bạn chưa có bài đánh giá nào trong phiên này/, undefined, LONG),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    for (const refused of [`/assessments/${mine.id}`, `/assessments/${own.id}/results`, '/collection', '/device']) {
      location.navigate(refused);
      expect(await screen.findByText(/Trang này không mở được trong phiên tập huấn/, undefined, LONG)).toBeVisible();
      expect(screen.queryByText(/Ghi chú riêng/)).not.toBeInTheDocument();
      location.navigate('/');
      await waitFor(() => expect(screen.queryByText(/Trang này không mở được/)).not.toBeInTheDocument(), LONG);
    }
    await user.click(screen.getByRole('button', { name: 'Khóa' }));

    // The first comes back: a wrong PIN is refused, theirs opens their work again.
    await unlock(user, 'UBND xã Tân Lập', '8642');
    expect(await screen.findAllByText('Mã PIN không đúng', undefined, LONG)).not.toHaveLength(0);
    await user.type(screen.getByLabelText('Mã PIN của phiên UBND xã Tân Lập'), '1357');
    await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
    location.navigate('/');
    expect(await screen.findByRole('article', { name: /^UBND xã Tân Lập – / }, LONG)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Nộp bài và kết thúc' })).toHaveAttribute('href', '/session/hand-in');
    expect(second.id).not.toBe(first.id);
  },
);

test('in English, the lobby says how a session locks, and the trainer opens the whole app with their PIN', async () => {
  await changeLanguage('en');
  const { user } = renderApp('/device/workshop-mode');
  await screen.findByRole('heading', { level: 1, name: 'Workshop mode on a shared device' }, LONG);
  await user.type(await screen.findByLabelText("Trainer's PIN (4 to 6 digits)", undefined, LONG), '2468');
  await user.type(screen.getByLabelText('Type the PIN again'), '2468');
  await user.click(screen.getByRole('button', { name: 'Turn workshop mode on' }));
  await screen.findByRole('heading', { level: 1, name: 'Shared device at a workshop' }, LONG);
  expect(screen.getByText(/A session locks itself after 5 minutes unused/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: "Open with the trainer's PIN" }));
  await user.type(screen.getByLabelText("Trainer's PIN"), '2468');
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  expect(await screen.findByText('The trainer is using this device', undefined, LONG)).toBeInTheDocument();
});

test('handing in waits for the tick, then deletes everything of the session and nothing else', async () => {
  await enableWorkshopMode(5, await hashPin('2468', 10));
  const session = await startStoredSession('UBND xã Tân Lập', await hashPin('1357', 10));
  const other = await startStoredSession('UBND phường Hòa Bình', await hashPin('8642', 10));
  const mine = await workOf(session.id, 'UBND xã Tân Lập');
  const theirs = await workOf(other.id, 'UBND phường Hòa Bình');
  const own = await createAssessment(buildProfile({ unitName: 'Sở Khoa học và Công nghệ' }));
  const user = userEvent.setup();
  render(
    <Router hook={memoryLocation({ path: '/session/hand-in' }).hook}>
      <SharedDeviceProvider
        value={{ workshopMode: true, user: { kind: 'participant', session }, open: vi.fn(), lock: vi.fn() }}
      >
        <Suspense fallback={<p>…</p>}>
          <HandInScreen />
        </Suspense>
      </SharedDeviceProvider>
    </Router>,
  );

  await screen.findByRole('heading', { level: 1, name: 'Nộp bài và kết thúc phiên' }, LONG);
  expect(await screen.findByText(/Có 1 bài chưa được tải tệp xuống/, undefined, LONG)).toBeInTheDocument();
  expect(screen.getByText(/Sẽ xóa vĩnh viễn 1 bài đánh giá cùng 1 câu trả lời/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /^Hiện mã QR để giảng viên quét\s*: UBND xã Tân Lập – / })).toHaveAttribute(
    'href',
    `/assessments/${mine.id}/qr`,
  );
  expect(screen.queryByText(/Hòa Bình/)).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Xóa dữ liệu của tôi và kết thúc phiên' }));
  expect(await screen.findAllByText('Hãy đánh dấu khi giảng viên đã nhận được bài của bạn')).not.toHaveLength(0);
  expect(await db.assessments.get(mine.id)).toBeDefined();
  await user.click(screen.getByLabelText('Giảng viên đã nhận được bài của tôi'));
  await user.click(screen.getByRole('button', { name: 'Xóa dữ liệu của tôi và kết thúc phiên' }));

  await waitFor(() => expect(reloadPage).toHaveBeenCalledWith('/?handed-in=1'), LONG);
  expect(await db.assessments.get(mine.id)).toBeUndefined();
  expect(await db.answers.where('assessmentId').equals(mine.id).count()).toBe(0);
  expect((await listSessions()).map((one) => one.id)).toEqual([other.id]);
  expect(await db.assessments.get(theirs.id)).toBeDefined();
  expect(await db.assessments.get(own.id)).toBeDefined();
});
