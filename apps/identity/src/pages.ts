export type Language = 'en' | 'zh-CN';

const TEXT = {
  en: {
    title: 'Sign in to Harvest Bridge',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    'wrong-credentials': 'The username or the password is wrong.',
    'organisation-unknown':
      "This person's organisation is not registered in the services yet: load the demo data and try again.",
    demo: 'Demo people (username = role):',
    signOutTitle: 'Sign out of Harvest Bridge?',
    signOut: 'Sign out',
    stay: 'Stay signed in',
    signedOut: 'You are signed out.',
    error: 'Something went wrong',
  },
  'zh-CN': {
    title: '登录 Harvest Bridge（消费帮扶平台）',
    username: '用户名',
    password: '密码',
    submit: '登录',
    'wrong-credentials': '用户名或密码错误。',
    'organisation-unknown': '此用户所属的机构尚未在服务中登记：请先加载演示数据，然后重试。',
    demo: '演示用户（用户名即角色）：',
    signOutTitle: '退出 Harvest Bridge？',
    signOut: '退出登录',
    stay: '保持登录',
    signedOut: '您已退出登录。',
    error: '出错了',
  },
} as const;

export type Message = keyof (typeof TEXT)['en'];

/** The language asked for: the client's ui_locales first, then the browser's Accept-Language. */
export function languageOf(uiLocales: unknown, acceptLanguage: string | undefined): Language {
  const wanted = `${typeof uiLocales === 'string' ? uiLocales : ''} ${acceptLanguage ?? ''}`.trim();
  const first = /([a-z]{2})(?:-[A-Za-z]{2,4})?/.exec(wanted)?.[1];
  return first === 'zh' ? 'zh-CN' : 'en';
}

export const text = (language: Language, message: Message): string => TEXT[language][message];

const escape = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#f4f6f3;color:#1d2b1f;margin:0}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0003}
h1{font-size:1.35rem;margin-top:0}label{display:block;margin:1rem 0 .25rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #5b6b5d;border-radius:4px}
button{margin-top:1.25rem;padding:.6rem 1rem;font-size:1rem;border-radius:4px;border:1px solid #1f5f2e;cursor:pointer}
.primary{background:#1f5f2e;color:#fff}.secondary{background:#fff;color:#1f5f2e;margin-left:.5rem}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
[role=alert]{background:#fdecea;border:1px solid #a4251b;color:#7a1b13;padding:.6rem;border-radius:4px}
.hint{font-size:.9rem;color:#3d4a3f}`;

function page(language: Language, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

export interface LoginPage {
  language: Language;
  action: string;
  username?: string;
  refusal?: Message;
  /** With HB_DEV_AUTH=1 only: who one may sign in as. */
  demoUsernames?: readonly string[];
}

/** The login form: labelled fields, the error announced, usable by keyboard alone. */
export function loginPage({ language, action, username, refusal, demoUsernames }: LoginPage): string {
  const t = (message: Message) => escape(text(language, message));
  return page(
    language,
    text(language, 'title'),
    `${refusal ? `<p role="alert" id="problem">${t(refusal)}</p>` : ''}
<form method="post" action="${escape(action)}" autocomplete="on">
<label for="username">${t('username')}</label>
<input id="username" name="username" required autocomplete="username" autocapitalize="none" spellcheck="false"
 value="${escape(username ?? '')}"${refusal ? ' aria-describedby="problem"' : ''}${username ? '' : ' autofocus'}>
<label for="password">${t('password')}</label>
<input id="password" name="password" type="password" required autocomplete="current-password"${username ? ' autofocus' : ''}>
<button type="submit" class="primary">${t('submit')}</button>
</form>
${demoUsernames?.length ? `<p class="hint">${t('demo')} ${demoUsernames.map(escape).join(', ')}</p>` : ''}`,
  );
}

/** oidc-provider's end-session confirmation, whose form (with its own CSRF token) it gives. */
export function signOutPage(language: Language, form: string): string {
  const t = (message: Message) => escape(text(language, message));
  return page(
    language,
    text(language, 'signOutTitle'),
    `${form}<button autofocus type="submit" class="primary" form="op.logoutForm" value="yes" name="logout">${t('signOut')}</button>
<button type="submit" class="secondary" form="op.logoutForm">${t('stay')}</button>`,
  );
}

export const signedOutPage = (language: Language): string => page(language, text(language, 'signedOut'), '');

export const errorPage = (language: Language, details: Record<string, string>): string =>
  page(
    language,
    text(language, 'error'),
    Object.entries(details)
      .map(([key, value]) => `<p><strong>${escape(key)}</strong>: ${escape(value)}</p>`)
      .join(''),
  );
