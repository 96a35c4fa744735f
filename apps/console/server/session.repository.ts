import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { Role } from '@hb/contracts/roles';
import type { PendingSignIn } from './oidc-client';
import type { SessionCipher } from './session-cipher';
import {
  newSession,
  SWEEP_EVERY_MS,
  type NewSession,
  type RefreshedTokens,
  type Session,
  type SessionStore,
} from './sessions';

/**
 * Idempotent, run by every replica at start-up under one advisory lock (so that two replicas starting
 * together do not race on CREATE TABLE). Rows are keyed by the SHA-256 of the cookie's id: reading the
 * table gives no cookie to present. The tokens and the CSRF token are sealed (SessionCipher).
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS console_sessions (
    id_hash bytea PRIMARY KEY,
    subject text NOT NULL,
    role text NOT NULL,
    organisation_id text NOT NULL,
    name text NOT NULL,
    via text NOT NULL CHECK (via IN ('oidc', 'development')),
    secrets text NOT NULL,
    access_token_expires_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX IF NOT EXISTS console_sessions_ends_at ON console_sessions (ends_at);
  CREATE TABLE IF NOT EXISTS console_sign_ins (
    id_hash bytea PRIMARY KEY,
    pending text NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX IF NOT EXISTS console_sign_ins_expires_at ON console_sign_ins (expires_at);
`;
/** pg_advisory_xact_lock's key for the schema above ("hb-console" as an integer). */
const SCHEMA_LOCK = 0x6862_636f;

/** What is sealed of a session: all that would let someone act as its person. */
interface SessionSecrets {
  csrfToken: string;
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
}

interface SessionRow {
  subject: string;
  role: Role;
  organisation_id: string;
  name: string;
  via: Session['via'];
  secrets: string;
  access_token_expires_at: Date;
  ends_at: Date;
}

const idHash = (id: string) => createHash('sha256').update(id, 'utf8').digest();

export interface PostgresSessionStoreOptions {
  readonly databaseUrl: string;
  readonly cipher: SessionCipher;
  readonly now?: () => number;
  /** Told of what goes wrong in the background (the sweep) or of a session that cannot be opened. */
  readonly warn?: (message: string, error?: unknown) => void;
}

/**
 * Sessions in PostgreSQL (the console's own database, harvest_console): every replica sees every
 * session, a restart keeps them, and a refresh's tokens are saved for all. Ended sessions and abandoned
 * sign-ins are deleted every minute by whichever replica gets there (the delete is idempotent).
 */
export class PostgresSessionStore implements SessionStore {
  private readonly pool: Pool;
  private readonly cipher: SessionCipher;
  private readonly now: () => number;
  private readonly warn: (message: string, error?: unknown) => void;
  private sweeper?: NodeJS.Timeout;

  private constructor(options: PostgresSessionStoreOptions) {
    this.pool = new Pool({ connectionString: options.databaseUrl, max: 5, connectionTimeoutMillis: 5_000 });
    this.cipher = options.cipher;
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? (() => undefined);
  }

  /** Connects, creates the tables if missing, and starts the sweep; fails if the database cannot be reached. */
  static async open(options: PostgresSessionStoreOptions): Promise<PostgresSessionStore> {
    const store = new PostgresSessionStore(options);
    try {
      await store.createSchema();
    } catch (error) {
      await store.pool.end();
      throw error;
    }
    store.sweeper = setInterval(
      () => void store.sweep().catch((error) => store.warn('sweeping ended console sessions failed', error)),
      SWEEP_EVERY_MS,
    ).unref();
    return store;
  }

  async create(fields: NewSession): Promise<Session> {
    const session = newSession(fields, this.now());
    const key = idHash(session.id);
    await this.pool.query(
      `INSERT INTO console_sessions
         (id_hash, subject, role, organisation_id, name, via, secrets, access_token_expires_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        key,
        session.subject,
        session.role,
        session.organisationId,
        session.name,
        session.via,
        this.seal(session, key),
        new Date(session.accessTokenExpiresAt),
        new Date(session.endsAt),
      ],
    );
    return session;
  }

  async find(id: string | undefined): Promise<Session | undefined> {
    if (!id) return undefined;
    const key = idHash(id);
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT subject, role, organisation_id, name, via, secrets, access_token_expires_at, ends_at
         FROM console_sessions WHERE id_hash = $1 AND ends_at > $2`,
      [key, new Date(this.now())],
    );
    const row = rows[0];
    if (!row) return undefined;
    let secrets: SessionSecrets;
    try {
      secrets = JSON.parse(this.cipher.open(row.secrets, key)) as SessionSecrets;
    } catch (error) {
      // Sealed with a key this console no longer has, or changed in the table: the person signs in again.
      this.warn('a console session cannot be opened and is ended', error);
      await this.end(id);
      return undefined;
    }
    return {
      id,
      subject: row.subject,
      role: row.role,
      organisationId: row.organisation_id,
      name: row.name,
      via: row.via,
      ...secrets,
      accessTokenExpiresAt: row.access_token_expires_at.getTime(),
      endsAt: row.ends_at.getTime(),
    };
  }

  async saveTokens(id: string, tokens: RefreshedTokens): Promise<void> {
    const session = await this.find(id);
    if (!session) return;
    const key = idHash(id);
    const refreshed = { ...session, ...tokens };
    await this.pool.query(
      `UPDATE console_sessions SET secrets = $2, access_token_expires_at = $3, updated_at = now()
        WHERE id_hash = $1`,
      [key, this.seal(refreshed, key), new Date(refreshed.accessTokenExpiresAt)],
    );
  }

  async end(id: string): Promise<void> {
    await this.pool.query('DELETE FROM console_sessions WHERE id_hash = $1', [idHash(id)]);
  }

  async holdSignIn(id: string, pending: PendingSignIn, expiresAt: number): Promise<void> {
    const key = idHash(id);
    await this.pool.query('INSERT INTO console_sign_ins (id_hash, pending, expires_at) VALUES ($1, $2, $3)', [
      key,
      this.cipher.seal(JSON.stringify(pending), key),
      new Date(expiresAt),
    ]);
  }

  async takeSignIn(id: string): Promise<PendingSignIn | undefined> {
    const key = idHash(id);
    const { rows } = await this.pool.query<{ pending: string; expires_at: Date }>(
      'DELETE FROM console_sign_ins WHERE id_hash = $1 RETURNING pending, expires_at',
      [key],
    );
    const row = rows[0];
    if (!row || row.expires_at.getTime() <= this.now()) return undefined;
    try {
      return JSON.parse(this.cipher.open(row.pending, key)) as PendingSignIn;
    } catch (error) {
      this.warn('a sign-in under way cannot be opened', error);
      return undefined;
    }
  }

  async ready(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.pool.end();
  }

  /** Removes ended sessions and abandoned sign-ins; how many of each. */
  async sweep(): Promise<{ sessions: number; signIns: number }> {
    const now = new Date(this.now());
    const sessions = await this.pool.query('DELETE FROM console_sessions WHERE ends_at <= $1', [now]);
    const signIns = await this.pool.query('DELETE FROM console_sign_ins WHERE expires_at <= $1', [now]);
    return { sessions: sessions.rowCount ?? 0, signIns: signIns.rowCount ?? 0 };
  }

  private seal(session: Session, key: Buffer): string {
    const { csrfToken, accessToken, refreshToken, idToken } = session;
    const secrets: SessionSecrets = { csrfToken, accessToken, refreshToken, idToken };
    return this.cipher.seal(JSON.stringify(secrets), key);
  }

  private async createSchema(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
