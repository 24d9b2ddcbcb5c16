/**
 * Who the sample assesses: a commune People's Committee that does not exist. "Hòa Bình Mẫu" (mẫu: sample) cannot be
 * read as a real commune's name, and its code is no administrative unit code (those are five digits), so no
 * department's roster can match it by code. The province must be a real one, as the profile's schema requires.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Profile } from '../../assessment/profile-schema';

export const SAMPLE_COMMUNE = 'Xã Hòa Bình Mẫu';
export const SAMPLE_COMMITTEE = 'UBND xã Hòa Bình Mẫu';
export const SAMPLE_UNIT_CODE = 'MAU-00001';

export function buildSampleProfile(periodYear: number): Profile {
  return {
    unitName: 'Ủy ban nhân dân xã Hòa Bình Mẫu',
    unitType: 'commune-committee',
    provinceId: 'ninh-binh',
    communeName: SAMPLE_COMMUNE,
    unitCode: SAMPLE_UNIT_CODE,
    assessorName: 'Nguyễn Thị Lan',
    assessorRole: 'Công chức Văn phòng HĐND và UBND xã, phụ trách chuyển đổi số',
    periodYear,
    periodPart: 'year',
  };
}
