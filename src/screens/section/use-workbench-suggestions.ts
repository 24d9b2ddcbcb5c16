/**
 * The answers the security workbench suggests for the security section (security-level/suggested-answers.ts), for
 * that section's screen only. The workbench's records are read once when the section opens (they are edited on the
 * workbench's screens, not here); the inventory comes from the live answers, so a row added in the section counts
 * once it is saved. The law data and the baseline's texts load with the first suggestion, never for other sections.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadScreenTexts } from '../../i18n/i18n';
import type { Answer } from '../../questionnaire/answer-schema';
import type { SuggestedAnswer } from '../../security-level/suggested-answers';
import type { SystemSecurity, UnitSecurity } from '../../security-level/system-security-schema';
import { loadSystemSecurity, loadUnitSecurity } from '../../storage/system-security';
import { todayIso } from '../today';

type Suggest = (typeof import('../security-level/baseline-levels'))['workbenchSuggestions'];

interface Loaded {
  suggest: Suggest;
  systems: ReadonlyMap<string, SystemSecurity>;
  unit: UnitSecurity | undefined;
}

const NONE: ReadonlyMap<string, SuggestedAnswer> = new Map();

export function useWorkbenchSuggestions(
  assessmentId: string,
  answers: ReadonlyMap<string, Answer>,
  isEnabled: boolean,
): ReadonlyMap<string, SuggestedAnswer> {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (!isEnabled) return;
    let isCurrent = true;
    Promise.all([
      import('../security-level/baseline-levels'),
      loadSystemSecurity(assessmentId),
      loadUnitSecurity(assessmentId),
      loadScreenTexts('security-baseline'),
    ])
      .then(([module, systems, unit]) => {
        if (isCurrent) setLoaded({ suggest: module.workbenchSuggestions, systems, unit });
      })
      // Without the workbench's records there is simply nothing to suggest.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [assessmentId, isEnabled]);
  return useMemo(
    () =>
      isEnabled && loaded ? loaded.suggest({ answers, systems: loaded.systems, unit: loaded.unit }, todayIso()) : NONE,
    [answers, isEnabled, loaded],
  );
}
