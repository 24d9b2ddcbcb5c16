import { expect, test } from 'vitest';
import { LABELS, rosterOf } from '../collection/roster/roster.test-support';
import {
  formInputOfWorkshop,
  parseTypedUnits,
  splitLineError,
  workshopDetailsFromForm,
  workshopFormSchema,
  type WorkshopFormInput,
} from './workshop-form';

const noDefaults = { unitType: '', provinceId: '' } as const;
const form = (change: Partial<WorkshopFormInput> = {}): WorkshopFormInput => ({
  title: 'Tập huấn đánh giá',
  date: '5/12/2026',
  place: '',
  unitSource: 'typed',
  typedUnits: '',
  typedUnitType: '',
  typedProvinceId: '',
  ...change,
});

test('typed lines: name, unit type and province in either language, by ";" or a tab, blank lines skipped', () => {
  const typed = parseTypedUnits(
    'UBND xã Minh Châu; UBND cấp xã; Phú Thọ\n\nSở Tư pháp\tProvincial department\tHà Nội City\n',
    LABELS,
    noDefaults,
  );
  expect(typed).toEqual({
    ok: true,
    entries: [
      { id: 'typed-1', name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'phu-tho' },
      { id: 'typed-2', name: 'Sở Tư pháp', unitType: 'provincial-department', provinceId: 'ha-noi' },
    ],
  });
});

test('typed lines take the defaults for what they leave out, and name the first line refused', () => {
  const defaults = { unitType: 'commune-committee', provinceId: 'lao-cai' } as const;
  const typed = parseTypedUnits('Xã Tân Lập\nPhường Sa Pa; ; Phú Thọ', LABELS, defaults);
  expect(typed.ok && typed.entries.map((entry) => [entry.unitType, entry.provinceId])).toEqual([
    ['commune-committee', 'lao-cai'],
    ['commune-committee', 'phu-tho'],
  ]);
  expect(parseTypedUnits('Xã A\nXã B; chợ', LABELS, defaults)).toEqual({
    ok: false,
    line: 2,
    key: 'workshop.errors.unitTypeUnknown',
  });
  expect(parseTypedUnits('Xã A', LABELS, noDefaults)).toMatchObject({ key: 'workshop.errors.unitTypeMissing' });
  expect(parseTypedUnits('Xã A; UBND cấp xã', LABELS, noDefaults)).toMatchObject({
    key: 'workshop.errors.provinceMissing',
  });
  // The same unit twice, spelt two ways, is refused on its second line.
  expect(parseTypedUnits('UBND xã Tân Lập\n\nỦy ban nhân dân xã Tân Lập', LABELS, defaults)).toEqual({
    ok: false,
    line: 3,
    key: 'workshop.errors.unitDuplicate',
  });
});

test('the form: the date typed day first becomes ISO; errors are keys, a line error carries its line', () => {
  const schema = workshopFormSchema(LABELS);
  expect(schema.parse(form()).date).toBe('2026-12-05');
  const failed = schema.safeParse(form({ title: '  ', date: '12/31/2026', typedUnits: 'Xã A' }));
  expect(failed.success).toBe(false);
  const messages = Object.fromEntries(failed.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
  expect(messages).toEqual({ title: 'workshop.errors.titleRequired', date: 'workshop.errors.dateInvalid' });
  // The units are checked once the details are valid (zod stops at the first failing stage).
  const units = schema.safeParse(form({ typedUnits: 'Xã A' }));
  expect(splitLineError(units.error!.issues[0]!.message)).toEqual({ key: 'workshop.errors.unitTypeMissing', line: 1 });
  expect(schema.safeParse(form({ date: '5/12/26' })).error!.issues[0]!.message).toBe('workshop.errors.dateFormat');
});

test('units from the roster: all of it, or the ticked entries; a changed workshop comes back as it was chosen', () => {
  const roster = rosterOf(
    { name: 'Xã A', unitType: 'commune-committee', provinceId: 'phu-tho' },
    { name: 'Xã B', unitType: 'commune-committee', provinceId: 'phu-tho' },
    { name: 'Xã C', unitType: 'commune-committee', provinceId: 'phu-tho' },
  );
  const schema = workshopFormSchema(LABELS);
  const all = workshopDetailsFromForm(schema.parse(form({ unitSource: 'all' })), roster, new Set());
  expect(all.expectedUnits.map((unit) => unit.id)).toEqual(['e1', 'e2', 'e3']);
  const picked = workshopDetailsFromForm(schema.parse(form({ unitSource: 'picked' })), roster, new Set(['e3', 'e1']));
  expect(picked.expectedUnits.map((unit) => unit.id)).toEqual(['e1', 'e3']);

  const words = { unitType: () => 'UBND cấp xã', province: () => 'Phú Thọ' };
  const workshop = { ...picked, id: 'w', assessmentIds: [], createdAt: '', updatedAt: '' };
  const again = formInputOfWorkshop(workshop, roster, words);
  expect(again.input).toMatchObject({ unitSource: 'picked', date: '05/12/2026' });
  expect([...again.pickedIds]).toEqual(['e1', 'e3']);
  // Units no longer in the roster come back as typed lines that read back to the same units.
  const typed = formInputOfWorkshop(workshop, null, words);
  expect(typed.input.unitSource).toBe('typed');
  const reread = parseTypedUnits(typed.input.typedUnits, LABELS, noDefaults);
  expect(reread.ok && reread.entries.map((unit) => unit.name)).toEqual(['Xã A', 'Xã C']);
});
