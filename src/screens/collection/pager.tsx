import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

/** The rows of one page, and the page clamped to those there are (a filter can leave fewer pages). */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(current * size, (current + 1) * size), page: current, pages };
}

/** "Rows 101–200 of 3,321", previous and next, and the page size. */
export function Pager({
  id,
  total,
  page,
  size,
  onPage,
  onSize,
}: {
  id: string;
  total: number;
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <div className="collection-pager" role="group" aria-label={t('collection.pager.label')}>
      <p className="collection-pager__range" aria-live="polite">
        {t('collection.pager.range', { from, to, total })}
      </p>
      <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('collection.pager.previous')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('collection.pager.next')}
      </button>
      <label className="collection-pager__size" htmlFor={`${id}-size`}>
        {t('collection.pager.size')}{' '}
        <select
          id={`${id}-size`}
          className="select"
          value={size}
          onChange={(event) => onSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
