import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPage } from './admin/AdminPage';
import type { SessionView } from './api/types';
import { BuyerPage } from './buyer/BuyerPage';
import { CertifierPage } from './certifier/CertifierPage';
import { CountyPage } from './county/CountyPage';
import { chooseLanguage, currentLanguage } from './i18n';
import { OperatorPage } from './operator/OperatorPage';
import { PlatformPage } from './platform/PlatformPage';
import { ProducerPage } from './producer/ProducerPage';
import { PublicPage } from './public/PublicPage';
import { href, ROUTES, useRoute, type Route } from './route';
import { useSession } from './session';
import { SignIn } from './SignIn';

/** The name of each page, in English (the key of its translation). */
export const PAGE_TITLES: Record<Route, string> = {
  public: 'Public',
  buyer: 'Buyer',
  producer: 'Producer',
  platform: 'Platform',
  operator: 'Cold-chain operator',
  certifier: 'Certifier',
  county_official: 'County official',
  admin: 'Administrator',
};

function LanguageSwitch() {
  const language = currentLanguage();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="language"
      lang={other}
      onClick={() => chooseLanguage(other)}
      aria-label={other === 'en' ? 'English' : '中文（简体）'}
    >
      {other === 'en' ? 'English' : '中文'}
    </button>
  );
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { signedIn, signOut } = useSession();
  return (
    <>
      <header className="top">
        <p className="brand">{t('Harvest Bridge')}</p>
        <nav aria-label={t('Pages')}>
          {ROUTES.map((page) => (
            <a key={page} href={href(page)} aria-current={page === route ? 'page' : undefined}>
              {t(PAGE_TITLES[page])}
            </a>
          ))}
        </nav>
        <div className="who">
          {signedIn && (
            <p>
              {t('Signed in as {{name}}', { name: signedIn.name })}{' '}
              <button type="button" className="link" onClick={() => void signOut()}>
                {t('Sign out')}
              </button>
            </p>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main>
        <h1 className="page-title">{t(PAGE_TITLES[route])}</h1>
        {signedIn === undefined ? null : page(route, signedIn)}
      </main>
    </>
  );
}

/** The page of a route; a role's page needs someone signed in as that role. */
function page(route: Route, signedIn: SessionView | null): ReactNode {
  if (route === 'public') return <PublicPage />;
  if (signedIn?.role !== route) return <SignIn role={route} />;
  const organisationId = signedIn.organisationId;
  switch (route) {
    case 'buyer':
      return <BuyerPage buyerId={organisationId} />;
    case 'producer':
      return <ProducerPage producerId={organisationId} />;
    case 'platform':
      return <PlatformPage />;
    case 'operator':
      return <OperatorPage operatorId={organisationId} />;
    case 'certifier':
      return <CertifierPage />;
    case 'county_official':
      return <CountyPage countyCode={organisationId} />;
    case 'admin':
      return <AdminPage />;
  }
}
