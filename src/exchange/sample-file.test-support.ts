/**
 * Assessment files for tests (never imported by the app): a commune People's Committee's assessment with answers of
 * several types and plan items, all in Vietnamese, and, when asked, the security-by-level workbench's records of its
 * inventory system. Checked against the schemas, so a sample is always valid.
 */
import { buildProfile } from '../../tests/fixtures/profile';
import {
  systemSecuritySchema,
  unitSecuritySchema,
  type SystemSecurity,
  type UnitSecurity,
} from '../security-level/system-security-schema';
import {
  assessmentFileSchema,
  fileEntrySchema,
  FILE_FORMAT,
  FORMAT_VERSION,
  type AssessmentFile,
  type FileEntry,
  type FileKind,
} from './file-format';

export const SAMPLE_ID = '5d0c8f2e-3a71-4b9e-9c4d-1f6e2a7b8c90';
export const SAMPLE_EXPORTED_AT = '2026-11-22T09:15:00.000Z';

export function sampleEntry(id = SAMPLE_ID, overrides: Partial<FileEntry['assessment']> = {}): FileEntry {
  return fileEntrySchema.parse({
    assessment: {
      id,
      profile: buildProfile({
        unitName: 'Ủy ban nhân dân xã Minh Châu',
        unitType: 'commune-committee',
        communeName: 'Xã Minh Châu',
        assessorName: 'Trần Thị Thu Hằng',
        assessorRole: 'Công chức Văn phòng – Thống kê',
        periodPart: 'h1',
      }),
      title: 'Tự đánh giá sáu tháng đầu năm 2026',
      questionnaireId: 'vn-egov-readiness',
      questionnaireVersion: '2.0.0',
      createdAt: '2026-05-12T01:20:00.000Z',
      updatedAt: '2026-06-03T09:45:12.345Z',
      resumeAt: { sectionId: 'security', questionId: 'security-system-inventory' },
      ...overrides,
    },
    answers: [
      {
        questionId: 'services-national-portal',
        response: { kind: 'value', value: { type: 'yes-partly-no', choice: 'partly' } },
        note: 'Đã kết nối, còn thiếu thủ tục đất đai',
        evidence: { documentNumber: '125/KH-UBND', issuedOn: '2026-03-02', issuer: 'UBND xã Minh Châu' },
        updatedAt: '2026-05-12T01:25:00.000Z',
      },
      {
        questionId: 'signatures-officials-equipped',
        response: { kind: 'value', value: { type: 'count-pair', part: 12, whole: 20 } },
        updatedAt: '2026-05-12T01:26:00.000Z',
      },
      {
        questionId: 'services-dossier-digitisation',
        response: { kind: 'value', value: { type: 'percentage', percent: 87.5 } },
        updatedAt: '2026-05-12T01:27:00.000Z',
      },
      {
        questionId: 'security-system-inventory',
        response: {
          kind: 'value',
          value: {
            type: 'system-inventory',
            systems: [
              {
                id: 'mot-cua',
                name: 'Hệ thống một cửa điện tử',
                purpose: 'Tiếp nhận và trả kết quả hồ sơ',
                systemType: 'citizen-services',
                proposedLevel: '3',
              },
            ],
          },
        },
        updatedAt: '2026-05-12T01:28:00.000Z',
      },
      { questionId: 'security-drills', response: { kind: 'dont-know' }, updatedAt: '2026-05-12T01:29:00.000Z' },
      {
        questionId: 'capacity-obstacles',
        response: { kind: 'value', value: { type: 'text', text: 'Thiếu cán bộ chuyên trách; đường truyền yếu.' } },
        updatedAt: '2026-05-12T01:30:00.000Z',
      },
    ],
    planItems: [
      {
        questionId: 'services-national-portal',
        owner: 'Phó Chủ tịch UBND xã Lê Văn Đức',
        dueOn: '2026-12-31',
        status: 'in-progress',
        note: 'Ưu tiên thủ tục đất đai',
        updatedAt: '2026-06-03T09:45:12.345Z',
      },
    ],
  });
}

/** The workbench's record of the sample's one-stop system ('mot-cua'), or of another system id. */
export function sampleSystemSecurity(systemId = 'mot-cua', overrides: Partial<SystemSecurity> = {}): SystemSecurity {
  return systemSecuritySchema.parse({
    systemId,
    classification: {
      ownerName: 'Ủy ban nhân dân xã Minh Châu',
      operatorName: 'Văn phòng HĐND và UBND xã',
      systemType: 'citizen-services',
      informationTypes: ['public', 'personal'],
      handlesProcedures: true,
      onlineServiceDepth: 'online-transactions',
      userCount: 12000,
      breachHarm: 'serious-rights-or-public',
    },
    dossier: [
      {
        componentId: 'overview',
        status: 'done',
        owner: 'Nguyễn Văn Bình',
        documentNumber: '12/BC-UBND',
        documentDate: '2026-09-15',
      },
      { componentId: 'security-plan', status: 'in-progress', note: 'Còn thiếu phương án sao lưu' },
    ],
    baseline: [
      { groupId: 'access-control', status: 'partly', evidence: 'Chưa có xác thực hai yếu tố', owner: 'Công chức CNTT' },
      { groupId: 'backup', status: 'met', evidence: 'Sao lưu hằng ngày ra ổ cứng ngoài' },
    ],
    duties: {
      lastInspectedOn: '2025-11-20',
      lastAnnualReportYear: 2025,
      incidents: [
        {
          id: 'su-co-1',
          detectedAt: '2026-10-02T08:30:00+07:00',
          serious: false,
          reportedAt: '2026-10-02T15:00:00+07:00',
          summary: 'Trang một cửa không truy cập được trong 2 giờ',
        },
      ],
    },
    updatedAt: '2026-10-05T02:00:00.000Z',
    ...overrides,
  });
}

export function sampleUnitSecurity(): UnitSecurity {
  return unitSecuritySchema.parse({
    rulesDecisionNumber: '45/QĐ-UBND',
    rulesIssuedOn: '2026-08-01',
    lastOrganisationInspectionOn: '2025-06-10',
    updatedAt: '2026-10-05T02:10:00.000Z',
  });
}

/** The sample entry with the workbench's records (format 3). */
export function sampleEntryWithSecurity(id = SAMPLE_ID): FileEntry {
  return fileEntrySchema.parse({
    ...sampleEntry(id),
    systemSecurity: [sampleSystemSecurity()],
    unitSecurity: sampleUnitSecurity(),
  });
}

export function sampleFile(entries: FileEntry[] = [sampleEntry()], kind?: FileKind): AssessmentFile {
  return assessmentFileSchema.parse({
    format: FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: SAMPLE_EXPORTED_AT,
    app: { questionnaireId: 'vn-egov-readiness', questionnaireVersion: '2.0.0' },
    kind: kind ?? (entries.length === 1 ? 'assessment' : 'backup'),
    assessments: entries,
  });
}
