import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change of what a product's representation is made of is announced on the channel
 * `catalog_product_changed` when its transaction commits (NOTIFY is transactional): the product's id
 * for a change of its row, `*` for a change that may touch any product (its producer's county, a
 * TRUNCATE). Triggers, so that no write path — a service method, a consumer, a migration, psql — can
 * forget it. The catalog replicas' remembered product tags listen (products/product-tags.ts).
 */
export class ProductChangeNotices1765600000000 implements MigrationInterface {
  name = 'ProductChangeNotices1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_product_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'products' THEN
          PERFORM pg_notify('catalog_product_changed', (CASE TG_OP WHEN 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
        ELSE
          PERFORM pg_notify('catalog_product_changed', '*');
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER products_changed AFTER UPDATE OR DELETE ON products
        FOR EACH ROW EXECUTE FUNCTION notify_product_changed()`);
    await db.query(`
      CREATE TRIGGER products_truncated AFTER TRUNCATE ON products
        FOR EACH STATEMENT EXECUTE FUNCTION notify_product_changed()`);
    await db.query(`
      CREATE TRIGGER producers_changed AFTER UPDATE OR DELETE OR TRUNCATE ON producers
        FOR EACH STATEMENT EXECUTE FUNCTION notify_product_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER producers_changed ON producers`);
    await db.query(`DROP TRIGGER products_truncated ON products`);
    await db.query(`DROP TRIGGER products_changed ON products`);
    await db.query(`DROP FUNCTION notify_product_changed()`);
  }
}
