import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMES = `('green_food', 'organic', 'geographical_indication', 'poverty_alleviation_product')`;
const STAGES = `('submitted', 'accepted', 'inspection', 'testing', 'review', 'approved', 'rejected', 'withdrawn')`;
const STATUSES = `('active', 'suspended', 'revoked', 'expired')`;
const POVERTY = `('key', 'deep', 'lifted')`;

/**
 * The read model of catalog's counties, producers and products; applications with their steps;
 * certificates with their audit trail and the yearly number sequences.
 */
export class CertificationSchema1764320000000 implements MigrationInterface {
  name = 'CertificationSchema1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE viewed_counties (
        code           char(6)     PRIMARY KEY,
        name           text        NOT NULL,
        province       text        NOT NULL,
        poverty_status text        NOT NULL CHECK (poverty_status IN ${POVERTY}),
        lifted_on      date,
        as_of          timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE viewed_producers (
        id                    uuid        PRIMARY KEY,
        name                  text        NOT NULL,
        kind                  text        NOT NULL,
        county_code           char(6)     NOT NULL,
        county_poverty_status text        NOT NULL CHECK (county_poverty_status IN ${POVERTY}),
        as_of                 timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE viewed_products (
        id          uuid    PRIMARY KEY,
        producer_id uuid    NOT NULL,
        name        text    NOT NULL,
        status      text    NOT NULL,
        version     integer NOT NULL
      )`);
    await db.query(`CREATE INDEX viewed_products_producer ON viewed_products (producer_id)`);

    await db.query(`
      CREATE TABLE certificate_sequences (
        prefix     text    NOT NULL,
        year       integer NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (prefix, year)
      )`);
    await db.query(`
      CREATE TABLE certificates (
        number             text        PRIMARY KEY,
        scheme             text        NOT NULL CHECK (scheme IN ${SCHEMES}),
        holder_id          uuid        NOT NULL,
        product_ids        uuid[]      NOT NULL CHECK (cardinality(product_ids) > 0),
        issued_on          date        NOT NULL,
        valid_from         date        NOT NULL,
        valid_until        date        CHECK (valid_until >= valid_from),
        status             text        NOT NULL CHECK (status IN ${STATUSES}),
        status_reason      text,
        status_changed_at  timestamptz,
        application_id     uuid        NOT NULL UNIQUE,
        renews_certificate text        REFERENCES certificates (number),
        renewed_by         text        REFERENCES certificates (number),
        warned_days        integer,
        issued_at          timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX certificates_listing ON certificates (issued_at DESC, number DESC)`);
    await db.query(
      `CREATE INDEX certificates_holder ON certificates (holder_id, issued_at DESC, number DESC)`,
    );
    await db.query(
      `CREATE INDEX certificates_running_out ON certificates (valid_until)
        WHERE status IN ('active', 'suspended') AND valid_until IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE certificate_actions (
        certificate_number text        NOT NULL REFERENCES certificates (number),
        seq                integer     NOT NULL,
        action             text        NOT NULL,
        from_status        text        NOT NULL,
        to_status          text        NOT NULL,
        reason             text        NOT NULL,
        actor              text        NOT NULL,
        at                 timestamptz NOT NULL,
        PRIMARY KEY (certificate_number, seq)
      )`);

    await db.query(`
      CREATE TABLE applications (
        id                 uuid        PRIMARY KEY,
        producer_id        uuid        NOT NULL,
        scheme             text        NOT NULL CHECK (scheme IN ${SCHEMES}),
        product_ids        uuid[]      NOT NULL CHECK (cardinality(product_ids) > 0),
        documents          jsonb       NOT NULL DEFAULT '[]',
        renews_certificate text        REFERENCES certificates (number),
        stage              text        NOT NULL CHECK (stage IN ${STAGES}),
        priority           boolean     NOT NULL,
        county_code        char(6)     NOT NULL,
        poverty_status     text        NOT NULL CHECK (poverty_status IN ${POVERTY}),
        fee_cents          bigint      NOT NULL CHECK (fee_cents >= 0),
        fee_relief_cents   bigint      NOT NULL CHECK (fee_relief_cents BETWEEN 0 AND fee_cents),
        submitted_at       timestamptz NOT NULL,
        stage_entered_at   timestamptz NOT NULL,
        stage_due_at       timestamptz,
        certificate_number text        REFERENCES certificates (number),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX applications_queue ON applications (priority DESC, submitted_at, id)`);
    await db.query(
      `CREATE INDEX applications_of_producer ON applications (producer_id, priority DESC, submitted_at, id)`,
    );
    // One renewal per certificate, unless it was rejected or withdrawn.
    await db.query(
      `CREATE UNIQUE INDEX applications_one_renewal ON applications (renews_certificate)
        WHERE renews_certificate IS NOT NULL AND stage NOT IN ('rejected', 'withdrawn')`,
    );
    await db.query(`
      CREATE TABLE application_steps (
        application_id     uuid        NOT NULL REFERENCES applications (id),
        seq                integer     NOT NULL,
        from_stage         text,
        to_stage           text        NOT NULL,
        actor              text        NOT NULL,
        actor_role         text        NOT NULL,
        actor_organisation text        NOT NULL,
        at                 timestamptz NOT NULL,
        note               text,
        PRIMARY KEY (application_id, seq)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'application_steps',
      'applications',
      'certificate_actions',
      'certificates',
      'certificate_sequences',
      'viewed_products',
      'viewed_producers',
      'viewed_counties',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
