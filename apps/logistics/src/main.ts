import 'reflect-metadata';
import { runService } from '@hb/platform';
import { LogisticsModule } from './logistics.module';

runService({
  name: 'logistics',
  title: 'Harvest Bridge cold-chain logistics',
  description: 'Shipments, chain of custody, temperature telemetry, excursions and cold-chain verdicts.',
  module: LogisticsModule,
}).catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'logistics', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
