/** How an assessment is named on screen, in the current language. */
import type { TFunction } from 'i18next';
import type { Assessment } from '../assessment/assessment-schema';
import type { Profile } from '../assessment/profile-schema';

export function describePeriod(t: TFunction, profile: Pick<Profile, 'periodYear' | 'periodPart'>): string {
  return t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear });
}

export function describeAssessment(t: TFunction, assessment: Assessment): string {
  return assessment.title ?? `${assessment.profile.unitName} – ${describePeriod(t, assessment.profile)}`;
}

/** Unit name, type, province, (for communes) commune and the unit's code when it has one, as one line. */
export function describeUnit(t: TFunction, profile: Profile): string {
  return [
    profile.unitName,
    t(`unitTypes.${profile.unitType}.name`),
    t(`provinces.${profile.provinceId}`),
    profile.communeName,
    profile.unitCode ? t('profile.codeInLine', { code: profile.unitCode }) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}
