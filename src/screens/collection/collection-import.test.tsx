import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { generateCollection } from '../../../tests/fixtures/collection/generate-collection';
import { digestEntry } from '../../collection/digest';
import { createInThreadWorker } from '../../collection/import/in-thread-worker';
import type { ParseWorker } from '../../collection/import/worker-protocol';
import { changeLanguage } from '../../i18n/i18n';
import { clearCollection, listReceived } from '../../storage/collection';
import { CollectionImport, type CollectionImportProps } from './collection-import';

const files = generateCollection({ count: 6, seed: 11 });
const asFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const picked = () => files.map((file) => asFile(file.name, file.text));

beforeEach(async () => {
  await clearCollection();
});

function renderImport(props: CollectionImportProps = {}) {
  const user = userEvent.setup();
  render(
    <Suspense fallback={<p>…</p>}>
      <CollectionImport {...props} />
    </Suspense>,
  );
  return user;
}

test('several files at once: a summary, focused, with the refused file named and its reason in Vietnamese', async () => {
  const user = renderImport();
  const broken = asFile('hỏng.json', files[0]!.text.slice(0, 300));
  await user.upload(await screen.findByLabelText('Chọn tệp (.json hoặc .zip)'), [...picked(), broken]);

  const summary = await screen.findByRole('region', { name: 'Kết quả nhập' }, { timeout: 10_000 });
  expect(summary).toHaveFocus();
  expect(summary).toHaveTextContent('Đã xem 7 tệp.');
  expect(summary).toHaveTextContent('6 đánh giá mới');
  expect(summary).toHaveTextContent('1 tệp bị từ chối');
  const refused = within(summary).getByRole('list', { name: 'Tệp bị từ chối' });
  expect(refused).toHaveTextContent('hỏng.json: Tệp bị cắt cụt (có thể tải xuống hoặc sao chép chưa xong).');
  expect(await listReceived()).toHaveLength(6);

  // The same files again: nothing new, nothing duplicated.
  await user.upload(screen.getByLabelText('Chọn tệp (.json hoặc .zip)'), picked());
  expect(await screen.findByText('6 đánh giá đã có và giống hệt (bỏ qua)', {}, { timeout: 10_000 })).toBeVisible();
  expect(await listReceived()).toHaveLength(6);
});

test('in English: the counts and the reasons', async () => {
  await changeLanguage('en');
  const user = renderImport();
  await user.upload(await screen.findByLabelText('Choose files (.json or .zip)'), [
    ...picked().slice(0, 2),
    asFile('notes.json', '{"hello": 1}'),
  ]);
  const summary = await screen.findByRole('region', { name: 'Import results' }, { timeout: 10_000 });
  expect(summary).toHaveTextContent('2 new assessments');
  expect(summary).toHaveTextContent('notes.json: This is not a Digital Government Readiness assessment file.');
});

test('a folder picker and a file picker, both labelled and usable with the keyboard', async () => {
  const user = renderImport();
  const folder = await screen.findByLabelText('Chọn thư mục');
  expect(folder).toHaveAttribute('webkitdirectory');
  await user.tab();
  expect(screen.getByLabelText('Chọn tệp (.json hoặc .zip)')).toHaveFocus();
  await user.tab();
  expect(folder).toHaveFocus();
});

test('progress is shown as "N of M files" with a cancel; cancelling keeps what was written and says so', async () => {
  // A worker that answers only when the test lets it.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  const createWorker = (): ParseWorker => {
    const inner = createInThreadWorker(digestEntry);
    const worker: ParseWorker = {
      onmessage: null,
      onerror: null,
      postMessage: (message, transfer) => {
        requests += 1;
        const first = requests === 1;
        void (first ? Promise.resolve() : gate).then(() => inner.postMessage(message, transfer));
      },
      terminate: () => inner.terminate(),
    };
    inner.onmessage = (event) => worker.onmessage?.(event);
    return worker;
  };
  const user = renderImport({ importOptions: { createWorker, workers: 1, parseBatchFiles: 2, writeBatchSize: 2 } });
  await user.upload(await screen.findByLabelText('Chọn tệp (.json hoặc .zip)'), picked());

  const status = screen.getByRole('status');
  expect(await within(status).findByText('2 trên 6 tệp', {}, { timeout: 10_000 })).toBeVisible();
  expect(screen.getByRole('progressbar', { name: 'Tiến độ nhập' })).toHaveAttribute('value', '2');
  expect(screen.getByLabelText('Chọn tệp (.json hoặc .zip)')).toBeDisabled();
  await user.click(screen.getByRole('button', { name: 'Dừng nhập' }));
  release();

  const summary = await screen.findByRole('region', { name: 'Kết quả nhập' }, { timeout: 10_000 });
  expect(summary).toHaveTextContent(
    'Đã dừng nhập. Các đánh giá đã ghi trước khi dừng vẫn được giữ; 4 tệp chưa được nhập.',
  );
  expect(summary).toHaveTextContent('2 đánh giá mới');
  expect(await listReceived()).toHaveLength(2);
});

test('files that are not assessment files are skipped, not refused', async () => {
  const user = renderImport();
  const input = await screen.findByLabelText('Chọn tệp (.json hoặc .zip)');
  await userEvent
    .setup({ applyAccept: false })
    .upload(input, [picked()[0]!, new File(['x'], 'ghi-chú.docx', { type: 'application/msword' })]);
  const summary = await screen.findByRole('region', { name: 'Kết quả nhập' }, { timeout: 10_000 });
  expect(summary).toHaveTextContent('1 tệp không phải tệp đánh giá (bỏ qua)');
  expect(summary).not.toHaveTextContent('bị từ chối');
  await user.click(within(summary).getByText('Tệp bị bỏ qua'));
  expect(within(summary).getByText('ghi-chú.docx: không phải tệp .json')).toBeVisible();
});
