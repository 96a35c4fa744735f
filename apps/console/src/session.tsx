import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from './api/client';
import type { ConsoleRole, SignedIn } from './api/types';

const STORAGE_KEY = 'harvest-bridge.console.session';

interface Session {
  /** Who is signed in; null on the public pages. */
  readonly signedIn: SignedIn | null;
  /** The API as the signed-in person (or anonymously). */
  readonly api: ApiClient;
  signIn(role: ConsoleRole): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function remembered(): SignedIn | null {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as SignedIn | null;
  } catch {
    return null; // not ours any more: start signed out
  }
}

/** Who is signed in, kept for the browser tab (a reload keeps it, a new tab starts signed out). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState<SignedIn | null>(remembered);
  const signIn = useCallback(async (role: ConsoleRole) => {
    const session = await ApiClient.signIn(role);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    setSignedIn(session);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSignedIn(null);
  }, []);
  const session = useMemo(
    () => ({ signedIn, api: new ApiClient(signedIn?.token ?? null), signIn, signOut }),
    [signedIn, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The API client of the signed-in person. */
export const useApi = (): ApiClient => useSession().api;
