import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pages } from '../hooks';
import { Loading } from './Loading';

/** A page of a long list, with Previous and Next (the APIs page with cursors). */
export function Paged<T>({
  pages,
  empty,
  children,
}: {
  pages: Pages<T>;
  /** What to say when there is nothing at all. */
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Loading loaded={pages.loaded}>
      {({ items }) => (
        <>
          {items.length === 0 && pages.number === 1 ? <p className="muted">{empty}</p> : children(items)}
          {(pages.hasPrevious || pages.hasNext) && (
            <nav className="pager" aria-label={t('Pages')}>
              <button type="button" onClick={pages.previous} disabled={!pages.hasPrevious}>
                {t('← Previous')}
              </button>
              <span>{t('Page {{number}}', { number: pages.number })}</span>
              <button type="button" onClick={pages.next} disabled={!pages.hasNext}>
                {t('Next →')}
              </button>
            </nav>
          )}
        </>
      )}
    </Loading>
  );
}
