import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { fullAnswer, scoredQuestions } from '../../../tests/fixtures/content-picks';
import { receivedAssessment } from '../../collection/compare/compare.test-support';
import type { ReceivedAssessment } from '../../collection/received-schema';
import type { Roster } from '../../collection/roster/roster-schema';
import { rosterOf } from '../../collection/roster/roster.test-support';
import { questionnaire } from '../../questionnaire/questionnaire';
import { computeCollection } from '../../collection/compare/compute-collection';
import { todayIso } from '../today';
import { CollectionDashboard, type Tab } from './collection-dashboard';
import type { FiguresState } from './use-collection-figures';

const fullOf = (unitType: 'provincial-department' | 'commune-committee') =>
  scoredQuestions(unitType).map(({ question }) => fullAnswer(question));
const dontKnowOf = (unitType: 'provincial-department' | 'commune-committee') =>
  scoredQuestions(unitType).map(({ question }) => ({
    questionId: question.id,
    response: { kind: 'dont-know' as const },
    updatedAt: '2026-11-01T08:00:00.000Z',
  }));

const COLLECTION: ReceivedAssessment[] = [
  receivedAssessment({
    id: 'tai-chinh',
    profile: { unitName: 'Sở Tài chính', unitType: 'provincial-department' },
    answers: fullOf('provincial-department'),
  }),
  receivedAssessment({
    id: 'thai-nguyen',
    // NFD, as some keyboards write it.
    profile: {
      unitName: 'UBND phường Phan Đình Phùng'.normalize('NFD'),
      unitType: 'commune-committee',
      provinceId: 'thai-nguyen',
      communeName: 'Phường Phan Đình Phùng',
    },
  }),
  receivedAssessment({
    id: 'y-te',
    profile: { unitName: 'Sở Y tế', unitType: 'provincial-department' },
    answers: dontKnowOf('provincial-department'),
    answeredOn: '1.1.0',
  }),
];

function Dashboard({ initialRoster = null, tab }: { initialRoster?: Roster | null; tab?: Tab }) {
  const [roster, setRoster] = useState<Roster | null>(initialRoster);
  return (
    <CollectionDashboard
      received={COLLECTION}
      roster={roster}
      onSaveRoster={(next) => {
        setRoster(next);
        return Promise.resolve();
      }}
      initialTab={tab}
    />
  );
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: /So sánh 3 bản|So sánh \d+ bản/ }))
    .getAllByRole('row')
    .slice(1);
const firstCells = () => bodyRows().map((row) => within(row).getAllByRole('rowheader')[0]?.textContent ?? '');

test('the summary says how many arrived, and that units answered different content versions', () => {
  render(<Dashboard />);
  const summary = screen.getByRole('list', { name: 'Số liệu chung của các bản đã nhận' });
  expect(within(summary).getAllByRole('listitem')[0]).toHaveTextContent('3 bản đã nhận');
  expect(screen.getByText(/phiên bản bộ câu hỏi khác nhau: 1\.1\.0 \(1\), 2\.0\.0 \(2\)/)).toBeInTheDocument();
});

