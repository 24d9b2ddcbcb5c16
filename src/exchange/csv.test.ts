import {
  countPair,
  dateAnswer,
  dontKnow,
  inventory,
  multi,
  noteOnly,
  notApplicable,
  percent,
  system,
  text,
  choice,
} from '../../tests/fixtures/answers';
import {
  answerCode,
  answersToCsv,
  csvCell,
  planToCsv,
  toCsv,
  type AnswerCsvColumn,
  type AnswerCsvRow,
  type PlanCsvColumn,
} from './csv';

const ANSWER_HEADERS: Record<AnswerCsvColumn, string> = {
  section: 'Phần',
  questionId: 'Mã câu hỏi',
  question: 'Câu hỏi',
  answerCode: 'Mã trả lời',
  answerText: 'Trả lời',
  note: 'Ghi chú',
};

/** The lines of a CSV without its byte-order mark, split on CRLF (the last one is empty: a final CRLF). */
function lines(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

test('the file starts with a UTF-8 byte-order mark and every line, the last one too, ends with CRLF', () => {
  const csv = toCsv(
    ['a', 'b'],
    [
      ['1', '2'],
      ['3', '4'],
    ],
  );
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
  expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test.each([
  ['plain text', 'Sở Tư pháp', 'Sở Tư pháp'],
  ['a comma', 'Có, một phần', '"Có, một phần"'],
  ['a semicolon', 'a;b', '"a;b"'],
  ['double quotes', 'Quyết định "số 1"', '"Quyết định ""số 1"""'],
  ['a line break', 'Dòng 1\nDòng 2', '"Dòng 1\nDòng 2"'],
  ['a CRLF', 'Dòng 1\r\nDòng 2', '"Dòng 1\r\nDòng 2"'],
  ['an empty cell', '', ''],
  ['markup', '<script>alert(1)</script>', '<script>alert(1)</script>'],
])('a cell with %s is written per RFC 4180', (_name, value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

test.each([
  ['=HYPERLINK("http://x","bấm")', '"\'=HYPERLINK(""http://x"",""bấm"")"'],
  ['+84 912 345 678', "'+84 912 345 678"],
  ['-1+2', "'-1+2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t=1"],
  ['\r=1', '"\'\r=1"'],
])('a cell starting like a formula (%j) is prefixed with a quote, so it stays text', (value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

test('a formula character later in the cell is left alone', () => {
  expect(csvCell('Tỷ lệ = 50%')).toBe('Tỷ lệ = 50%');
  expect(csvCell('2026-11-22')).toBe('2026-11-22');
});

test('Vietnamese text is written in NFC, whatever form it came in', () => {
  const nfd = 'Ủy ban nhân dân phường Đông Hưng Thuận'.normalize('NFD');
  expect(csvCell(nfd)).toBe('Ủy ban nhân dân phường Đông Hưng Thuận'.normalize('NFC'));
});

test('the answers CSV has translated headers in column order and one row per question', () => {
  const row: AnswerCsvRow = {
    section: 'Dịch vụ công trực tuyến',
    questionId: 'services-national-portal',
    question: 'Đơn vị đã cung cấp dịch vụ công trên Cổng Dịch vụ công quốc gia chưa?',
    answerCode: 'partly',
    answerText: 'Một phần',
    note: 'Còn thiếu thủ tục "đất đai", hộ tịch',
  };
  expect(lines(answersToCsv(ANSWER_HEADERS, [row]))).toEqual([
    'Phần,Mã câu hỏi,Câu hỏi,Mã trả lời,Trả lời,Ghi chú',
    'Dịch vụ công trực tuyến,services-national-portal,Đơn vị đã cung cấp dịch vụ công trên Cổng Dịch vụ công quốc gia chưa?,partly,Một phần,"Còn thiếu thủ tục ""đất đai"", hộ tịch"',
    '',
  ]);
});

test('the plan CSV has its columns in order', () => {
  const headers: Record<PlanCsvColumn, string> = {
    priority: 'Ưu tiên',
    section: 'Phần',
    questionId: 'Mã câu hỏi',
    question: 'Câu hỏi',
    action: 'Việc cần làm',
    role: 'Thường do',
    nationalDeadline: 'Mốc thời gian quốc gia',
    owner: 'Người phụ trách',
    dueOn: 'Hạn hoàn thành',
    status: 'Trạng thái',
    note: 'Ghi chú',
  };
  const csv = planToCsv(headers, [
    {
      priority: 'Cao',
      section: 'An toàn thông tin',
      questionId: 'security-drills',
      question: 'Diễn tập?',
      action: 'Tổ chức diễn tập ứng cứu sự cố',
      role: 'Cán bộ an toàn thông tin',
      nationalDeadline: '31/12/2026',
      owner: 'Lê Văn Đức',
      dueOn: '30/06/2026',
      status: 'Đang làm',
      note: '-',
    },
  ]);
  expect(lines(csv)).toEqual([
    'Ưu tiên,Phần,Mã câu hỏi,Câu hỏi,Việc cần làm,Thường do,Mốc thời gian quốc gia,Người phụ trách,Hạn hoàn thành,Trạng thái,Ghi chú',
    "Cao,An toàn thông tin,security-drills,Diễn tập?,Tổ chức diễn tập ứng cứu sự cố,Cán bộ an toàn thông tin,31/12/2026,Lê Văn Đức,30/06/2026,Đang làm,'-",
    '',
  ]);
});

test.each([
  ['unanswered', undefined, ''],
  ['a note only', noteOnly('q'), ''],
  ['not applicable', notApplicable('q'), 'not-applicable'],
  ["don't know", dontKnow('q'), 'dont-know'],
  ['a scale choice', choice('q', 'partly'), 'partly'],
  ['a maturity level', choice('q', '3'), '3'],
  ['a percentage', percent('q', 87.5), '87.5'],
  ['a count pair', countPair('q', 12, 40), '12/40'],
  ['a date', dateAnswer('q', '2026-03-02'), '2026-03-02'],
  ['several options', multi('q', ['policy', 'risk-assessment']), 'policy;risk-assessment'],
  ['a text', text('q', 'Thiếu người'), 'text'],
  ['an inventory', inventory('q', [system('a'), system('b')]), 'systems:2'],
])('the answer code of %s', (_name, answer, expected) => {
  expect(answerCode(answer)).toBe(expected);
});

test('a sample’s CSV has its mark as one more column, after the documented ones, on every row', () => {
  const row: AnswerCsvRow = {
    section: 'Dữ liệu',
    questionId: 'data-quality',
    question: 'Chất lượng dữ liệu?',
    answerCode: '2',
    answerText: 'Mức 2',
    note: '',
  };
  const mark = { header: 'Bài mẫu', value: 'BÀI ĐÁNH GIÁ MẪU – đơn vị giả định' };
  const [header, ...rows] = lines(answersToCsv(ANSWER_HEADERS, [row, row], mark));
  expect(header).toBe('Phần,Mã câu hỏi,Câu hỏi,Mã trả lời,Trả lời,Ghi chú,Bài mẫu');
  expect(rows).toEqual([
    'Dữ liệu,data-quality,Chất lượng dữ liệu?,2,Mức 2,,BÀI ĐÁNH GIÁ MẪU – đơn vị giả định',
    'Dữ liệu,data-quality,Chất lượng dữ liệu?,2,Mức 2,,BÀI ĐÁNH GIÁ MẪU – đơn vị giả định',
    '',
  ]);
  expect(lines(answersToCsv(ANSWER_HEADERS, [row]))[0]).toBe('Phần,Mã câu hỏi,Câu hỏi,Mã trả lời,Trả lời,Ghi chú');
});
