import {
  blankDossierItem,
  buildDossierChecklist,
  dossierItemFromInput,
  dossierItemInputSchema,
  inputFromDossierItem,
  withDossierItem,
} from './dossier-checklist';
import { dossierComponentsFor } from './law/dossier-components';
import type { DossierItem } from './system-security-schema';

const ids = (entries: { componentId: string }[]) => entries.map((entry) => entry.componentId);

describe('buildDossierChecklist', () => {
  it('lists the components and steps of the level in the law data, each to do until recorded', () => {
    const checklist = buildDossierChecklist({ regime: 'decree-331', level: '3', items: [] });
    const needed = dossierComponentsFor('decree-331', '3');
    expect(ids(checklist.components)).toEqual(needed.filter((c) => c.kind === 'component').map((c) => c.id));
    expect(ids(checklist.steps)).toEqual(needed.filter((c) => c.kind === 'step').map((c) => c.id));
    expect(checklist.components.map((entry) => entry.item.status)).toEqual(checklist.components.map(() => 'to-do'));
    expect(checklist.components.every((entry) => !entry.recorded)).toBe(true);
    expect(checklist.progress).toEqual({ done: 0, total: needed.length });
    expect(checklist.apart).toEqual([]);
  });

  it('gives the level its own components: the level 4 extras only from level 4', () => {
    const level2 = ids(buildDossierChecklist({ regime: 'decree-331', level: '2', items: [] }).components);
    const level4 = ids(buildDossierChecklist({ regime: 'decree-331', level: '4', items: [] }).components);
    expect(level2).toContain('security-plan');
    expect(level2).not.toContain('specialised-opinion');
    expect(level4).toContain('specialised-opinion');
  });

  it('lists the forms of the level once each, in number order', () => {
    const level2 = buildDossierChecklist({ regime: 'decree-331', level: '2', items: [] });
    const level3 = buildDossierChecklist({ regime: 'decree-331', level: '3', items: [] });
    expect(level2.forms).toContain('01');
    expect(level2.forms).not.toContain('02');
    expect(level3.forms).toEqual(expect.arrayContaining(['02', '04', '06']));
    expect(level3.forms).not.toContain('01');
    expect([...level3.forms].sort()).toEqual(level3.forms);
    expect(new Set(level3.forms).size).toBe(level3.forms.length);
  });

  it('names who prepares, appraises and approves: the owner approves from level 3', () => {
    expect(buildDossierChecklist({ regime: 'decree-85', level: '3', items: [] }).authority.approves).toBe('owner');
    expect(buildDossierChecklist({ regime: 'decree-85', level: '2', items: [] }).authority.approves).toBe(
      'specialised-unit',
    );
  });

  it('counts the items done among those needed, and keeps items the level does not need apart', () => {
    const items: DossierItem[] = [
      { componentId: 'overview', status: 'done', owner: 'Phòng CNTT', documentNumber: '12/TM-STP' },
      { componentId: 'security-plan', status: 'in-progress' },
      { componentId: 'specialised-opinion', status: 'done', note: 'Khi còn là cấp độ 4' },
      { componentId: 'retired-component', status: 'to-do' },
    ];
    const checklist = buildDossierChecklist({ regime: 'decree-331', level: '3', items });
    expect(checklist.progress.done).toBe(1);
    const overview = checklist.components.find((entry) => entry.componentId === 'overview');
    expect(overview?.item).toEqual(items[0]);
    expect(overview?.recorded).toBe(true);
    expect(ids(checklist.apart)).toEqual(['specialised-opinion', 'retired-component']);
    expect(checklist.apart[0]?.item.note).toBe('Khi còn là cấp độ 4');
    expect(checklist.apart[0]?.component?.id).toBe('specialised-opinion');
    expect(checklist.apart[1]?.component).toBeUndefined();
  });

  it('keeps what was recorded for a component both regimes share when the regime changes', () => {
    const items: DossierItem[] = [{ componentId: 'security-plan', status: 'done' }];
    for (const regime of ['decree-85', 'decree-331'] as const) {
      const checklist = buildDossierChecklist({ regime, level: '2', items });
      expect(checklist.components.find((entry) => entry.componentId === 'security-plan')?.item.status).toBe('done');
      expect(checklist.components.find((entry) => entry.componentId === 'security-plan')?.component?.regime).toBe(
        regime,
      );
    }
  });
});

describe('withDossierItem', () => {
  it('replaces the item of its component, adds a new one, and keeps them sorted by component id', () => {
    const items: DossierItem[] = [blankDossierItem('overview'), blankDossierItem('security-plan')];
    const changed = withDossierItem(items, { componentId: 'overview', status: 'done' });
    expect(changed).toEqual([{ componentId: 'overview', status: 'done' }, blankDossierItem('security-plan')]);
    const added = withDossierItem(changed, blankDossierItem('design-document'));
    expect(ids(added)).toEqual(['design-document', 'overview', 'security-plan']);
    expect(items[0]?.status).toBe('to-do');
  });
});

describe('the item form', () => {
  it('reads day/month/year and blank fields, and writes them back as typed', () => {
    const input = {
      status: 'done' as const,
      owner: '  Phòng Văn hóa ',
      documentNumber: '45/QĐ-UBND',
      documentDate: '3/12/2026',
      note: '',
    };
    expect(dossierItemInputSchema.safeParse(input).success).toBe(true);
    const item = dossierItemFromInput('approval-decision', dossierItemInputSchema.parse(input));
    expect(item).toEqual({
      componentId: 'approval-decision',
      status: 'done',
      owner: 'Phòng Văn hóa',
      documentNumber: '45/QĐ-UBND',
      documentDate: '2026-12-03',
    });
    expect(inputFromDossierItem(item)).toEqual({
      status: 'done',
      owner: 'Phòng Văn hóa',
      documentNumber: '45/QĐ-UBND',
      documentDate: '03/12/2026',
      note: '',
    });
  });

  it('says why a date is refused', () => {
    const base = { status: 'to-do' as const, owner: '', documentNumber: '', note: '' };
    const wrongFormat = dossierItemInputSchema.safeParse({ ...base, documentDate: '3/12/26' });
    const notADate = dossierItemInputSchema.safeParse({ ...base, documentDate: '31/02/2026' });
    expect(wrongFormat.error?.issues[0]?.message).toBe('securityDossier.checklist.errors.dateFormat');
    expect(notADate.error?.issues[0]?.message).toBe('securityDossier.checklist.errors.dateInvalid');
  });
});
