import { classifySystem } from './classify';
import {
  dossierTranslations,
  draftOf,
  draftText,
  oneStopClassification,
  oneStopRow,
  TODAY,
} from './dossier-draft.test-support';
import { PLAN_PARTS, planPartOf } from './dossier-draft-plan';
import { lawKeys } from './law/law-keys';
import { requirementGroupsFor, requirementGroups } from './law/requirement-groups';

const vi = dossierTranslations('vi');
const en = dossierTranslations('en');

describe('buildDossierDraft', () => {
  it('opens with the national header, the unit, the place and the year, and the title', () => {
    const draft = draftOf('vi');
    expect(draft.header.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(draft.header.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(draft.header.agency).toBe('Ủy ban nhân dân xã Yên Thành');
    expect(draft.header.placeDate).toMatch(/^Nghệ An, ngày …+ tháng …+ năm 2026$/);
    expect(draft.title).toBe('THUYẾT MINH ĐỀ XUẤT CẤP ĐỘ');
    expect(draft.subtitle).toContain('phương án bảo đảm an ninh mạng');
    expect(draft.subtitle).toContain(oneStopRow.name);
  });

  it('fills the overview from the inventory row and the classification, and leaves the rest to write', () => {
    const text = draftText(draftOf('vi'));
    expect(text).toContain(oneStopRow.purpose);
    expect(text).toContain('UBND xã Yên Thành');
    expect(text).toContain('Văn phòng HĐND và UBND xã');
    expect(text).toContain('01/03/2024');
    // Not given: the specialised unit, the scope, and what the app never holds.
    expect(text).toContain('[Cần bổ sung: tên đơn vị chuyên trách về an ninh mạng]');
    expect(text).toContain('[Cần bổ sung: phạm vi, quy mô, số lượng và đối tượng người sử dụng]');
    expect(text).toContain('[Cần bổ sung: mô tả kiến trúc logic, kiến trúc vật lý (đơn vị tự bổ sung)]');
    expect(text).toContain('địa chỉ IP là thông tin riêng');
  });

  it('cites every criterion met with its legal basis, marks the deciding one, and proposes its level', () => {
    const result = classifySystem({ classification: oneStopClassification, row: oneStopRow, today: TODAY });
    expect(result.level).toBe('3');
    const text = draftText(draftOf('vi'));
    for (const criterion of result.matched) expect(text).toContain(vi.t(lawKeys.criterion(criterion.id)));
    expect(text).toContain('khoản 2 Điều 13'); // b3-handles-procedures: Decree 331 Art. 13.2.b
    expect(text).toContain('tiêu chí quyết định cấp độ');
    expect(text).toContain('Đề xuất cấp độ 3');
    expect(text).toContain(vi.t(lawKeys.regime('decree-331').name));
    expect(text).toContain(vi.t(lawKeys.confirmation('unconfirmed')));
  });

  it('asks for the seven risk factors under the new rules only', () => {
    const newRules = draftText(draftOf('vi'));
    expect(newRules.match(/\[Cần bổ sung: nội dung yếu tố tại điểm [a-gđ]\]/g)).toHaveLength(7);
    const oldRules = draftText(
      draftOf('vi', {
        ...oneStopClassification,
        regimeOverride: 'decree-85',
        onlineServiceDepth: 'online-transactions',
      }),
    );
    expect(oldRules).not.toContain('yếu tố tại điểm');
    expect(oldRules).toContain('phương án bảo đảm an toàn thông tin');
  });

  it('writes the plan in its seven parts, each group of the level under one, with the self-check given', () => {
    const draft = draftOf('vi');
    const text = draftText(draft);
    const headings = draft.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    PLAN_PARTS.forEach((part, index) => {
      expect(headings).toContain(`3.${index + 1}. ${vi.t(`securityDossier.draft.plan.parts.${part}`)}`);
    });
    const groups = requirementGroupsFor('decree-331', '3');
    for (const group of groups) expect(text).toContain(vi.t(lawKeys.requirementGroup(group.id).name));
    expect(text).toContain('| Đạt');
    expect(text).toContain('| Chưa đạt');
    expect(text).toContain('Chưa tự đánh giá');
  });

  it('puts every requirement group of the law data under one of the seven parts', () => {
    for (const group of requirementGroups) expect(PLAN_PARTS).toContain(planPartOf(group));
    const partOf = (id: string) =>
      planPartOf(requirementGroups.find((group) => group.id === id) ?? { id, family: 'management' });
    expect(partOf('secure-development')).toBe('design-build');
    expect(partOf('network')).toBe('design-build');
    expect(partOf('accounts-access')).toBe('operation');
    expect(partOf('security-testing')).toBe('inspection');
    expect(partOf('vulnerabilities')).toBe('inspection');
    expect(partOf('risk-management')).toBe('risk-management');
    expect(partOf('security-logs')).toBe('monitoring');
    expect(partOf('backup-recovery')).toBe('incident-recovery');
    expect(partOf('incident-response')).toBe('incident-recovery');
    expect(partOf('end-of-operation')).toBe('end-of-operation');
  });

  it('adds the level 4-5 contents from level 4 only', () => {
    expect(draftText(draftOf('vi'))).toContain('Không áp dụng đối với hệ thống cấp độ 3');
    const level4 = draftText(draftOf('vi', { ...oneStopClassification, nationalEgov24x7: true }));
    expect(level4).toContain('Đề xuất cấp độ 4');
    expect(level4).toContain('[Cần bổ sung: Báo cáo đánh giá rủi ro chi tiết]');
    expect(level4).toContain('24/7');
  });

  it('ends as an administrative document does: who receives it and who signs', () => {
    const { closing } = draftOf('vi');
    expect(closing.recipientsLabel).toBe('Nơi nhận:');
    expect(closing.recipients).toContain('- Lưu: VT.');
    expect(closing.signer).toBe('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('lists the documents cited, with the date the rules are as of', () => {
    const text = draftText(draftOf('vi'));
    expect(text).toContain('Nghị định số 331/2026/NĐ-CP');
    expect(text).toContain('01/12/2026');
  });

  it('is written in English when asked, with the same facts', () => {
    const draft = draftOf('en');
    const text = draftText(draft);
    expect(draft.header.nationalTitle).toBe(en.t('report.pdf.nationalTitle'));
    expect(draft.title).toBe('JUSTIFICATION OF THE PROPOSED SECURITY LEVEL');
    expect(draft.header.placeDate).toBe('Nghệ An, ……/……/2026');
    expect(text).toContain(oneStopRow.name);
    expect(text).toContain('Proposed level 3');
    expect(text).toContain('[To be completed:');
    expect(text).toContain(en.t(lawKeys.criterion('b3-handles-procedures')));
  });
});
