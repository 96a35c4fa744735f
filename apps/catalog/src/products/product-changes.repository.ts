import { Client, type ClientConfig } from 'pg';

/** The channel the product change triggers notify on (migration 1765600000000-product-change-notices). */
export const PRODUCT_CHANGED_CHANNEL = 'catalog_product_changed';
/** How the listener's session is named in pg_stat_activity. */
export const PRODUCT_TAGS_APPLICATION_NAME = 'catalog product tags';

/**
 * A connection of its own that LISTENs for product changes: `onChange` gets a product id, or `*` for
 * a change that may touch any product; `onLost` once if the connection fails (no further calls).
 */
export class ProductChangeListener {
  private constructor(private readonly client: Client) {}

  static async open(
    config: ClientConfig,
    onChange: (payload: string) => void,
    onLost: (error: Error) => void,
  ): Promise<ProductChangeListener> {
    const client = new Client({ ...config, application_name: PRODUCT_TAGS_APPLICATION_NAME });
    client.on('notification', (message) => {
      if (message.channel === PRODUCT_CHANGED_CHANNEL) onChange(message.payload ?? '*');
    });
    let lost = false;
    const lose = (error: Error) => {
      if (lost) return;
      lost = true;
      onLost(error);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('the product change listener was disconnected')));
    try {
      await client.connect();
      await client.query(`LISTEN ${PRODUCT_CHANGED_CHANNEL}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    return new ProductChangeListener(client);
  }

  /**
   * Resolves once every notification of a transaction that committed before this call has been
   * handed to `onChange`: PostgreSQL signals the listening sessions at commit, and a session sends
   * the notifications it was signalled before the ReadyForQuery that ends this statement.
   */
  async caughtUp(): Promise<void> {
    await this.client.query('SELECT 1');
  }

  async close(): Promise<void> {
    this.client.removeAllListeners('end');
    await this.client.end().catch(() => undefined);
  }
}
