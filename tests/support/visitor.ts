/** A browser's part, without a browser: a cookie jar per origin and redirects followed by hand. */
export class Visitor {
  private readonly jars = new Map<string, Map<string, string>>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const answer = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const setCookie of answer.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (/max-age=0/i.test(setCookie) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return answer;
  }

  /** Follows redirects until a page answers (or the console is reached again). */
  async follow(answer: Response, base: string): Promise<Response> {
    let current = answer;
    while (current.status >= 300 && current.status < 400) {
      const location = new URL(current.headers.get('location')!, base);
      if (location.hash) return current; // the console's page: a browser would now render it
      current = await this.go(location.href);
      base = location.href;
    }
    return current;
  }
}
