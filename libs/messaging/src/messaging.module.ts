import { Module, type DynamicModule, type INestApplication, type INestMicroservice } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { InboxProcessor } from './consumer/inbox-processor';
import { ReliableKafkaServer } from './consumer/reliable-kafka.server';
import { TopicProvisioner } from './consumer/topic-provisioner';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { kafkaClientConfig, KafkajsPublisher, KafkajsTopicAdmin } from './transport/kafkajs';
import { EVENT_PUBLISHER, TOPIC_ADMIN, type EventPublisher, type TopicAdmin } from './transport/ports';

const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

/**
 * Outbox, relay, inbox processing and topic provisioning for one service. Needs a TypeORM
 * DataSource (TypeOrmModule.forRoot) and ServiceMetrics (ObservabilityModule) in the application.
 */
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: KAFKA_CLIENT,
          useFactory: () =>
            new Kafka(kafkaClientConfig(`${options.service}-producer`, options.brokers, options.security)),
        },
        {
          provide: EVENT_PUBLISHER,
          useFactory: (kafka: Kafka): EventPublisher => new KafkajsPublisher(kafka),
          inject: [KAFKA_CLIENT],
        },
        {
          provide: TOPIC_ADMIN,
          useFactory: (kafka: Kafka): TopicAdmin => new KafkajsTopicAdmin(kafka),
          inject: [KAFKA_CLIENT],
        },
        Outbox,
        OutboxRelay,
        InboxProcessor,
        TopicProvisioner,
        {
          // Closes the broker connections last, after the relay and the consumer have stopped.
          provide: 'MESSAGING_SHUTDOWN',
          useFactory: (publisher: EventPublisher, admin: TopicAdmin) => ({
            onApplicationShutdown: async () => {
              await Promise.allSettled([publisher.close(), admin.close()]);
            },
          }),
          inject: [EVENT_PUBLISHER, TOPIC_ADMIN],
        },
      ],
      exports: [
        MESSAGING_OPTIONS,
        EVENT_PUBLISHER,
        TOPIC_ADMIN,
        Outbox,
        OutboxRelay,
        InboxProcessor,
        TopicProvisioner,
      ],
    };
  }
}

/**
 * Connects the service's Kafka consumer (a Nest microservice using ReliableKafkaServer) to a hybrid
 * HTTP application. Call `app.startAllMicroservices()` afterwards.
 *
 * The microservice shares the application's global filters, so an application must give event
 * handlers their errors back unchanged (RethrowRpcErrorsFilter, or a filter that rethrows for the
 * `rpc` context as the platform's ProblemDetailsFilter does): Nest's default RPC filter would
 * replace them with "Internal server error".
 */
export function connectEventConsumer(app: INestApplication): INestMicroservice {
  const strategy = new ReliableKafkaServer(
    app.get<MessagingOptions>(MESSAGING_OPTIONS),
    app.get(InboxProcessor),
    app.get(TopicProvisioner),
  );
  return app.connectMicroservice({ strategy }, { inheritAppConfig: true });
}
