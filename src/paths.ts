/** Every route of the app, as patterns for the router and builders for links: no URL strings in components. */
import type { SectionId } from './questionnaire/content-schema';

export const paths = {
  home: { pattern: '/', to: () => '/' },
  importFile: { pattern: '/import', to: () => '/import' },
  newAssessment: { pattern: '/assessments/new', to: () => '/assessments/new' },
  assessment: { pattern: '/assessments/:assessmentId', to: (id: string) => `/assessments/${id}` },
  profile: { pattern: '/assessments/:assessmentId/profile', to: (id: string) => `/assessments/${id}/profile` },
  results: { pattern: '/assessments/:assessmentId/results', to: (id: string) => `/assessments/${id}/results` },
  plan: { pattern: '/assessments/:assessmentId/plan', to: (id: string) => `/assessments/${id}/plan` },
  section: {
    pattern: '/assessments/:assessmentId/sections/:sectionId',
    to: (id: string, sectionId: SectionId, questionId?: string) =>
      `/assessments/${id}/sections/${sectionId}${questionId ? `#question-${questionId}` : ''}`,
  },
} as const;
