import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { listCommonGaps } from '../../collection/compare/common-gaps';
import { toComparisonRow } from '../../collection/compare/comparison-rows';
import { TODAY } from '../../collection/compare/compare.test-support';
import { scoreReceivedAssessments } from '../../collection/compare/score-received';
import { twoUnits } from '../../collection/export/export.test-support';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { changeLanguage } from '../../i18n/i18n';
import { questionnaire } from '../../questionnaire/questionnaire';
import { buildCollectionReport } from '../../report/collection/build-collection-report';
import { buildMissingMemo } from '../../report/collection/build-missing-memo';
import type { CollectionReportInput, MissingMemoInput } from '../../report/collection/create-collection-pdf';
import { collectText } from '../../report/collection/collection-report.test-support';
import { CollectionReportActions } from './collection-report-actions';
import { captureDownloads } from '../../../tests/fixtures/capture-downloads';

// pdfmake is too slow for jsdom: the stub builds the real document definition from what it is given and hands back
// its texts as the "PDF", so the test reads what the report would say.
const made = vi.hoisted(() => ({ reports: [] as unknown[], memos: [] as unknown[] }));
vi.mock('../../report/collection/create-collection-pdf', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../report/collection/create-collection-pdf')>();
  return {
    ...original,
    createCollectionReportPdf: (input: CollectionReportInput) => {
      made.reports.push(input);
      return Promise.resolve(new Blob([collectText(buildCollectionReport(input).content).join('\n')]));
    },
    createMissingMemoPdf: (input: MissingMemoInput) => {
      made.memos.push(input);
      return Promise.resolve(new Blob([collectText(buildMissingMemo(input).content).join('\n')]));
    },
  };
});

const MISSING: MissingUnit[] = [
  {
    name: 'Ủy ban nhân dân xã Đồng Hỷ',
    unitType: 'commune-committee',
    provinceId: 'thai-nguyen',
    communeName: 'Xã Đồng Hỷ',
    code: 'X-01',
  },
];

async function renderActions(
  roster: readonly MissingUnit[] | 'no roster' = MISSING,
  { reading = false }: { reading?: boolean } = {},
) {
  const missing = roster === 'no roster' || reading ? undefined : roster;
  const received = twoUnits();
  const scored = scoreReceivedAssessments(questionnaire, received, TODAY);
  const rows = scored.map(toComparisonRow);
  await act(() => {
    render(
      <Suspense fallback={<p>…</p>}>
        <CollectionReportActions
          rows={rows}
          received={reading ? undefined : received}
          commonGaps={listCommonGaps(questionnaire, scored)}
          missing={missing}
        />
      </Suspense>,
    );
    return Promise.resolve();
  });
  return { received, rows, user: userEvent.setup() };
}

async function savedText(saved: Map<string, Blob>, status: string | RegExp) {
  const line = await screen.findByText(status, undefined, { timeout: 10_000 });
  const name = [...saved.keys()].find((key) => line.textContent?.includes(key));
  expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
  return saved.get(name!)!.text();
}

afterEach(() => {
  vi.restoreAllMocks();
  made.reports.length = 0;
  made.memos.length = 0;
});

