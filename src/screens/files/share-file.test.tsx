import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import { renderApp } from '../../../tests/render-app';
import { initI18n } from '../../i18n/i18n';
import { createAssessment } from '../../storage/assessments';
import { db } from '../../storage/db';
import type { MarkedAssessment } from '../../storage/export-status';

/** The phone's share sheet, stubbed: what `share` was given, and how the person closes it. */
function stubShare(share: (data: ShareData) => Promise<void>, canShare = (data?: ShareData) => !!data?.files) {
  const shared: ShareData[] = [];
  const stub = vi.fn((data: ShareData) => {
    shared.push(data);
    return share(data);
  });
  Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true });
  Object.defineProperty(navigator, 'share', { value: stub, configurable: true });
  return { shared, stub };
}

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

const lastExported = async (id: string) => ((await db.assessments.get(id)) as MarkedAssessment).lastExportedAt;

test('where the browser cannot share files, there is no share button', async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  renderApp(`/assessments/${assessment.id}`);
  await screen.findByRole('button', { name: 'Xuất đánh giá (JSON)' });
  expect(screen.queryByRole('button', { name: 'Chia sẻ…' })).toBeNull();
});

test('where it can share JSON files only if asked with one, the button is hidden too', async () => {
  stubShare(
    () => Promise.resolve(),
    (data) => data?.files?.every((file) => file.type.startsWith('image/')) ?? false,
  );
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  renderApp(`/assessments/${assessment.id}`);
  await screen.findByRole('button', { name: 'Xuất đánh giá (JSON)' });
  expect(screen.queryByRole('button', { name: 'Chia sẻ…' })).toBeNull();
});

test('"Share…" hands the sheet the export file itself, and records the export once shared', async () => {
  const { shared } = stubShare(() => Promise.resolve());
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  const { user } = renderApp(`/assessments/${assessment.id}`);
  const button = await screen.findByRole('button', { name: 'Chia sẻ…' });
  const section = button.closest('section') as HTMLElement;

  await user.click(button);
  const status = await within(section).findByText(
    /^Đã chuyển tệp “.+\.json” sang ứng dụng bạn chọn\.$/,
    {},
    {
      timeout: 10_000,
    },
  );
  expect(status).toHaveAttribute('role', 'status');
  expect(shared).toHaveLength(1);
  const file = shared[0]!.files![0]!;
  expect(file.name).toMatch(/^egov-readiness-so-tu-phap-nam-2026-\d{4}-\d{2}-\d{2}\.json$/);
  expect(status).toHaveTextContent(file.name);
  expect(file.type).toBe('application/json');
  const sent = JSON.parse(await file.text()) as { exportedAt: string; assessments: { assessment: { id: string } }[] };
  expect(sent.assessments.map((entry) => entry.assessment.id)).toEqual([assessment.id]);
  await waitFor(async () => expect(await lastExported(assessment.id)).toBe(sent.exportedAt));
});

test('closing the sheet says so quietly and records nothing; a failure says what to do instead', async () => {
  const closed = stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
  const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
  const { user } = renderApp(`/assessments/${assessment.id}`);
  await user.click(await screen.findByRole('button', { name: 'Chia sẻ…' }));
  const note = await screen.findByText('Chưa chia sẻ tệp.', {}, { timeout: 10_000 });
  expect(note).not.toHaveClass('error-message');
  expect(closed.stub).toHaveBeenCalledTimes(1);
  expect(await lastExported(assessment.id)).toBeUndefined();

  stubShare(() => Promise.reject(new DOMException('No user activation', 'NotAllowedError')));
  await user.click(screen.getByRole('button', { name: 'Chia sẻ…' }));
  const error = await screen.findByText(/^Không mở được bảng chia sẻ\. Hãy thử lại, hoặc dùng nút “Xuất đánh giá/);
  expect(error).toHaveClass('error-message');
  expect(await lastExported(assessment.id)).toBeUndefined();
});

test('in English', async () => {
  await initI18n('en');
  try {
    stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const assessment = await createAssessment(buildProfile({ unitName: 'Sở Tư pháp' }));
    const { user } = renderApp(`/assessments/${assessment.id}`);
    await user.click(await screen.findByRole('button', { name: 'Share…' }));
    expect(await screen.findByText('The file was not shared.', {}, { timeout: 10_000 })).toBeInTheDocument();
  } finally {
    await initI18n('vi');
  }
});
