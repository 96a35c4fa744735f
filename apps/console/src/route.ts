import { useEffect, useState } from 'react';
import type { ConsoleRole } from './api/types';

export type Route = 'public' | ConsoleRole;

export const ROUTES: readonly Route[] = [
  'public',
  'buyer',
  'producer',
  'platform',
  'operator',
  'certifier',
  'county_official',
  'admin',
];

const current = (): Route => {
  const wanted = window.location.hash.replace(/^#\/?/, '');
  return ROUTES.find((route) => route === wanted) ?? 'public';
};

/** The page in the address (#/buyer…), so pages can be linked to and reloaded. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const follow = () => setRoute(current());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export const href = (route: Route): string => (route === 'public' ? '#/' : `#/${route}`);