describe('CollectionReportActions', () => {
  test('the consolidated report under an official header, with the rows, gaps and missing units it was given', async () => {
    const saved = captureDownloads();
    const { rows, user } = await renderActions();
    const region = await screen.findByRole('region', { name: 'Báo cáo tổng hợp (PDF)' });
    expect(within(region).queryByLabelText('Số, ký hiệu văn bản')).not.toBeInTheDocument();
    await user.click(within(region).getByLabelText(/^Thêm phần đầu văn bản hành chính/));
    await user.type(within(region).getByLabelText('Tên cơ quan, đơn vị ban hành'), 'Sở Khoa học và Công nghệ');
    await user.type(within(region).getByLabelText('Số, ký hiệu văn bản'), '45/BC-SKHCN');
    await user.type(within(region).getByLabelText('Địa danh'), 'Phú Thọ');
    await user.click(within(region).getByRole('button', { name: 'Báo cáo tổng hợp (PDF)' }));

    const text = await savedText(saved, /^Đã lưu tệp bao-cao-tong-hop-tu-danh-gia-\d{4}-\d{2}-\d{2}\.pdf\.$/);
    expect(made.reports).toHaveLength(1);
    const input = made.reports[0] as CollectionReportInput;
    expect(input.rows).toEqual(rows);
    expect(input.locale.language).toBe('vi');
    expect(input.options).toMatchObject({
      officialHeader: { agency: 'Sở Khoa học và Công nghệ', documentNumber: '45/BC-SKHCN', place: 'Phú Thọ' },
      withoutAssessorNames: false,
    });
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('3. Xếp hạng các đơn vị');
    expect(text).toContain('Sở Khoa học và Công nghệ');
    expect(text).toContain('Ủy ban nhân dân xã Minh Châu');
    expect(text).toContain('Ủy ban nhân dân xã Đồng Hỷ');
    expect(text).toContain('Nguyễn Thị Hương');
  });

  test('one tick leaves the assessors’ names out of the report', async () => {
    const saved = captureDownloads();
    const { user } = await renderActions();
    const tick = await screen.findByLabelText('Không ghi tên người đánh giá trong báo cáo');
    expect(tick).toHaveAccessibleDescription('Phụ lục sẽ không có tên, chức vụ của người đánh giá.');
    await user.click(tick);
    await user.click(screen.getByRole('button', { name: 'Báo cáo tổng hợp (PDF)' }));
    const text = await savedText(saved, /^Đã lưu tệp /);
    expect((made.reports[0] as CollectionReportInput).options?.withoutAssessorNames).toBe(true);
    expect(text).not.toContain('Nguyễn Thị Hương');
    expect(text).not.toContain('Trần Văn Bình');
    expect(text).toContain('Tên người đánh giá không được ghi trong báo cáo này.');
  });

  test('the memo on units not reporting, with the keyboard', async () => {
    const saved = captureDownloads();
    const { received, user } = await renderActions();
    const memo = await screen.findByRole('button', { name: 'Văn bản: đơn vị chưa gửi (PDF)' });
    memo.focus();
    await user.keyboard('{Enter}');
    const text = await savedText(saved, /^Đã lưu tệp don-vi-chua-gui-tu-danh-gia-/);
    const input = made.memos[0] as MissingMemoInput;
    expect(input.missing).toEqual(MISSING);
    expect(input.receivedCount).toBe(received.length);
    expect(input.options?.officialHeader).toBeUndefined();
    expect(text).toContain('DANH SÁCH ĐƠN VỊ CHƯA GỬI BẢN TỰ ĐÁNH GIÁ');
    expect(text).toContain('Ủy ban nhân dân xã Đồng Hỷ');
    expect(text).toContain('gửi về cơ quan tổng hợp');
    expect(made.reports).toHaveLength(0);
  });

  test('the memo asks for the files by the date given; a date already past is refused at the field', async () => {
    const saved = captureDownloads();
    const { user } = await renderActions();
    const sendBy = await screen.findByLabelText('Hạn gửi bản tự đánh giá (không bắt buộc)');
    await user.type(sendBy, '2020-01-31');
    await user.click(screen.getByRole('button', { name: 'Văn bản: đơn vị chưa gửi (PDF)' }));
    expect(await screen.findByText('Hạn gửi phải từ hôm nay trở đi')).toBeVisible();
    expect(sendBy).toHaveFocus();
    expect(made.memos).toHaveLength(0);

    const nextYear = new Date().getFullYear() + 1;
    await user.clear(sendBy);
    await user.type(sendBy, `${nextYear}-01-15`);
    await user.click(screen.getByRole('button', { name: 'Văn bản: đơn vị chưa gửi (PDF)' }));
    const text = await savedText(saved, /^Đã lưu tệp don-vi-chua-gui-tu-danh-gia-/);
    expect((made.memos[0] as MissingMemoInput).options?.sendBy).toBe(`${nextYear}-01-15`);
    expect(text).toContain(`gửi về cơ quan tổng hợp trước ngày 15/01/${nextYear}.`);
    expect(screen.queryByText('Hạn gửi phải từ hôm nay trở đi')).toBeNull();
  });

  test('without a roster the memo cannot be made, and says why', async () => {
    await renderActions('no roster');
    expect(await screen.findByRole('button', { name: 'Văn bản: đơn vị chưa gửi (PDF)' })).toBeDisabled();
    expect(screen.getByText(/cần danh sách đơn vị/)).toHaveTextContent('ở thẻ “Tình hình gửi”.');
    expect(screen.getByRole('button', { name: 'Báo cáo tổng hợp (PDF)' })).toBeEnabled();
  });

  test('in English, the report is written in English', async () => {
    await changeLanguage('en');
    const saved = captureDownloads();
    const { user } = await renderActions();
    await user.click(await screen.findByRole('button', { name: 'Consolidated report (PDF)' }));
    const text = await savedText(saved, /^Saved consolidated-readiness-report-/);
    expect((made.reports[0] as CollectionReportInput).locale.language).toBe('en');
    expect(text).toContain('CONSOLIDATED REPORT');
    expect(text).toContain('5. The most common gaps');
  });
});

test('while the screen still reads the copies, both PDFs wait and say so', async () => {
  await renderActions(MISSING, { reading: true });
  expect(
    await screen.findByText('Đang đọc các bản đã nhận; báo cáo sẽ tạo được sau giây lát.', undefined, {
      timeout: 10_000,
    }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: /Báo cáo tổng hợp/ })).toBeDisabled();
  expect(screen.getByRole('button', { name: /Văn bản: đơn vị chưa gửi/ })).toBeDisabled();
  // Not "load a roster first": the roster is there, the copies are not read yet.
  expect(screen.queryByText(/cần danh sách đơn vị/)).toBeNull();
});
