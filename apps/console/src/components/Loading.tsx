import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../hooks';
import { ProblemAlert } from './ProblemAlert';

/** Shows what is loaded, or that it is loading, or why it could not be. */
export function Loading<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (loaded.state === 'loading') return <p className="muted">{t('Loading…')}</p>;
  if (loaded.state === 'failed') return <ProblemAlert problem={loaded.problem} />;
  return <>{children(loaded.data)}</>;
}
