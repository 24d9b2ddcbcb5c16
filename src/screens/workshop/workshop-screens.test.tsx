import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../../tests/fixtures/collection/receive-input';
import { renderApp } from '../../../tests/render-app';
import { rosterOf } from '../../collection/roster/roster.test-support';
import { changeLanguage } from '../../i18n/i18n';
import { clearCollection, deleteRoster, receiveAssessments, saveRoster } from '../../storage/collection';
import { addToWorkshop, createWorkshop, deleteWorkshop, listWorkshops, readWorkshop } from '../../storage/workshops';

beforeEach(async () => {
  await clearCollection();
  await deleteRoster();
  for (const workshop of await listWorkshops()) await deleteWorkshop(workshop.id);
});

test('a trainer creates a workshop with typed units: errors in Vietnamese first, then a valid one', async () => {
  const { user, location } = renderApp('/workshops');
  expect(await screen.findByRole('heading', { level: 1, name: 'Các buổi tập huấn' })).toBeVisible();
  expect(await screen.findByText('Chưa có buổi tập huấn nào trên thiết bị này.')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Tạo buổi tập huấn mới' }));
  expect(await screen.findByRole('heading', { name: 'Buổi tập huấn mới' })).toHaveFocus();
  await screen.findByLabelText('Tên buổi tập huấn', {}, { timeout: 15_000 });
  // No roster on this device: the units are typed.
  expect(screen.getByText(/Thiết bị này chưa có danh sách đơn vị/)).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Tạo buổi tập huấn' }));
  const summary = await screen.findByRole('alert', { name: 'Có lỗi cần sửa' });
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole('link', { name: 'Nhập tên buổi tập huấn' })).toBeVisible();
  expect(within(summary).getByRole('link', { name: 'Nhập ngày tổ chức' })).toBeVisible();

  await user.type(screen.getByLabelText('Tên buổi tập huấn'), 'Tập huấn tự đánh giá cấp xã');
  await user.type(screen.getByLabelText('Ngày tổ chức'), '31/02/2026');
  await user.type(
    screen.getByLabelText(/Các đơn vị dự kiến, mỗi dòng một đơn vị/),
    'UBND xã Minh Châu{Enter}Xã Tân Lập; UBND cấp xã; Lào Cai',
  );
  await user.click(screen.getByRole('button', { name: 'Tạo buổi tập huấn' }));
  expect(await screen.findByRole('link', { name: /Ngày tổ chức không có thật/ })).toBeVisible();

  await user.clear(screen.getByLabelText('Ngày tổ chức'));
  await user.type(screen.getByLabelText('Ngày tổ chức'), '5/12/2026');
  await user.click(screen.getByRole('button', { name: 'Tạo buổi tập huấn' }));
  expect(await screen.findByRole('link', { name: /Danh sách đơn vị, dòng 1: chưa có loại đơn vị/ })).toBeVisible();

  await user.selectOptions(screen.getByLabelText('Loại đơn vị mặc định'), 'commune-committee');
  await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố mặc định'), 'phu-tho');
  await user.click(screen.getByRole('button', { name: 'Tạo buổi tập huấn' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Tập huấn tự đánh giá cấp xã' })).toBeVisible();
  const [workshop] = await listWorkshops();
  expect(location.history?.at(-1)).toBe(`/workshops/${workshop!.id}`);
  expect(workshop).toMatchObject({ date: '2026-12-05', place: undefined });
  expect(workshop!.expectedUnits.map((unit) => [unit.name, unit.provinceId])).toEqual([
    ['UBND xã Minh Châu', 'phu-tho'],
    ['Xã Tân Lập', 'lao-cai'],
  ]);
  expect(screen.getByText('05/12/2026')).toBeVisible();
  expect(await screen.findByText('0 trong 2 đơn vị dự kiến đã nộp')).toBeVisible();
});

test('in English, a trainer ticks units in a large roster: only the first matches are drawn, "tick all found" takes every one', async () => {
  await changeLanguage('en');
  const communes = Array.from({ length: 600 }, (_, index) => ({
    name: `Xã Tân Lập ${index + 1}`,
    unitType: 'commune-committee' as const,
    provinceId: index < 300 ? ('phu-tho' as const) : ('lao-cai' as const),
  }));
  await saveRoster(
    rosterOf(...communes, { name: 'Sở Tư pháp', unitType: 'provincial-department', provinceId: 'phu-tho' }),
  );
  const { user } = renderApp('/workshops');
  await user.click(await screen.findByRole('button', { name: 'New workshop' }));
  await user.type(await screen.findByLabelText('Title', {}, { timeout: 5000 }), 'Ward workshop');
  await user.type(screen.getByLabelText('Day it is held'), '06/12/2026');
  await user.click(screen.getByRole('radio', { name: 'Some units, ticked in the roster' }));

  const picker = screen.getByRole('group', { name: 'Tick units in the roster' });
  expect(within(picker).getAllByRole('checkbox')).toHaveLength(50);
  expect(within(picker).getByText(/Showing 50 of the 601 units found/)).toBeVisible();
  await user.type(within(picker).getByLabelText('Find units'), 'tu phap');
  await user.click(within(picker).getByRole('checkbox', { name: /Sở Tư pháp/ }));
  await user.clear(within(picker).getByLabelText('Find units'));
  // A province typed without its marks finds its units; all 300 are ticked, though 50 are shown.
  await user.type(within(picker).getByLabelText('Find units'), 'lao cai');
  await user.click(within(picker).getByRole('button', { name: 'Tick all 300 units found' }));
  expect(within(picker).getByText(/301 of 601 units ticked/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Create the workshop' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Ward workshop' })).toBeVisible();
  const [workshop] = await listWorkshops();
  expect(workshop!.expectedUnits).toHaveLength(301);
  expect(workshop!.expectedUnits[0]!.name).toBe('Xã Tân Lập 301');
  expect(await screen.findByText('0 of 301 expected units have handed in')).toBeVisible();
  expect(screen.getByText(/Showing 200 of 301 units/)).toBeVisible();
});

const files = generateCollection({ count: 3, seed: 5 });

async function workshopWithHandedIn() {
  const [first, second, third] = files.map((file) => file.meta);
  const workshop = await createWorkshop({
    title: 'Tập huấn Phú Thọ',
    date: '2026-12-05',
    place: 'Hội trường Sở',
    expectedUnits: [first!, second!]
      .map((meta, index) => ({
        id: `u${index}`,
        name: meta.unitName,
        unitType: meta.unitType,
        provinceId: meta.provinceId,
      }))
      .concat([{ id: 'u9', name: 'UBND xã Chưa Nộp', unitType: 'commune-committee', provinceId: 'phu-tho' }]),
  });
  await receiveAssessments(await Promise.all(files.map((file) => toReceiveInput(file))));
  // The first and the third hand in to the workshop; the second is in the collection only.
  await addToWorkshop(workshop.id, [first!.assessmentId, third!.assessmentId]);
  return { workshop, first: first!, second: second!, third: third! };
}

for (const language of ['vi', 'en'] as const) {
  test(`${language}: the workshop's page says who has handed in, who has not, and who was not expected`, async () => {
    if (language === 'en') await changeLanguage('en');
    const { workshop, first, second, third } = await workshopWithHandedIn();
    const { user } = renderApp(`/workshops/${workshop.id}`);
    const texts =
      language === 'vi'
        ? {
            counts: '1 trong 3 đơn vị dự kiến đã nộp',
            waiting: '2 đơn vị chưa nộp',
            notYet: 'Chưa nộp',
            other: 'Đã nộp nhưng không có trong danh sách dự kiến',
            qr: 'Nhận bằng camera (mã QR) cho buổi này',
            show: 'Hiện',
            showWaiting: 'Đơn vị chưa nộp',
          }
        : {
            counts: '1 of 3 expected units have handed in',
            waiting: '2 units have not handed in',
            notYet: 'Not yet',
            other: 'Handed in by units not expected',
            qr: 'Receive with the camera (QR codes) for this workshop',
            show: 'Show',
            showWaiting: 'Units that have not handed in',
          };
    expect(await screen.findByText(texts.counts)).toBeVisible();
    expect(screen.getByText(texts.waiting)).toBeVisible();
    const table = screen.getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
    expect(within(row(first.unitName)).queryByText(texts.notYet)).toBeNull();
    expect(within(row(second.unitName)).getByText(texts.notYet)).toBeVisible();
    expect(within(row('UBND xã Chưa Nộp')).getByText(texts.notYet)).toBeVisible();
    const others = screen.getByRole('list', { name: texts.other });
    expect(within(others).getByRole('link', { name: third.unitName })).toBeVisible();
    expect(screen.getByRole('link', { name: texts.qr })).toHaveAttribute(
      'href',
      `/qr/receive?workshop=${encodeURIComponent(workshop.id)}`,
    );

    await user.selectOptions(screen.getByLabelText(texts.show), texts.showWaiting);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });
}

test('deleting a workshop asks first, deletes its record only, and goes back to the list', async () => {
  const { workshop, first } = await workshopWithHandedIn();
  const { user } = renderApp(`/workshops/${workshop.id}`);
  await user.click(await screen.findByRole('button', { name: 'Xóa buổi tập huấn…' }));
  const question = screen.getByRole('group', { name: 'Xóa buổi tập huấn «Tập huấn Phú Thọ»?' });
  expect(question).toHaveFocus();
  await user.click(within(question).getByRole('button', { name: 'Không xóa' }));
  expect(await readWorkshop(workshop.id)).toBeDefined();

  await user.click(screen.getByRole('button', { name: 'Xóa buổi tập huấn…' }));
  await user.click(screen.getByRole('button', { name: 'Xóa buổi tập huấn' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Các buổi tập huấn' })).toBeVisible();
  expect(await readWorkshop(workshop.id)).toBeUndefined();
  const { listReceived } = await import('../../storage/collection');
  expect((await listReceived()).map((copy) => copy.id)).toContain(first.assessmentId);
});

test('changing the details keeps the units ticked; the new date is shown', async () => {
  const { workshop } = await workshopWithHandedIn();
  const { user } = renderApp(`/workshops/${workshop.id}`);
  await user.click(await screen.findByRole('button', { name: 'Sửa thông tin buổi tập huấn' }));
  const date = await screen.findByLabelText('Ngày tổ chức');
  expect(date).toHaveValue('05/12/2026');
  await user.clear(date);
  await user.type(date, '07/12/2026');
  await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
  expect(await screen.findByText('Đã lưu thông tin buổi tập huấn.')).toBeVisible();
  expect(screen.getByText('07/12/2026')).toBeVisible();
  await waitFor(async () => expect((await readWorkshop(workshop.id))?.expectedUnits).toHaveLength(3));
});
