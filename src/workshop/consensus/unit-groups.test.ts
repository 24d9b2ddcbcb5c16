import { expect, test } from 'vitest';
import { buildProfile } from '../../../tests/fixtures/profile';
import type { Profile } from '../../assessment/profile-schema';
import { consensusProfile, groupCandidatesByUnit, type MemberCandidate } from './unit-groups';

function candidate(key: string, profile: Partial<Profile>, updatedAt = '2026-12-01T08:00:00.000Z'): MemberCandidate {
  return {
    key,
    origin: key.startsWith('own') ? 'own' : 'received',
    assessmentId: key.split(':')[1]?.split('~')[0] ?? key,
    profile: buildProfile({
      unitType: 'commune-committee',
      communeName: 'Minh Châu',
      provinceId: 'ha-noi',
      ...profile,
    }),
    updatedAt,
    answers: [],
  };
}

test('members of one unit are found by the name key or by the code, in one province only', () => {
  const groups = groupCandidatesByUnit([
    candidate('received:a', { unitName: 'UBND xã Minh Châu', assessorName: 'Bình' }),
    candidate('received:b', { unitName: 'Ủy ban nhân dân xã Minh Châu, TP Hà Nội', assessorName: 'An' }),
    candidate('received:c', { unitName: 'Xã Minh Châu mới', unitCode: '09877', assessorName: 'Cường' }),
    candidate('own:d', { unitName: 'UBND xã Minh Châu', unitCode: '09877', assessorName: 'Dũng' }),
    candidate('received:e', { unitName: 'UBND xã Minh Châu', provinceId: 'phu-tho', assessorName: 'Giang' }),
    candidate('received:f', { unitName: 'UBND xã An Bình', assessorName: 'Hà' }),
  ]);
  expect(groups.map(({ candidates }) => candidates.map(({ key }) => key))).toEqual([
    ['received:b', 'received:a', 'received:c', 'own:d'],
  ]);
});

test('two copies of one assessment count once, the newest', () => {
  const groups = groupCandidatesByUnit([
    candidate('received:a', { unitName: 'UBND xã Minh Châu' }, '2026-12-01T08:00:00.000Z'),
    candidate('received:a~123456789abc', { unitName: 'UBND xã Minh Châu' }, '2026-12-02T08:00:00.000Z'),
    candidate('received:b', { unitName: 'UBND xã Minh Châu' }),
  ]);
  expect(groups[0]?.candidates.map(({ key }) => key).sort()).toEqual(['received:a~123456789abc', 'received:b']);
});

test('the merged profile is the unit with the facilitator as assessor, of the type most members gave', () => {
  const profile = consensusProfile(
    [
      candidate('received:a', { unitName: 'UBND xã Minh Châu', unitType: 'commune-service-centre' }),
      candidate('received:b', { unitName: 'UBND xã Minh Châu', unitCode: '09877' }),
      candidate('received:c', { unitName: 'UBND xã Minh Châu' }),
    ],
    { name: 'Phạm Thu Hà', role: 'Giảng viên' },
  );
  expect(profile).toMatchObject({
    unitName: 'UBND xã Minh Châu',
    unitType: 'commune-committee',
    unitCode: '09877',
    assessorName: 'Phạm Thu Hà',
    assessorRole: 'Giảng viên',
  });
});
