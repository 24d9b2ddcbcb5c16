import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../storage/db';
import { renderApp } from '../../../tests/render-app';

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

test('submitting an empty profile lists each problem in Vietnamese and focuses the summary', async () => {
  const { user } = renderApp('/assessments/new');
  await user.click(await screen.findByRole('button', { name: 'Tạo đánh giá' }));

  const summary = await screen.findByRole('alert');
  expect(summary).toHaveFocus();
  expect(within(summary).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeInTheDocument();
  const links = within(summary)
    .getAllByRole('link')
    .map((link) => link.textContent);
  expect(links).toEqual([
    'Nhập tên cơ quan, đơn vị',
    'Chọn loại cơ quan, đơn vị',
    'Chọn tỉnh, thành phố',
    'Nhập họ và tên người đánh giá',
    'Nhập chức vụ của người đánh giá',
  ]);
  // The inline error is tied to its field, so a screen reader reads it with the label.
  expect(screen.getByLabelText('Tên cơ quan, đơn vị')).toHaveAccessibleDescription(/Nhập tên cơ quan, đơn vị/);
});

test('switching to English translates the errors and keeps what was typed', async () => {
  const { user } = renderApp('/assessments/new');
  await user.type(await screen.findByLabelText('Tên cơ quan, đơn vị'), 'UBND phường Hoàn Kiếm');
  await user.clear(screen.getByLabelText('Năm'));
  await user.type(screen.getByLabelText('Năm'), '19');
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));
  expect(await screen.findAllByText('Năm đánh giá phải là số có 4 chữ số từ 2020 đến 2100, ví dụ 2026')).toHaveLength(
    2,
  );

  await user.click(screen.getByRole('button', { name: /English/ }));

  expect(await screen.findAllByText('The year must be a 4-digit number from 2020 to 2100, like 2026')).toHaveLength(2);
  expect(screen.getByLabelText('Name of the unit')).toHaveValue('UBND phường Hoàn Kiếm');
  expect(screen.getByLabelText('Year')).toHaveValue('19');
  expect(document.documentElement.lang).toBe('en');
});

test('a commune People’s Committee must name its commune', async () => {
  const { user } = renderApp('/assessments/new');
  await user.click(await screen.findByLabelText('UBND cấp xã (xã, phường, đặc khu)'));
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));
  const summary = await screen.findByRole('alert');
  expect(
    within(summary).getByRole('link', { name: 'Nhập tên xã, phường, đặc khu của Ủy ban nhân dân cấp xã' }),
  ).toHaveAttribute('href', '#profile-communeName');
});

test('a complete profile creates the assessment and opens its list of sections', async () => {
  const { user, location } = renderApp('/assessments/new');
  await user.type(
    await screen.findByLabelText('Tên cơ quan, đơn vị'),
    'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
  );
  await user.click(screen.getByLabelText('Trung tâm Phục vụ hành chính công cấp tỉnh'));
  await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Tỉnh Lào Cai');
  await user.type(screen.getByLabelText('Họ và tên người đánh giá'), 'Lò Thị Mai');
  await user.type(screen.getByLabelText('Chức vụ của người đánh giá'), 'Giám đốc Trung tâm');
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));

  expect(
    await screen.findByRole('heading', { level: 1, name: /Trung tâm Phục vụ hành chính công tỉnh Lào Cai/ }),
  ).toBeInTheDocument();
  const [stored] = await db.assessments.toArray();
  expect(stored?.profile).toMatchObject({
    unitType: 'provincial-service-centre',
    provinceId: 'lao-cai',
    assessorName: 'Lò Thị Mai',
  });
  expect(location.history?.at(-1)).toBe(`/assessments/${stored?.id}`);
  expect(screen.getAllByText('Chưa bắt đầu')).toHaveLength(6);
});

test('the unit code is optional; one with a space is refused with why, and a corrected one is saved', async () => {
  const { user } = renderApp('/assessments/new');
  await user.type(await screen.findByLabelText('Tên cơ quan, đơn vị'), 'UBND xã Tân Phú');
  await user.click(screen.getByLabelText('UBND cấp xã (xã, phường, đặc khu)'));
  await user.selectOptions(screen.getByLabelText('Tỉnh, thành phố'), 'Tỉnh Lào Cai');
  await user.type(screen.getByLabelText('Tên xã, phường, đặc khu'), 'Xã Tân Phú');
  const code = screen.getByLabelText('Mã đơn vị (nếu có)');
  await user.type(code, '257 47');
  await user.type(screen.getByLabelText('Họ và tên người đánh giá'), 'Lò Thị Mai');
  await user.type(screen.getByLabelText('Chức vụ của người đánh giá'), 'Công chức Văn phòng - Thống kê');
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));

  const summary = await screen.findByRole('alert');
  const message = 'Mã đơn vị chỉ gồm chữ, số và các dấu . - / _, không có khoảng trắng';
  expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#profile-unitCode');
  expect(code).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')));
  expect(await db.assessments.count()).toBe(0);

  await user.clear(code);
  await user.type(code, '25747');
  await user.click(screen.getByRole('button', { name: 'Tạo đánh giá' }));
  expect(await screen.findByRole('heading', { level: 1, name: /UBND xã Tân Phú/ })).toBeInTheDocument();
  const [stored] = await db.assessments.toArray();
  expect(stored?.profile).toMatchObject({ unitName: 'UBND xã Tân Phú', unitCode: '25747' });
});
