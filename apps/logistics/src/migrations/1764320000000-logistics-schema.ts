import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shipments with their chain of custody, temperature readings, the running cold-chain state of each
 * shipment and its excursions.
 */
export class LogisticsSchema1764320000000 implements MigrationInterface {
  name = 'LogisticsSchema1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shipments (
        id                      uuid             PRIMARY KEY,
        order_id                uuid             NOT NULL,
        buyer_id                text             NOT NULL,
        producer_id             uuid             NOT NULL,
        operator_id             text,
        status                  text             NOT NULL CHECK (status IN
                                ('created', 'picked_up', 'in_transit', 'at_hub', 'out_for_delivery', 'delivered', 'cancelled')),
        min_c                   double precision NOT NULL,
        max_c                   double precision NOT NULL,
        max_dwell_minutes       integer          NOT NULL CHECK (max_dwell_minutes >= 0),
        lines                   jsonb            NOT NULL,
        delivery_address        text             NOT NULL,
        requested_delivery_date date             NOT NULL,
        cold_chain_verdict      text             CHECK (cold_chain_verdict IN ('ok', 'excursion', 'breached')),
        delivered_figures       jsonb,
        claimed_at              timestamptz,
        delivered_at            timestamptz,
        created_at              timestamptz      NOT NULL DEFAULT now(),
        updated_at              timestamptz      NOT NULL DEFAULT now(),
        UNIQUE (order_id, producer_id),
        CHECK ((status = 'delivered') = (cold_chain_verdict IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX shipments_listing ON shipments (created_at, id)`);
    await db.query(`CREATE INDEX shipments_operator ON shipments (operator_id, created_at, id)`);
    await db.query(`CREATE INDEX shipments_buyer ON shipments (buyer_id, created_at, id)`);
    await db.query(`CREATE INDEX shipments_producer ON shipments (producer_id, created_at, id)`);

    await db.query(`
      CREATE TABLE custody_events (
        shipment_id    uuid        NOT NULL REFERENCES shipments (id),
        seq            integer     NOT NULL,
        from_status    text        NOT NULL,
        to_status      text        NOT NULL,
        at             timestamptz NOT NULL,
        location       text        NOT NULL,
        handed_over_by text        NOT NULL,
        received_by    text        NOT NULL,
        operator_id    text        NOT NULL,
        recorded_by    text        NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (shipment_id, seq)
      )`);

    // The primary key is also the duplicate check (a logger's reading at one device time is stored
    // once) and serves reads in device-time order. No foreign key: ingest checks the shipment under
    // its row lock, and shipments are never deleted.
    await db.query(`
      CREATE TABLE temperature_readings (
        shipment_id   uuid             NOT NULL,
        recorded_at   timestamptz      NOT NULL,
        device_id     text             COLLATE "C" NOT NULL,
        temperature_c double precision NOT NULL CHECK (temperature_c BETWEEN -60 AND 60),
        humidity_pct  real,
        lat           double precision,
        lon           double precision,
        source        text             NOT NULL CHECK (source IN ('http', 'device')),
        ingested_at   timestamptz      NOT NULL DEFAULT now(),
        PRIMARY KEY (shipment_id, recorded_at, device_id)
      )`);

    // Rewritten after every batch: room on the page keeps the updates HOT.
    await db.query(`
      CREATE TABLE cold_chain_states (
        shipment_id uuid        PRIMARY KEY REFERENCES shipments (id),
        state       jsonb       NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      ) WITH (fillfactor = 50)`);

    await db.query(`
      CREATE TABLE excursions (
        id          uuid             PRIMARY KEY,
        shipment_id uuid             NOT NULL REFERENCES shipments (id),
        direction   text             NOT NULL CHECK (direction IN ('above', 'below')),
        started_at  timestamptz      NOT NULL,
        ended_at    timestamptz,
        peak_c      double precision NOT NULL,
        minutes     integer          NOT NULL CHECK (minutes >= 0),
        severity    text             NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
        detected_at timestamptz      NOT NULL DEFAULT now(),
        updated_at  timestamptz      NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX excursions_shipment ON excursions (shipment_id, started_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'excursions',
      'cold_chain_states',
      'temperature_readings',
      'custody_events',
      'shipments',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
