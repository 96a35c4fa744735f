import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from './api/client';
import type { ConsoleRole, SessionView } from './api/types';
import { currentLanguage } from './i18n';

interface Session {
  /** Who is signed in; null on the public pages; undefined while the console asks. */
  readonly signedIn: SessionView | null | undefined;
  /** The API as the signed-in person (or anonymously). */
  readonly api: ApiClient;
  /** To the identity provider's sign-in page, and back to this page. */
  signIn(page: string): void;
  /** A development token for the demo's person of a role (HB_DEV_AUTH=1 only). */
  developmentSignIn(role: ConsoleRole): Promise<void>;
  /** Ends the session here and at the identity provider. */
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, as the console server's session says (the browser never holds a token). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState<SessionView | null | undefined>(undefined);
  useEffect(() => {
    ApiClient.session().then(setSignedIn, () => setSignedIn(null));
  }, []);
  const api = useMemo(() => new ApiClient(signedIn?.csrfToken ?? null), [signedIn]);
  const signIn = useCallback((page: string) => {
    const query = new URLSearchParams({ page, lang: currentLanguage() });
    window.location.assign(`auth/login?${query.toString()}`);
  }, []);
  const developmentSignIn = useCallback(async (role: ConsoleRole) => {
    setSignedIn(await ApiClient.developmentSignIn(role));
  }, []);
  const signOut = useCallback(async () => {
    const { redirectTo } = await api.signOut();
    setSignedIn(null);
    window.location.assign(redirectTo);
  }, [api]);
  const session = useMemo(
    () => ({ signedIn, api, signIn, developmentSignIn, signOut }),
    [signedIn, api, signIn, developmentSignIn, signOut],
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
