import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { buildRosterFromReceived } from '../../collection/roster/build-roster-from-received';
import { matchRoster, type RosterEntryStatus } from '../../collection/roster/match-roster';
import { missingUnitsToCsv } from '../../collection/roster/missing-units-csv';
import { parseRosterCsv, type RosterCsvError } from '../../collection/roster/parse-roster-csv';
import { buildRosterLabelTable, rosterCsvTexts, type RosterLocale } from '../../collection/roster/roster-labels';
import type { Roster } from '../../collection/roster/roster-schema';
import { buildRosterTemplate } from '../../collection/roster/roster-template';
import { paths } from '../../paths';
import { describeStorageError } from '../storage-messages';
import { saveTextFile } from '../files/save-file';
import { pageOf, Pager } from './pager';
import { ScrollRegion } from './scroll-region';

/** Both languages' roster words: a roster written in either is read (from the locale files, precached). */
async function loadRosterLocales(): Promise<Record<'vi' | 'en', RosterLocale>> {
  // The roster's own words are in the collection's screen texts, off the first screen; the rest in common.json.
  const [vi, en, viScreen, enScreen] = await Promise.all([
    import('../../../locales/vi/common.json'),
    import('../../../locales/en/common.json'),
    import('../../../locales/vi/screen-collection.json'),
    import('../../../locales/en/screen-collection.json'),
  ]);
  return {
    vi: { ...vi.default, roster: viScreen.default.roster },
    en: { ...en.default, roster: enScreen.default.roster },
  };
}

const CSV_TYPE = 'text/csv;charset=utf-8';
type StatusFilter = '' | 'complete' | 'provisional' | 'not-received';

interface Parsed {
  fileName: string;
  entries: Roster['entries'];
  errors: RosterCsvError[];
}

/**
 * Who is behind: the roster (loaded from a CSV, or built from what has arrived), each unit's status against it, the
 * assessments from units not on it, and the missing units as a CSV.
 */
