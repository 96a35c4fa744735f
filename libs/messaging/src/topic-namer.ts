import { deadLetterTopicOf, physicalTopic } from '@hb/contracts';

/**
 * Maps the logical topic names of the contracts to physical Kafka topics. With an empty prefix
 * they are the same; a prefix gives an isolated namespace on a shared broker (tests, previews).
 */
export class TopicNamer {
  constructor(private readonly prefix: string) {}

  physical(logical: string): string {
    return physicalTopic(this.prefix, logical);
  }

  logical(physical: string): string {
    return this.prefix && physical.startsWith(`${this.prefix}.`)
      ? physical.slice(this.prefix.length + 1)
      : physical;
  }

  /** Where a consumer group puts the events it could not apply. */
  deadLetter(groupId: string): string {
    return this.physical(deadLetterTopicOf(groupId));
  }
}
