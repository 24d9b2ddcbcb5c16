import { CSV_BYTE_ORDER_MARK } from '../../exchange/csv';
import { summariesToCsv, SUMMARY_CSV_COLUMNS } from './summary-csv';
import { REALISTIC_SUMMARY } from './summary-fixtures.test-support';

const RECEIVED_AT = '2026-12-02T10:00:00.000Z';

test('one row per summary under fixed column names, with a byte-order mark and CRLF', () => {
  const csv = summariesToCsv([
    { ...REALISTIC_SUMMARY, receivedAt: RECEIVED_AT },
    {
      ...REALISTIC_SUMMARY,
      assessmentId: 'b',
      unitName: '=UBND xã Tân Phú, huyện "Mới"',
      unitType: 'commune-committee',
      communeName: 'Xã Tân Phú',
      overall: null,
      grade: null,
      sections: { ...REALISTIC_SUMMARY.sections, security: null },
      sample: true,
      receivedAt: RECEIVED_AT,
    },
  ]);
  expect(csv.startsWith(CSV_BYTE_ORDER_MARK)).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('');
  expect(lines[0]).toBe(SUMMARY_CSV_COLUMNS.join(','));
  expect(lines[0]).toContain('score_services,score_signatures,score_monitoring,score_security,score_data');
  expect(lines[1]).toBe(
    'Sở Khoa học và Công nghệ tỉnh Phú Thọ,provincial-department,phu-tho,,,2026,year,' +
      '3f0c2a4e-8d1b-4c7a-9e55-1b2f6d7a9c31,2.0.0,62.4,C,71.5,80,55.2,38.9,66.7,60,48,52,false,' +
      `2026-12-02T09:41:07.512Z,${RECEIVED_AT}`,
  );
  // Quoted, inner quotes doubled, and the formula guard: a spreadsheet shows the name, never evaluates it.
  expect(lines[2]).toMatch(/^"'=UBND xã Tân Phú, huyện ""Mới""",commune-committee,phu-tho,Xã Tân Phú,/);
  expect(lines[2]).toContain(',2.0.0,,,71.5,80,55.2,,66.7,60,48,52,true,');
});

test('no summaries: the header row alone', () => {
  expect(summariesToCsv([])).toBe(`${CSV_BYTE_ORDER_MARK}${SUMMARY_CSV_COLUMNS.join(',')}\r\n`);
});
