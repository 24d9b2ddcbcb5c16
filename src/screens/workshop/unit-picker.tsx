/**
 * Ticking the expected units in the department's roster (issue 13). A national roster holds thousands of entries:
 * only the first `SHOWN_AT_MOST` that match the search are rendered, and "tick all found" ticks every match, shown
 * or not, so a trainer can take a whole province or district by its name.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '../../collection/roster/roster-schema';
import { foldText } from '../../collection/roster/unit-name';

export const SHOWN_AT_MOST = 50;

export function UnitPicker({
  entries,
  picked,
  onChange,
}: {
  entries: readonly RosterEntry[];
  picked: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  // Folded once per roster (name, commune, code and province in the user's language), not on every key typed.
  const haystacks = useMemo(
    () =>
      entries.map((entry) =>
        foldText([entry.name, entry.communeName, entry.code, t(`provinces.${entry.provinceId}`)].join(' ')),
      ),
    [entries, t],
  );
  const words = foldText(search).split(' ').filter(Boolean);
  const found = entries.filter((_, index) => words.every((word) => haystacks[index]!.includes(word)));
  const shown = found.slice(0, SHOWN_AT_MOST);
  const change = (ids: readonly string[], tick: boolean) => {
    const next = new Set(picked);
    for (const one of ids) {
      if (tick) next.add(one);
      else next.delete(one);
    }
    onChange(next);
  };

  return (
    <fieldset className="fieldset form-group unit-picker">
      <legend className="fieldset__legend">{t('workshop.picker.legend')}</legend>
      <div className="form-group">
        <label className="label" htmlFor={`${id}-search`}>
          {t('workshop.picker.search')}
        </label>
        <p className="hint" id={`${id}-search-hint`}>
          {t('workshop.picker.searchHint')}
        </p>
        <input
          id={`${id}-search`}
          className="input input--full"
          type="search"
          value={search}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p role="status" className="unit-picker__count">
        {t('workshop.picker.ticked', { count: picked.size, total: entries.length })}{' '}
        {found.length > shown.length
          ? t('workshop.picker.showingFirst', { shown: shown.length, count: found.length })
          : t('workshop.picker.found', { count: found.length })}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={found.length === 0}
          onClick={() =>
            change(
              found.map((entry) => entry.id),
              true,
            )
          }
        >
          {t('workshop.picker.tickFound', { count: found.length })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={picked.size === 0}
          onClick={() => onChange(new Set())}
        >
          {t('workshop.picker.clear')}
        </button>
      </div>
      <div className="checkboxes">
        {shown.map((entry) => (
          <div className="checkboxes__item" key={entry.id}>
            <input
              id={`${id}-${entry.id}`}
              className="checkboxes__input"
              type="checkbox"
              checked={picked.has(entry.id)}
              onChange={(event) => change([entry.id], event.target.checked)}
            />
            <label className="checkboxes__label" htmlFor={`${id}-${entry.id}`}>
              {entry.name}
              <span className="hint"> – {t(`provinces.${entry.provinceId}`)}</span>
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
