import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { Suspense } from 'react';
import { listComparisonRows } from '../../collection/compare/comparison-rows';
import { TODAY } from '../../collection/compare/compare.test-support';
import { twoUnits } from '../../collection/export/export.test-support';
import { questionnaire } from '../../questionnaire/questionnaire';
import { CollectionExports } from './collection-exports';
import { captureDownloads } from '../../../tests/fixtures/capture-downloads';

async function renderExports() {
  const received = twoUnits();
  const rows = listComparisonRows(questionnaire, received, TODAY);
  await act(() => {
    render(
      <Suspense fallback={<p>…</p>}>
        <CollectionExports
          rows={rows}
          received={received}
          missing={[
            {
              name: 'UBND xã Hòa Bình',
              unitType: 'commune-committee',
              provinceId: 'ha-noi',
              communeName: undefined,
              code: undefined,
            },
          ]}
        />
      </Suspense>,
    );
    return Promise.resolve();
  });
  await screen.findByRole('heading', { name: 'Xuất dữ liệu tổng hợp' });
}

const savedFile = async (saved: Map<string, Blob>, suffix: string) => {
  const status = await screen.findByText(/^Đã lưu tệp /, undefined, { timeout: 10_000 });
  const name = [...saved.keys()].find((key) => key.endsWith(suffix));
  expect(name).toBeDefined();
  expect(status).toHaveTextContent(`Đã lưu tệp ${name!}.`);
  return saved.get(name!)!;
};

afterEach(() => vi.restoreAllMocks());

describe('CollectionExports', () => {
  test('the comparison table as CSV, in Vietnamese, with the assessors’ names', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await renderExports();
    await user.click(screen.getByRole('button', { name: 'Bảng so sánh (CSV)' }));
    const text = await (await savedFile(saved, '.csv')).text();
    const [header, first] = text.split('\r\n');
    expect(header).toContain('Đơn vị,Loại đơn vị,Tỉnh/thành phố');
    expect(header).toContain('Người đánh giá');
    expect(first).toContain('Sở Khoa học và Công nghệ');
    expect(first).toContain('Nguyễn Thị Hương');
  });

  test('the tidy answers without assessors’ names: one tick leaves them out', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await renderExports();
    await user.click(screen.getByRole('checkbox', { name: 'Không đưa tên người đánh giá' }));
    await user.click(screen.getByRole('button', { name: 'Câu trả lời dạng bảng dài (CSV)' }));
    const text = await (await savedFile(saved, '.csv')).text();
    expect(text.split('\r\n')[0]).toBe(
      'unit_name,unit_type,province_id,commune_name,unit_code,period_year,period_part,assessment_id,content_version,section_id,question_id,question_type,status,answer_code,answer_text,weight,earned,points,note',
    );
    expect(text).not.toContain('Nguyễn Thị Hương');
    expect(text).not.toContain('Trần Văn Bình');
    // The answer text in Vietnamese, from the results screen's wording.
    expect(text).toContain('services-national-portal,yes-partly-no,scored,partly,Một phần,3,0.5,1.5');
  });

  test('the workbook: one sheet per table, Vietnamese texts read back', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await renderExports();
    await user.click(screen.getByRole('button', { name: 'Sổ tính (XLSX)' }));
    const files = unzipSync(new Uint8Array(await (await savedFile(saved, '.xlsx')).arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'So sánh',
      'Câu trả lời',
      'Đơn vị chưa gửi',
    ]);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain('<t>Ủy ban nhân dân xã Minh Châu</t>');
    expect(strings).toContain('<t>UBND xã Hòa Bình</t>');
    expect(strings).toContain('<t>UBND cấp xã (xã, phường, đặc khu)</t>');
  });

  test('while a file is made the buttons are busy, and a second click makes no second file', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    await renderExports();
    const button = screen.getByRole('button', { name: 'Câu trả lời dạng bảng dài (CSV)' });
    await user.dblClick(button);
    await savedFile(saved, '.csv');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
    expect(saved.size).toBe(1);
  });

  test('while the screen still reads the copies, the exports say so and wait for them', async () => {
    const received = twoUnits();
    const rows = listComparisonRows(questionnaire, received, TODAY);
    const view = (copies: typeof received | undefined) => (
      <Suspense fallback={<p>…</p>}>
        <CollectionExports rows={rows} received={copies} />
      </Suspense>
    );
    let rerender: (ui: React.ReactNode) => void = () => undefined;
    await act(() => {
      rerender = render(view(undefined)).rerender;
      return Promise.resolve();
    });
    expect(
      await screen.findByText(/Đang đọc các bản đã nhận; các nút xuất tệp sẽ dùng được sau giây lát/),
    ).toBeVisible();
    for (const name of ['Bảng so sánh (CSV)', 'Câu trả lời dạng bảng dài (CSV)', 'Sổ tính (XLSX)']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    rerender(view(received));
    expect(screen.getByRole('button', { name: 'Bảng so sánh (CSV)' })).toBeEnabled();
    expect(screen.queryByText(/Đang đọc các bản đã nhận/)).toBeNull();
  });
});
