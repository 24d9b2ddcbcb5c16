import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { INDEX_766_GROUP_POINTS } from '../../questionnaire/content-schema';
import type { AssessmentScore, FrameScore } from '../../scoring/score-assessment';

/**
 * The unit's answers read in two frames officials know: the five groups of the Decision 766 service index and the
 * eight main DTI indicators (405/QĐ-BKHCN). Each row: the unit's score out of 100 from the questions tagged with it,
 * and how many of those counted. Said plainly to be the unit's own answers, not the official index values. Three
 * short columns, so the tables read at 360 px without scrolling.
 */
export function FrameTables({ score }: { score: AssessmentScore }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  return (
    <>
      <p className="hint">{t('results.frames.intro')}</p>
      <FrameTable
        caption={t('results.frames.index766Caption')}
        nameColumn={t('results.frames.groupColumn')}
        rows={score.index766}
        name={(key) =>
          `${tc(`index766.${key}`)} (${t('results.frames.points', { points: INDEX_766_GROUP_POINTS[key] })})`
        }
      />
      <FrameTable
        caption={t('results.frames.dtiCaption')}
        nameColumn={t('results.frames.indicatorColumn')}
        rows={score.dti}
        name={(key) => tc(`dti.${key}`)}
      />
    </>
  );
}

function FrameTable<Key extends string>({
  caption,
  nameColumn,
  rows,
  name,
}: {
  caption: string;
  nameColumn: string;
  rows: readonly FrameScore<Key>[];
  name: (key: Key) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table frame-table">
        <caption className="frame-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameColumn}</th>
            <th scope="col">{t('results.frames.scoreColumn')}</th>
            <th scope="col">{t('results.frames.countedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{name(row.key)}</th>
              <td>
                {row.tagged === 0
                  ? t('results.frames.noQuestions')
                  : row.score === undefined
                    ? t('results.sectionNotScored')
                    : format.number(row.score)}
              </td>
              <td>{t('results.frames.counted', { counted: row.counted, tagged: row.tagged })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