export function StatusBoard({
  received,
  roster,
  onSaveRoster,
}: {
  received: readonly ReceivedAssessment[];
  roster: Roster | null;
  onSaveRoster: (roster: Roster) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const [parsed, setParsed] = useState<Parsed>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('');
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  const result = useMemo(() => (roster ? matchRoster(roster, received) : undefined), [roster, received]);
  const byId = useMemo(() => new Map(received.map((one) => [one.id, one])), [received]);

  const save = async (next: Roster, done: string) => {
    try {
      await onSaveRoster(next);
      setParsed(undefined);
      setError(undefined);
      setMessage(done);
    } catch (failure) {
      setError(t(describeStorageError(failure)));
    }
  };

  const readFile = async (file: File) => {
    setMessage(undefined);
    const [text, locales] = await Promise.all([file.text(), loadRosterLocales()]);
    const labels = buildRosterLabelTable([locales.vi, locales.en]);
    const { entries, errors } = parseRosterCsv(text, labels);
    if (errors.length === 0) {
      await save({ entries }, t('collection.roster.loaded', { count: entries.length }));
    } else {
      setParsed({ fileName: file.name, entries, errors });
    }
  };

  const downloadTemplate = async (templateLanguage: 'vi' | 'en') => {
    const locales = await loadRosterLocales();
    const csv = buildRosterTemplate(rosterCsvTexts(locales[templateLanguage]), templateLanguage === 'vi' ? ';' : ',');
    await saveTextFile(csv, t('collection.roster.templateFile', { language: templateLanguage }), CSV_TYPE);
  };

  const downloadMissing = async () => {
    if (!roster || !result) return;
    const locales = await loadRosterLocales();
    const texts = rosterCsvTexts(locales[language]);
    const headers = {
      name: texts.columns.name,
      unitType: texts.columns.unitType,
      province: texts.columns.province,
      commune: texts.columns.commune,
      code: texts.columns.code,
    };
    await saveTextFile(missingUnitsToCsv(roster, result, headers, texts), t('collection.roster.missingFile'), CSV_TYPE);
  };

  const describeError = (item: RosterCsvError) =>
    `${
      item.column
        ? t('collection.roster.errorAtColumn', { line: item.line, column: t(`roster.columns.${item.column}`) })
        : t('collection.roster.errorAt', { line: item.line })
    } ${t(item.key, item.params)}`;

  const counts = { complete: 0, provisional: 0, 'not-received': 0 };
  for (const entry of result?.entries ?? []) counts[entry.status] += 1;
  const entriesById = new Map(roster?.entries.map((entry) => [entry.id, entry]));
  const listed = (result?.entries ?? []).filter((entry) => !statusFilter || entry.status === statusFilter);
  const shown = pageOf(listed, page, size);
  const statusText = (status: RosterEntryStatus) =>
    status.status === 'provisional'
      ? t('collection.status.provisionalPercent', { percent: status.progress.percent })
      : t(`collection.status.${status.status}`);

  return (
    <>
      <div className="collection-roster-actions">
        <div className="form-group">
          <label className="label" htmlFor="roster-file">
            {roster ? t('collection.roster.replace') : t('collection.roster.load')}
          </label>
          <p className="hint" id="roster-file-hint">
            {t('collection.roster.loadHint')}
          </p>
          <input
            id="roster-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="roster-file-hint"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => void downloadTemplate('vi')}>
            {t('collection.roster.templateVi')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void downloadTemplate('en')}>
            {t('collection.roster.templateEn')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={received.length === 0}
            onClick={() =>
              void (() => {
                const built = buildRosterFromReceived(received);
                return save(built, t('collection.roster.built', { count: built.entries.length }));
              })()
            }
          >
            {t('collection.roster.build')}
          </button>
        </div>
      </div>
      <div role="status" className="toast-region">
        {message ? <p className="notice notice--success">{message}</p> : null}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {parsed ? (
        <div className="notice notice--error" role="alert">
          <h3 className="heading-s">
            {t('collection.roster.errorsHeading', { fileName: parsed.fileName, count: parsed.errors.length })}
          </h3>
          <ul>
            {parsed.errors.map((item, index) => (
              <li key={index}>{describeError(item)}</li>
            ))}
          </ul>
          {parsed.entries.length > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void save({ entries: parsed.entries }, t('collection.roster.loaded', { count: parsed.entries.length }))
              }
            >
              {t('collection.roster.useValid', { count: parsed.entries.length })}
            </button>
          ) : null}
        </div>
      ) : null}

      {!roster || !result ? (
        <p className="empty-state">{t('collection.roster.none')}</p>
      ) : (
        <>
          <ul className="collection-figures" aria-label={t('collection.status.countsLabel')}>
            <li>
              <span className="collection-figures__value">{roster.entries.length}</span>{' '}
              {t('collection.status.onRoster')}
            </li>
            <li>
              <span className="collection-figures__value">{counts.complete}</span> {t('collection.status.complete')}
            </li>
            <li>
              <span className="collection-figures__value">{counts.provisional}</span>{' '}
              {t('collection.status.provisional')}
            </li>
            <li>
              <span className="collection-figures__value">{counts['not-received']}</span>{' '}
              {t('collection.status.not-received')}
            </li>
            <li>
              <span className="collection-figures__value">{result.notOnRoster.length}</span>{' '}
              {t('collection.status.notOnRoster')}
            </li>
          </ul>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              disabled={counts['not-received'] === 0}
              onClick={() => void downloadMissing()}
            >
              {t('collection.roster.exportMissing', { count: counts['not-received'] })}
            </button>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="status-filter">
              {t('collection.status.filter')}
            </label>
            <select
              id="status-filter"
              className="select"
              value={statusFilter}
              onChange={(event) => {
                setStatusFilter(event.target.value as StatusFilter);
                setPage(0);
              }}
            >
              <option value="">{t('collection.filters.all')}</option>
              <option value="complete">{t('collection.status.complete')}</option>
              <option value="provisional">{t('collection.status.provisional')}</option>
              <option value="not-received">{t('collection.status.not-received')}</option>
            </select>
          </div>
          <ScrollRegion className="collection-table-wrap" labelledBy="status-caption">
            <table className="table collection-table">
              <caption id="status-caption" className="collection-caption">
                {t('collection.status.caption', { count: listed.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('collection.table.unit')}</th>
                  <th scope="col">{t('collection.table.type')}</th>
                  <th scope="col">{t('collection.table.province')}</th>
                  <th scope="col">{t('collection.status.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((status) => {
                  const entry = entriesById.get(status.entryId);
                  return (
                    <tr key={status.entryId}>
                      <th scope="row">
                        {status.status === 'not-received' ? (
                          entry?.name
                        ) : (
                          <Link href={paths.received.to(status.chosen.assessmentId)}>{entry?.name}</Link>
                        )}
                      </th>
                      <td>{entry ? t(`unitTypes.${entry.unitType}.name`) : ''}</td>
                      <td>{entry ? t(`provinces.${entry.provinceId}`) : ''}</td>
                      <td>
                        <span
                          className={`tag tag--${status.status === 'complete' ? 'green' : status.status === 'provisional' ? 'blue' : 'red'}`}
                        >
                          {statusText(status)}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            id="status-pager"
            total={listed.length}
            page={shown.page}
            size={size}
            onPage={setPage}
            onSize={(next) => {
              setSize(next);
              setPage(0);
            }}
          />
          {result.notOnRoster.length > 0 ? (
            <>
              <h3 className="heading-s">
                {t('collection.status.notOnRosterHeading', { count: result.notOnRoster.length })}
              </h3>
              <ul className="collection-list">
                {result.notOnRoster.slice(0, 200).map((id) => {
                  const profile = byId.get(id)?.entry.assessment.profile;
                  return (
                    <li key={id}>
                      <Link href={paths.received.to(id)}>{profile?.unitName ?? id}</Link>
                      {profile
                        ? ` · ${t(`unitTypes.${profile.unitType}.name`)} · ${t(`provinces.${profile.provinceId}`)}`
                        : ''}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