test('the table sorts by a header, and says how it is sorted', async () => {
  const user = userEvent.setup();
  render(<Dashboard />);
  const table = screen.getByRole('table', { name: /So sánh 3 bản tự đánh giá/ });
  expect(within(table).getByRole('columnheader', { name: /Đơn vị/ })).toHaveAttribute('aria-sort', 'ascending');
  await user.click(within(table).getByRole('button', { name: /Điểm chung/ }));
  expect(within(table).getByRole('columnheader', { name: /Điểm chung/ })).toHaveAttribute('aria-sort', 'descending');
  // Highest first; the unit with no score last.
  expect(firstCells()[0]).toContain('Sở Tài chính');
  expect(firstCells()[2]).toContain('Phan');
  await user.click(within(table).getByRole('button', { name: /Điểm chung/ }));
  expect(within(table).getByRole('columnheader', { name: /Điểm chung/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(firstCells()[0]).toContain('Sở Y tế');
  expect(within(table).getAllByRole('columnheader')).toHaveLength(8 + questionnaire.sections.length);
});

test('the search ignores diacritics and normal forms, and the filters narrow the table', async () => {
  const user = userEvent.setup();
  render(<Dashboard />);
  const search = screen.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' });
  await user.type(search, 'phan dinh phung');
  expect(firstCells()).toHaveLength(1);
  expect(firstCells()[0]?.normalize('NFC')).toContain('UBND phường Phan Đình Phùng');
  await user.clear(search);
  await user.type(search, 'Sở Y TẾ');
  expect(firstCells()).toEqual(['Sở Y tế']);
  await user.clear(search);
  await user.type(search, 'khong co');
  expect(screen.getByText('Không có đơn vị nào khớp với bộ lọc.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Bỏ mọi bộ lọc' }));
  expect(firstCells()).toHaveLength(3);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Phiên bản bộ câu hỏi' }), '1.1.0');
  expect(firstCells()).toEqual(['Sở Y tế']);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Phiên bản bộ câu hỏi' }), '');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Loại đơn vị' }), 'commune-committee');
  expect(firstCells()).toHaveLength(1);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Xếp loại' }), 'A');
  expect(screen.getByText('Không có đơn vị nào khớp với bộ lọc.')).toBeInTheDocument();
});

test('a unit name links to its read-only view', () => {
  render(<Dashboard />);
  expect(screen.getByRole('link', { name: 'Sở Tài chính' })).toHaveAttribute('href', '/collection/tai-chinh');
});

test('each chart has its figures in words and as a table', async () => {
  const user = userEvent.setup();
  render(<Dashboard />);
  await user.click(screen.getByRole('tab', { name: 'Biểu đồ' }));
  expect(screen.getByRole('tab', { name: 'Biểu đồ' })).toHaveAttribute('aria-selected', 'true');
  expect(
    screen.getByRole('img', { name: /^3 đơn vị theo xếp loại: A: 1; .*E: 1; Chưa xếp loại: 1\.$/ }),
  ).toBeInTheDocument();
  const grades = screen.getByRole('table', { name: 'Phân bố xếp loại' });
  expect(within(grades).getByRole('row', { name: 'A 1 33%' })).toBeInTheDocument();
  const spread = screen.getByRole('table', { name: 'Mức phân tán điểm từng lĩnh vực' });
  expect(within(spread).getAllByRole('row')).toHaveLength(1 + questionnaire.sections.length);
  expect(
    within(spread)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toContain('Trung vị');
  const heat = screen.getByRole('table', { name: 'Bản đồ nhiệt đơn vị × lĩnh vực' });
  expect(within(heat).getByRole('rowheader', { name: 'Sở Tài chính' })).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Chú giải màu' })).toHaveTextContent('A: 90–100 điểm');
});

test('the tabs move with the arrow keys', async () => {
  const user = userEvent.setup();
  render(<Dashboard />);
  screen.getByRole('tab', { name: 'Bảng so sánh' }).focus();
  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('tab', { name: 'Tình hình gửi' })).toHaveFocus();
  expect(screen.getByRole('tabpanel', { name: 'Tình hình gửi' })).toBeInTheDocument();
});

test('the most common gaps list the questions most units fail with their action and legal basis', async () => {
  const user = userEvent.setup();
  render(<Dashboard tab="gaps" />);
  await user.click(screen.getByRole('tab', { name: 'Thiếu sót phổ biến' }));
  const items = within(screen.getByRole('tabpanel')).getAllByRole('listitem');
  expect(items.length).toBeGreaterThan(0);
  expect(items[0]).toHaveTextContent(/50% đơn vị chưa đạt \(1\/2\)/);
  expect(items[0]).toHaveTextContent('Việc cần làm:');
  expect(items[0]).toHaveTextContent('Căn cứ');
});

