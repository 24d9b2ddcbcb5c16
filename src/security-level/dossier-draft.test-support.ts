/**
 * For the dossier draft's tests (the model, the Word file, the PDF definition): a commune's one-stop system that
 * handles administrative procedures and holds personal data, classified under the new rules, with a partial
 * self-check; and the draft of it in either language, from the locale files.
 */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import { createFormat } from '../wording/format';
import { testTranslations } from '../wording/test-locale.test-support';
import type { Translate, WordingLanguage } from '../wording/types';
import { classifySystem } from './classify';
import type { Classification } from './classification-schema';
import { buildDossierDraft, type DossierDraft } from './dossier-draft';
import { requirementGroupsFor } from './law/requirement-groups';
import { emptySystemSecurity, type SystemSecurity } from './system-security-schema';

export const TODAY = '2026-12-03';

type Tree = { [key: string]: string | Tree };

const screenFiles = import.meta.glob<Tree>(
  ['../../locales/*/screen-security-dossier.json', '../../locales/*/screen-security-law.json'],
  { eager: true, import: 'default' },
);

/**
 * The `common` texts of a language (wording/test-locale) with the two screen files the draft reads: the dossier's
 * (`securityDossier.*`) and the law's (`securityLaw.*`), as the screen has them once it loaded both.
 */
export function dossierTranslations(language: WordingLanguage): { t: Translate; tc: Translate } {
  const base = testTranslations(language);
  const own = Object.entries(screenFiles)
    .filter(([path]) => path.includes(`/locales/${language}/`))
    .map(([, tree]) => tree);
  const t: Translate = (key, values = {}) => {
    for (const tree of own) {
      const found = key
        .split('.')
        .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
      if (typeof found === 'string') {
        return found.replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_match, name: string) =>
          String((values[name] as string | number | undefined) ?? ''),
        );
      }
    }
    return base.t(key, values);
  };
  return { t, tc: base.tc };
}

export const oneStopRow: InformationSystem = {
  id: 'sys-1',
  name: 'Hệ thống một cửa điện tử xã Yên Thành',
  purpose: 'Tiếp nhận và trả kết quả hồ sơ thủ tục hành chính',
  role: 'owner',
  systemType: 'citizen-services',
  handlesProcedures: true,
};

export const oneStopClassification: Classification = {
  ownerName: 'UBND xã Yên Thành',
  operatorName: 'Văn phòng HĐND và UBND xã',
  systemType: 'citizen-services',
  informationTypes: ['private', 'personal'],
  handlesProcedures: true,
  inOperationSince: '2024-03-01',
};

export function recordFor(classification: Classification, level: SecurityLevel = '3'): SystemSecurity {
  const record = emptySystemSecurity(oneStopRow.id, `${TODAY}T08:00:00.000Z`);
  const [first, second] = requirementGroupsFor('decree-331', level);
  return {
    ...record,
    classification,
    baseline: [
      ...(first ? [{ groupId: first.id, status: 'met' as const }] : []),
      ...(second ? [{ groupId: second.id, status: 'not-met' as const }] : []),
    ].sort((a, b) => (a.groupId < b.groupId ? -1 : 1)),
  };
}

export function draftOf(
  language: WordingLanguage,
  classification: Classification = oneStopClassification,
  row: InformationSystem = oneStopRow,
): DossierDraft {
  const record = recordFor(classification);
  const result = classifySystem({ classification, row, today: TODAY });
  if (!result.level) throw new Error('The fixture is not classified');
  return buildDossierDraft({
    locale: { language, ...dossierTranslations(language), format: createFormat(language) },
    unit: { name: 'Ủy ban nhân dân xã Yên Thành', place: 'Nghệ An' },
    row,
    record,
    result,
    level: result.level,
    today: TODAY,
  });
}

/** Every text of the draft, in order, placeholders included: what a reader of either file reads. */
export function draftText(draft: DossierDraft): string {
  const runs = (list: readonly ({ text: string } | { placeholder: string })[]) =>
    list.map((run) => ('placeholder' in run ? run.placeholder : run.text)).join('');
  const blocks = draft.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return block.text;
      case 'paragraph':
        return runs(block.runs);
      case 'bullets':
        return block.items.map(runs).join('\n');
      case 'table':
        return [block.columns.join(' | '), ...block.rows.map((row) => row.map(runs).join(' | '))].join('\n');
    }
  });
  const { header } = draft;
  return [
    header.agency,
    header.nationalTitle,
    header.motto,
    header.placeDate,
    draft.title,
    draft.subtitle,
    ...blocks,
  ].join('\n');
}
