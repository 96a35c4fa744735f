import { KafkajsPublisher, type OutgoingRecord } from '@hb/messaging';
import { kafka, TopicReader, uniquePrefix } from '../../support/kafka';

/**
 * A produce request that one partition refuses while another accepts it: what a broker restart does
 * while some partitions still elect their leaders, reproduced here with a topic whose records may
 * not exceed 1 KiB. kafkajs then takes back the sequence numbers of the partition that accepted its
 * batch, and a producer that kept them would be refused (OUT_OF_ORDER_SEQUENCE_NUMBER) on every
 * later send to that partition.
 */
describe('Kafka publisher after a send that a broker partly refused (real Kafka)', () => {
  const prefix = uniquePrefix('publisher');
  const accepting = `${prefix}.accepting`;
  const refusing = `${prefix}.refusing`;
  let publisher: KafkajsPublisher;
  let reader: TopicReader;

  const record = (topic: string, key: string, value: string): OutgoingRecord => ({
    topic,
    key,
    value,
    headers: {},
  });

  beforeAll(async () => {
    const admin = kafka().admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          { topic: accepting, numPartitions: 1 },
          {
            topic: refusing,
            numPartitions: 1,
            configEntries: [{ name: 'max.message.bytes', value: '1024' }],
          },
        ],
      });
    } finally {
      await admin.disconnect();
    }
    publisher = new KafkajsPublisher(kafka('publisher-test'));
    reader = await TopicReader.start([accepting]);
  });

  afterAll(async () => {
    await reader?.stop();
    await publisher?.close();
  });

  it('keeps publishing to the partition that accepted its part of the refused send', async () => {
    await expect(
      publisher.publish([
        record(accepting, 'lot-1', 'accepted part of a refused send'),
        record(refusing, 'lot-1', 'x'.repeat(4096)),
      ]),
    ).rejects.toThrow(/too large|larger/i);

    await publisher.publish([
      record(accepting, 'lot-1', 'first after the refusal'),
      record(accepting, 'lot-1', 'second after the refusal'),
    ]);

    const values = (await reader.waitForCount(3, accepting)).map((read) => read.value);
    expect(values).toEqual([
      'accepted part of a refused send',
      'first after the refusal',
      'second after the refusal',
    ]);
  });
});
