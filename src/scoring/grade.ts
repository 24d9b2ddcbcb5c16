/**
 * Grade bands, as in the 2024 evaluation of administrative-procedure systems officials already know:
 * A 90-100, B 80-89, C 65-79, D 50-64, E below 50. The band is read from the score as shown (rounded to a whole
 * number), so a displayed 90 is always an A.
 */
import { GRADES, type Grade } from '../questionnaire/content-schema';

export const GRADE_FLOORS: Record<Grade, number> = { A: 90, B: 80, C: 65, D: 50, E: 0 };

export function gradeFor(score: number): Grade {
  const shown = Math.round(score);
  return GRADES.find((grade) => shown >= GRADE_FLOORS[grade]) ?? 'E';
}

/** The worse of two grades (E is worst). */
export function worseGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

/** Each grade's band of whole-number scores, best first: `below` for the last (E: below 50), else `from`–`to`. */
export function listGradeBands(): ({ grade: Grade; from: number; to: number } | { grade: Grade; below: number })[] {
  return GRADES.map((grade, index) => {
    const better = GRADES[index - 1];
    const from = GRADE_FLOORS[grade];
    if (from === 0 && better) return { grade, below: GRADE_FLOORS[better] };
    return { grade, from, to: better ? GRADE_FLOORS[better] - 1 : 100 };
  });
}
