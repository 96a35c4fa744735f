import { Inject, Injectable, Logger } from '@nestjs/common';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { TopicNamer } from '../topic-namer';
import { TOPIC_ADMIN, type TopicAdmin } from '../transport/ports';

/**
 * Makes sure the topics this service writes or reads and its group's dead-letter topic exist, with
 * their partition counts. Where the broker enforces ACLs they were provisioned by an admin (the
 * service may not create topics) and this only finds them.
 */
@Injectable()
export class TopicProvisioner {
  private readonly logger = new Logger(TopicProvisioner.name);

  constructor(
    @Inject(TOPIC_ADMIN) private readonly admin: TopicAdmin,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async ensureTopics(): Promise<void> {
    const namer = new TopicNamer(this.options.topicPrefix);
    const topics = [
      ...this.options.topics.map((topic) => ({
        name: namer.physical(topic.name),
        partitions: topic.partitions,
      })),
      { name: namer.deadLetter(this.options.groupId), partitions: 1 },
    ];
    await this.admin.ensureTopics(topics);
    this.logger.log({ msg: 'topics ready', topics: topics.map((topic) => topic.name) });
  }
}
