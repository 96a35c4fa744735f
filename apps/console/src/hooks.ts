import { useCallback, useEffect, useState, type DependencyList } from 'react';
import type { PageRequest } from './api/client';
import type { Page } from './api/types';

/** Something loaded from the APIs: the data, or the problem that stopped it. */
export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; problem: unknown } | { state: 'ready'; data: T };

/** Loads when `deps` change (and on `reload`); an answer that arrives after a newer request is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> & { reload(): void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    load().then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (problem: unknown) => current && setLoaded({ state: 'failed', problem }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, [...deps, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { ...loaded, reload };
}

export interface Pages<T> {
  readonly loaded: Loaded<Page<T>>;
  /** 1 for the first page. */
  readonly number: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  previous(): void;
  next(): void;
  reload(): void;
}

/**
 * Cursor pagination as the APIs do it (`{items, nextCursor}`): the cursors of the pages seen so far
 * are kept, so Previous goes back without the API offering it. Back to page 1 when `deps` change.
 */
export function useCursorPages<T>(
  loadPage: (page: PageRequest) => Promise<Page<T>>,
  deps: DependencyList,
  limit = 10,
): Pages<T> {
  // The cursors belong to the filters they were given for: other filters start from the first page.
  const filters = JSON.stringify(deps);
  const [seen, setSeen] = useState<{ filters: string; cursors: (string | undefined)[] }>({
    filters,
    cursors: [undefined],
  });
  const cursors = seen.filters === filters ? seen.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];
  const loaded = useLoad(() => loadPage({ cursor, limit }), [filters, cursor, limit]);
  const nextCursor = loaded.state === 'ready' ? loaded.data.nextCursor : null;
  return {
    loaded,
    number: cursors.length,
    hasPrevious: cursors.length > 1,
    hasNext: nextCursor !== null,
    previous: () => setSeen({ filters, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
    next: () => nextCursor !== null && setSeen({ filters, cursors: [...cursors, nextCursor] }),
    reload: loaded.reload,
  };
}

/** An action a person starts (a button): whether it runs, and the problem it met, if any. */
export function useAction<A extends unknown[], R>(act: (...args: A) => Promise<R>) {
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setRunning(true);
      setProblem(null);
      try {
        return await act(...args);
      } catch (error) {
        setProblem(error);
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [act],
  );
  return { run, running, problem, clear: () => setProblem(null) };
}

/** The value once it has stopped changing for a moment (typing in a search box). */
export function useSettled<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
