import type { Questionnaire } from '../content-schema';
import { capacityRetired } from '../upgrade/from-1.1.0/capacity';
import { dataRetired } from '../upgrade/from-1.1.0/data';
import { monitoringRetired } from '../upgrade/from-1.1.0/monitoring';
import { securityRetired } from '../upgrade/from-1.1.0/security';
import { servicesRetired } from '../upgrade/from-1.1.0/services';
import { signaturesRetired } from '../upgrade/from-1.1.0/signatures';

/**
 * Questions content 2.0.0 no longer asks, as 1.1.0 defined them, so that answers given to them stay readable (their
 * texts stay in the section locales under `questions.<id>`). The mapping files say why each was retired.
 */
export const retiredQuestions: Questionnaire['retiredQuestions'] = [
  ...servicesRetired,
  ...signaturesRetired,
  ...monitoringRetired,
  ...securityRetired,
  ...dataRetired,
  ...capacityRetired,
];