test('the status board reads a roster CSV, reports a bad line by line and column, and lists who has not sent', async () => {
  const user = userEvent.setup();
  render(<Dashboard />);
  await user.click(screen.getByRole('tab', { name: 'Tình hình gửi' }));
  const csv = [
    '\uFEFFTên đơn vị;Loại đơn vị;Tỉnh/thành phố;Xã/phường;Mã',
    'Sở Tài chính;Sở, ban, ngành cấp tỉnh;Thành phố Hà Nội;;',
    'Sở Xây dựng;Sở, ban, ngành cấp tỉnh;Thành phố Hà Nội;;',
    'Sở Nội vụ;Cơ quan không có;Thành phố Hà Nội;;',
  ].join('\r\n');
  const file = new File([csv], 'danh-sach.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('Tải danh sách đơn vị (tệp CSV)'), file);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Tệp «danh-sach.csv» có 1 lỗi');
  expect(alert).toHaveTextContent('Dòng 4, cột «Loại đơn vị»: Không nhận ra loại đơn vị «Cơ quan không có».');
  await user.click(within(alert).getByRole('button', { name: 'Vẫn dùng 2 dòng hợp lệ' }));
  expect(await screen.findByText('Đã tải danh sách 2 đơn vị.')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Tình hình gửi của 2 đơn vị' });
  expect(within(table).getByRole('row', { name: /Sở Xây dựng .* Chưa gửi/ })).toBeInTheDocument();
  expect(within(table).getByRole('row', { name: /Sở Tài chính .* Đã gửi, trả lời \d+%/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tải danh sách 1 đơn vị chưa gửi (CSV)' })).toBeEnabled();
  expect(screen.getByRole('heading', { name: 'Nhận từ đơn vị ngoài danh sách (2)' })).toBeInTheDocument();
});

test('the status board from a saved roster, in English', async () => {
  const { changeLanguage } = await import('../../i18n/i18n');
  await changeLanguage('en');
  render(
    <Dashboard
      tab="status"
      initialRoster={rosterOf(
        { name: 'Sở Y tế', unitType: 'provincial-department', provinceId: 'ha-noi' },
        { name: 'Sở Công Thương', unitType: 'provincial-department', provinceId: 'ha-noi' },
      )}
    />,
  );
  const table = screen.getByRole('table', { name: 'Status of 2 units' });
  expect(within(table).getByRole('row', { name: /Sở Công Thương .* Not received/ })).toBeInTheDocument();
  expect(within(table).getByRole('row', { name: /Sở Y tế .* Sent, 89% answered/ })).toBeInTheDocument();
});

test('with the figures first and the copies still being read, the table shows and the status board waits', async () => {
  const user = userEvent.setup();
  const figures: FiguresState = { status: 'ready', ...computeCollection(COLLECTION, todayIso()) };
  const roster = rosterOf({ name: 'Sở Y tế', unitType: 'provincial-department', provinceId: 'ha-noi' });
  const props = { roster, figures, onSaveRoster: () => Promise.resolve() };
  const { rerender } = render(<CollectionDashboard {...props} received={undefined} />);
  expect(firstCells()).toHaveLength(3);
  await user.click(screen.getByRole('tab', { name: 'Tình hình gửi' }));
  expect(screen.getByText('Đang đọc các bản đã nhận…')).toHaveAttribute('role', 'status');
  await user.click(screen.getByRole('tab', { name: 'Xu hướng' }));
  expect(screen.getByText('Đang đọc các bản đã nhận…')).toHaveAttribute('role', 'status');

  rerender(<CollectionDashboard {...props} received={COLLECTION} />);
  await user.click(screen.getByRole('tab', { name: 'Tình hình gửi' }));
  expect(screen.getByRole('table', { name: 'Tình hình gửi của 1 đơn vị' })).toBeInTheDocument();
});

test('figures kept on an earlier day say so while today’s are computed', () => {
  const figures: FiguresState = {
    status: 'ready',
    ...computeCollection(COLLECTION, todayIso()),
    earlier: { asOf: '2026-11-30', done: 2500, total: 3321 },
  };
  render(
    <CollectionDashboard
      received={COLLECTION}
      roster={null}
      figures={figures}
      onSaveRoster={() => Promise.resolve()}
    />,
  );
  expect(
    screen.getByText('Số liệu dưới đây được tính ngày 30/11/2026; đang tính lại theo ngày hôm nay: 2.500/3.321…'),
  ).toHaveAttribute('role', 'status');
  expect(firstCells()).toHaveLength(3);
});
