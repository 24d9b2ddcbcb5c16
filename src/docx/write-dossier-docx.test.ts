import { strFromU8, unzipSync } from 'fflate';
import { classifySystem } from '../security-level/classify';
import {
  dossierTranslations,
  draftOf,
  oneStopClassification,
  oneStopRow,
  TODAY,
} from '../security-level/dossier-draft.test-support';
import { lawKeys } from '../security-level/law/law-keys';
import { docxText, readBackDocx } from './read-back-docx';
import { writeDossierDocx } from './write-dossier-docx';

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('writeDossierDocx', () => {
  const result = classifySystem({ classification: oneStopClassification, row: oneStopRow, today: TODAY });

  it.each(['vi', 'en'] as const)(
    'writes a Word file whose text holds the system, the level and the criteria (%s)',
    async (language) => {
      const { t } = dossierTranslations(language);
      const bytes = await bytesOf(await writeDossierDocx(draftOf(language)));
      const text = docxText(bytes);
      expect(text).toBeDefined();
      expect(text).toContain(oneStopRow.name);
      expect(text).toContain(t('securityDossier.draft.justification.proposedLevel', { level: '3' }));
      for (const criterion of result.matched) expect(text).toContain(t(lawKeys.criterion(criterion.id)));
      expect(text).toContain(t('report.pdf.nationalTitle'));
      expect(text).toContain(t('report.pdf.motto'));
      expect(text).toContain(t('securityDossier.draft.closing.signer'));
      expect(readBackDocx(bytes, [oneStopRow.name])).toBe(true);
    },
  );

  it('is an A4 document in Times New Roman with the administrative margins, placeholders highlighted', async () => {
    const files = unzipSync(await bytesOf(await writeDossierDocx(draftOf('vi'))));
    const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const stylesXml = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(stylesXml).toContain('Times New Roman');
    // Page numbers in the header from the second page on.
    expect(documentXml).toContain('<w:titlePg/>');
    const headers = Object.keys(files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some((name) => strFromU8(files[name]!).includes('PAGE'))).toBe(true);
    // Every placeholder run is highlighted.
    const placeholderRuns = [...documentXml.matchAll(/<w:r>(?:(?!<\/w:r>).)*\[Cần bổ sung:(?:(?!<\/w:r>).)*<\/w:r>/gs)];
    expect(placeholderRuns.length).toBeGreaterThan(5);
    for (const [run] of placeholderRuns) expect(run).toContain('<w:highlight w:val="yellow"/>');
  });

  it('is not taken as saved when the bytes do not open or miss the system', async () => {
    const bytes = await bytesOf(await writeDossierDocx(draftOf('vi')));
    expect(readBackDocx(bytes, ['Một hệ thống khác'])).toBe(false);
    expect(readBackDocx(bytes.subarray(0, bytes.length / 2), [oneStopRow.name])).toBe(false);
    expect(readBackDocx(new TextEncoder().encode('%PDF-1.7'), [oneStopRow.name])).toBe(false);
  });
});
