/**
 * Consensus for one unit (issue 13) in the browser: three members' files of one commune imported into the
 * collection, merged, the most split difference decided with a reason, a reload in the middle (nothing lost), the
 * rest decided offline, axe clean on both screens, and the merged assessment's exported JSON holding who answered
 * what. Screenshots (vi and en, 1280 and 360 px) go to CONSENSUS_SHOTS.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { text } from './locales';
import { waitForServiceWorkerControl } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const SHOTS = process.env.CONSENSUS_SHOTS ?? '/tmp/consensus-shots';
const SLOW = { timeout: 30_000 };

/** Questions of a commune People's Committee (content 2.0.0). */
const ALL_YES = 'services-partial-reasons-published';
const THREE_WAYS = 'services-national-portal';
const TWO_WAYS = 'services-certification-from-data';
const AT = '2026-12-01T08:00:00.000Z';

const yesNo = (questionId: string, choice: 'yes' | 'partly' | 'no', note?: string) => ({
  questionId,
  response: { kind: 'value', value: { type: 'yes-partly-no', choice } },
  ...(note ? { note } : {}),
  updatedAt: AT,
});

/** A member's file, as the app exports one assessment. */
function memberFile(id: string, unitName: string, assessorName: string, assessorRole: string, answers: object[]) {
  return JSON.stringify({
    format: 'egov-readiness',
    formatVersion: 2,
    exportedAt: AT,
    app: { questionnaireId: 'vn-egov-readiness', questionnaireVersion: '2.0.0' },
    kind: 'assessment',
    assessments: [
      {
        assessment: {
          id,
          profile: {
            unitName,
            unitType: 'commune-committee',
            provinceId: 'phu-tho',
            communeName: 'Minh Châu',
            assessorName,
            assessorRole,
            periodYear: 2026,
            periodPart: 'year',
          },
          questionnaireId: 'vn-egov-readiness',
          questionnaireVersion: '2.0.0',
          createdAt: AT,
          updatedAt: AT,
        },
        answers,
        planItems: [],
      },
    ],
  });
}

function writeMemberFiles(): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'consensus-'));
  const files = {
    'an.json': memberFile('member-an', 'UBND xã Minh Châu', 'Nguyễn Văn An', 'Chánh Văn phòng', [
      yesNo(ALL_YES, 'yes'),
      yesNo(THREE_WAYS, 'yes', 'Đã kết nối từ tháng 7'),
      yesNo(TWO_WAYS, 'yes'),
    ]),
    'binh.json': memberFile('member-binh', 'Ủy ban nhân dân xã Minh Châu', 'Trần Thị Bình', 'Công chức Văn hóa', [
      yesNo(ALL_YES, 'yes'),
      yesNo(THREE_WAYS, 'no', 'Còn 3 thủ tục chưa lên Cổng'),
      yesNo(TWO_WAYS, 'no'),
    ]),
    'cuong.json': memberFile('member-cuong', 'UBND xã Minh Châu', 'Lê Văn Cường', 'Phó Chủ tịch', [
      yesNo(ALL_YES, 'yes'),
      yesNo(THREE_WAYS, 'partly'),
    ]),
  };
  return Object.entries(files).map(([name, body]) => {
    const file = path.join(folder, name);
    writeFileSync(file, body);
    return file;
  });
}

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const option = (answer: string, names: string) => vi('consensus.discussion.responseOption', { answer, names });
const item = (page: Page, status: string) => page.getByRole('region', { name: new RegExp(status) });

