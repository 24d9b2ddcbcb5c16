/**
 * The 34 province-level units since 1 July 2025 (Resolution 202/2025/QH15): 6 centrally-run cities, then 28
 * provinces. Ids are stable ASCII slugs; names are in `locales/*\/common.json` under `provinces.<id>`.
 */
export const PROVINCE_IDS = [
  'ha-noi',
  'hue',
  'hai-phong',
  'da-nang',
  'ho-chi-minh',
  'can-tho',
  'lai-chau',
  'dien-bien',
  'son-la',
  'lang-son',
  'quang-ninh',
  'cao-bang',
  'thanh-hoa',
  'nghe-an',
  'ha-tinh',
  'tuyen-quang',
  'lao-cai',
  'thai-nguyen',
  'phu-tho',
  'bac-ninh',
  'hung-yen',
  'ninh-binh',
  'quang-tri',
  'quang-ngai',
  'gia-lai',
  'khanh-hoa',
  'lam-dong',
  'dak-lak',
  'dong-nai',
  'tay-ninh',
  'vinh-long',
  'dong-thap',
  'ca-mau',
  'an-giang',
] as const;

export type ProvinceId = (typeof PROVINCE_IDS)[number];
