import { useTranslation } from 'react-i18next';
import { PAPER_KEYS } from '../../questionnaire/paper-entry/paper-keys';

/** The keys, always on screen: a helper learns them from here, not from a manual. */
export function KeyLegend() {
  const { t } = useTranslation();
  const rows: [keys: string[], text: string][] = [
    [['1–9'], t('paperEntry.keys.option')],
    [['Enter'], t('paperEntry.keys.enter')],
    [[PAPER_KEYS.dontKnow], t('answers.dont-know')],
    [[PAPER_KEYS.notApplicable], t('answers.not-applicable')],
    [['→', 'PgDn'], t('paperEntry.keys.next')],
    [['←', 'PgUp'], t('paperEntry.keys.previous')],
    [[PAPER_KEYS.skip], t('paperEntry.keys.skip')],
    [[PAPER_KEYS.nextUnanswered], t('paperEntry.keys.nextUnanswered')],
    [[PAPER_KEYS.note], t('paperEntry.keys.note')],
    [['Delete'], t('paperEntry.keys.clear')],
    [['Esc'], t('paperEntry.keys.escape')],
  ];
  return (
    <section className="key-legend" aria-labelledby="key-legend-heading">
      <h2 id="key-legend-heading" className="heading-s">
        {t('paperEntry.keys.heading')}
      </h2>
      <dl className="key-legend__list">
        {rows.map(([keys, text]) => (
          <div key={keys.join()} className="key-legend__row">
            <dt>
              {keys.map((key) => (
                <kbd key={key} className="paper-key">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