test('three members merged, differences decided with reasons across a reload and offline, the JSON keeps who answered what', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);

  await page.getByRole('link', { name: vi('list.collectionLink') }).click();
  const files = writeMemberFiles();
  await page.getByLabel(vi('collectionImport.chooseFiles')).setInputFiles(files);
  rmSync(path.dirname(files[0]!), { recursive: true });
  await expect(page.getByRole('heading', { name: vi('collectionImport.summaryTitle') })).toBeVisible(SLOW);

  await page.getByRole('link', { name: vi('collection.consensusLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi('consensus.title'));
  await expectNoViolations(page, 'consensus start');
  // Merging with nothing chosen: the error summary takes focus and names what is missing.
  await page.getByRole('button', { name: vi('consensus.merge') }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    vi('consensus.errors.unit'),
    vi('consensus.errors.facilitatorName'),
    vi('consensus.errors.facilitatorRole'),
  ]);
  await expectNoViolations(page, 'consensus start with errors');
  await page
    .getByRole('radio', { name: vi('consensus.unitOption_other', { unit: 'UBND xã Minh Châu', formatted: 3 }) })
    .check();
  for (const member of [
    'Nguyễn Văn An, Chánh Văn phòng',
    'Trần Thị Bình, Công chức Văn hóa',
    'Lê Văn Cường, Phó Chủ tịch',
  ]) {
    await page.getByRole('checkbox', { name: member }).check();
  }
  await page.getByLabel(vi('consensus.facilitatorName')).fill('Phạm Thu Hà');
  await page.getByLabel(vi('consensus.facilitatorRole')).fill('Giảng viên Sở Khoa học và Công nghệ');
  await shot(page, 'start-vi');
  await page.getByRole('button', { name: vi('consensus.merge') }).click();

  await expect(page.getByText(vi('consensus.discussion.progress', { decided: 0, total: 2 }))).toBeVisible(SLOW);
  const discussionUrl = page.url();
  // The most split question (three different answers) comes first.
  const open = item(page, vi('consensus.discussion.open'));
  await expect(open).toHaveCount(2);
  const first = open.first();
  await expect(first.getByRole('listitem')).toHaveText([
    /Lê Văn Cường.*Một phần/,
    /Nguyễn Văn An.*Có.*Đã kết nối từ tháng 7/,
    /Trần Thị Bình.*Không.*Còn 3 thủ tục chưa lên Cổng/,
  ]);
  await expectNoViolations(page, 'consensus discussion');
  await shot(page, 'discussion-vi');

  await first.getByRole('radio', { name: option('Một phần', 'Lê Văn Cường') }).check();
  await first
    .getByLabel(vi('consensus.discussion.reason'))
    .fill('Còn 3 thủ tục chưa đưa lên Cổng Dịch vụ công quốc gia');
  await first.getByRole('button', { name: vi('consensus.discussion.save') }).click();
  await expect(page.getByText(vi('consensus.discussion.progress', { decided: 1, total: 2 }))).toBeVisible(SLOW);

  // A reload in the middle of the discussion: the decision and its reason are still there, the other still open.
  await page.reload();
  const decided = item(page, vi('consensus.discussion.decided'));
  await expect(decided).toHaveCount(1, SLOW);
  await expect(decided.getByRole('radio', { name: option('Một phần', 'Lê Văn Cường') })).toBeChecked();
  await expect(decided.getByLabel(vi('consensus.discussion.reason'))).toHaveValue(
    'Còn 3 thủ tục chưa đưa lên Cổng Dịch vụ công quốc gia',
  );
  await expect(item(page, vi('consensus.discussion.open'))).toHaveCount(1);

  // Offline (the room has no network): the page reloads from the service worker and the last decision is saved.
  await context.setOffline(true);
  await page.goto(discussionUrl);
  const last = item(page, vi('consensus.discussion.open'));
  await expect(last.getByRole('listitem')).toHaveText(
    [/Lê Văn Cường.*Để trống/, /Nguyễn Văn An.*Có/, /Trần Thị Bình.*Không/],
    SLOW,
  );
  await last.getByRole('radio', { name: option('Không', 'Trần Thị Bình') }).check();
  await last.getByLabel(vi('consensus.discussion.reason')).fill('Chưa khai thác dữ liệu để chứng thực');
  await last.getByRole('button', { name: vi('consensus.discussion.save') }).click();
  await expect(page.getByText(vi('consensus.discussion.allDecided'))).toBeVisible(SLOW);
  await page.getByText(vi('consensus.discussion.agreedHeading_other', { formatted: 1 })).click();
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'discussion-vi-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The merged assessment: a consensus of three, and its exported file keeps each member's answer.
  await page
    .getByRole('link', { name: vi('consensus.discussion.openAssessment') })
    .first()
    .click();
  await expect(page.getByText(vi('consensus.notice.text_other', { formatted: 3 }))).toBeVisible(SLOW);
  await shot(page, 'task-list-vi');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: vi('exchange.actions.exportAssessment') }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    assessments: {
      assessment: { profile: { assessorName: string }; consensus: ConsensusJson };
      answers: AnswerJson[];
    }[];
  };
  const [entry] = file.assessments;
  expect(entry?.assessment.profile.assessorName).toBe('Phạm Thu Hà');
  const consensus = entry!.assessment.consensus;
  expect(consensus.members.map(({ name }) => name)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
  const portal = consensus.questions.find(({ questionId }) => questionId === THREE_WAYS);
  expect(portal).toMatchObject({ outcome: 'decided', reason: 'Còn 3 thủ tục chưa đưa lên Cổng Dịch vụ công quốc gia' });
  expect(portal?.answers.map(({ memberId, answer }) => [memberId, answer.response.value.choice])).toEqual([
    ['m1', 'partly'],
    ['m2', 'yes'],
    ['m3', 'no'],
  ]);
  expect(consensus.questions.find(({ questionId }) => questionId === ALL_YES)?.outcome).toBe('agreed');
  expect(entry!.answers.find(({ questionId }) => questionId === THREE_WAYS)?.response.value.choice).toBe('partly');

  // In English.
  await page.goto(discussionUrl);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByText(en('consensus.discussion.allDecided'))).toBeVisible(SLOW);
  await expectNoViolations(page, 'consensus discussion (en)');
  await shot(page, 'discussion-en');
});

interface AnswerJson {
  questionId: string;
  response: { value: { choice: string } };
}
interface ConsensusJson {
  members: { memberId: string; name: string }[];
  questions: {
    questionId: string;
    outcome: string;
    reason?: string;
    answers: { memberId: string; answer: AnswerJson }[];
  }[];
}
