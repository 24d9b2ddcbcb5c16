import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { docxText } from '../../docx/read-back-docx';
import { renderApp } from '../../../tests/render-app';
import { SLOW } from '../../../tests/fixtures/open-section';
import { dossierComponentsFor } from '../../security-level/law/dossier-components';
import { db } from '../../storage/db';
import { loadSystemSecurity } from '../../storage/system-security';
import { lawKeys } from '../../security-level/law/law-keys';
import { testTranslations } from '../../wording/test-locale.test-support';
import { MAIL, PORTAL, portalRecord, seedWorkbench } from './baseline-screen.test-support';

/** What was handed to the browser as a download (jsdom has no object URLs and does not download). */
const handedToBrowser = vi.fn((_blob: Blob) => 'blob:dossier');

beforeEach(async () => {
  await db.assessments.clear();
  await db.answers.clear();
  await db.systemSecurity.clear();
  Object.assign(URL, { createObjectURL: handedToBrowser, revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  handedToBrowser.mockClear();
});

const TITLE = 'Hồ sơ đề xuất cấp độ';
/** The portal's dossier: level 3 under the new rules (it handles procedures). */
const needed = () => dossierComponentsFor('decree-331', '3');

async function openDossier(systemId = 'portal', records = [portalRecord()]) {
  const assessment = await seedWorkbench(records);
  const view = renderApp(`/assessments/${assessment.id}/security-levels/${systemId}/dossier`);
  await screen.findByRole('heading', { level: 1, name: TITLE }, SLOW);
  return { ...view, assessment };
}

const item = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

test('the portal shows its level, who prepares, appraises and approves, the forms and every component to do', async () => {
  await openDossier();
  expect(screen.getByText('Cấp độ đề xuất: cấp độ 3')).toBeInTheDocument();
  expect(screen.getByText(/^Quy định áp dụng: Chế độ mới/)).toBeInTheDocument();
  const process = screen.getByRole('region', { name: 'Lập, thẩm định và phê duyệt hồ sơ' });
  expect(within(process).getByText('Phê duyệt').nextElementSibling).toHaveTextContent(/chủ quản/i);
  expect(within(process).getByText(/^Biểu mẫu:/)).toHaveTextContent(/Mẫu số 02.*Mẫu số 04/);
  expect(within(process).getByText(/^Căn cứ:/)).toBeInTheDocument();
  const total = needed().length;
  expect(screen.getByText(`Đã hoàn thành 0/${total} mục.`)).toBeInTheDocument();
  // The item recorded earlier, with its owner; the others to do.
  const overview = item('Thuyết minh tổng quan');
  expect(within(overview).getByText('Đang làm', { selector: 'strong' })).toBeInTheDocument();
  expect(within(overview).getByLabelText('Người, bộ phận phụ trách')).toHaveValue('Phòng Hành chính');
  expect(screen.getAllByText('Chưa làm', { selector: 'strong' })).toHaveLength(total - 1);
  expect(screen.getByRole('heading', { level: 2, name: 'Các bước thẩm định, phê duyệt' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tải bản dự thảo Word (.docx)' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tải bản dự thảo PDF' })).toBeInTheDocument();
});

test('an item marked done with its document is saved, the progress moves, and the rest of the record is kept', async () => {
  const { user, assessment } = await openDossier();
  const overview = item('Thuyết minh tổng quan');
  await user.selectOptions(within(overview).getByLabelText('Tình trạng'), 'Đã xong');
  await user.type(within(overview).getByLabelText('Số văn bản'), '15/TM-SNV');
  await user.type(within(overview).getByLabelText(/^Ngày văn bản/), '2/12/2026');
  await user.tab();
  expect(await screen.findByText(`Đã hoàn thành 1/${needed().length} mục.`)).toBeInTheDocument();
  await waitFor(async () => {
    const record = (await loadSystemSecurity(assessment.id)).get('portal');
    expect(record?.dossier).toEqual([
      {
        componentId: 'overview',
        status: 'done',
        owner: 'Phòng Hành chính',
        documentNumber: '15/TM-SNV',
        documentDate: '2026-12-02',
      },
    ]);
    // What the other screens wrote is untouched.
    expect(record?.classification).toEqual(portalRecord().classification);
    expect(record?.duties).toEqual(portalRecord().duties);
  }, SLOW);
  expect(await screen.findByText(/^Đã lưu lúc/)).toBeInTheDocument();
});

test('a date that is not one is explained and not written', async () => {
  const { user, assessment } = await openDossier();
  const design = item('Hồ sơ thiết kế');
  await user.type(within(design).getByLabelText(/^Ngày văn bản/), '31/02/2026');
  await user.tab();
  expect(await within(design).findByText(/Ngày phải là một ngày có thật/)).toBeInTheDocument();
  const record = (await loadSystemSecurity(assessment.id)).get('portal');
  expect(record?.dossier.find((entry) => entry.componentId === 'design-document')).toBeUndefined();
});

test('what was recorded for a component the level does not need is kept and shown apart', async () => {
  const record = portalRecord();
  await openDossier('portal', [
    { ...record, dossier: [...record.dossier, { componentId: 'specialised-opinion', status: 'done', note: 'Cũ' }] },
  ]);
  expect(
    screen.getByRole('heading', { level: 2, name: 'Mục đã ghi nhưng không cần ở cấp độ này' }),
  ).toBeInTheDocument();
  const opinion = item('Ý kiến chuyên môn');
  expect(within(opinion).getByLabelText('Ghi chú')).toHaveValue('Cũ');
  expect(screen.getByText(`Đã hoàn thành 0/${needed().length} mục.`)).toBeInTheDocument();
});

test('the warnings of the classification are shown with the dossier: a unit that only uses the system', async () => {
  const record = portalRecord();
  const assessment = await seedWorkbench([record], [{ ...PORTAL, role: 'user' }]);
  renderApp(`/assessments/${assessment.id}/security-levels/portal/dossier`);
  await screen.findByRole('heading', { level: 1, name: TITLE }, SLOW);
  expect(screen.getByText(testTranslations('vi').tc(lawKeys.warning('not-owner')))).toBeInTheDocument();
});

test('a system not classified yet is sent to its classification first', async () => {
  const { assessment } = await openDossier(MAIL.id);
  expect(screen.getByText(/chưa được xác định cấp độ/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Xác định cấp độ cho hệ thống này' })).toHaveAttribute(
    'href',
    `/assessments/${assessment.id}/security-levels/${MAIL.id}/classification`,
  );
  expect(screen.queryByRole('button', { name: 'Tải bản dự thảo PDF' })).not.toBeInTheDocument();
});

test('the Word draft is made on the device, read back, handed to the browser, and said to be saved', async () => {
  const { user } = await openDossier();
  await user.click(screen.getByRole('button', { name: 'Tải bản dự thảo Word (.docx)' }));
  expect(
    await screen.findByText(/^Đã lưu tệp du-thao-ho-so-cap-do-.*\.docx \(\d+ KB\)\.$/, {}, SLOW),
  ).toBeInTheDocument();
  expect(handedToBrowser).toHaveBeenCalledTimes(1);
  const blob = handedToBrowser.mock.calls[0]![0];
  const text = docxText(new Uint8Array(await blob.arrayBuffer()));
  expect(text).toContain('Cổng dịch vụ công của Sở');
  expect(text).toContain('Đề xuất cấp độ 3');
  expect(text).toContain('Sở Nội vụ');
});
