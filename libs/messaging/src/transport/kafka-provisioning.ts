import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type Admin,
} from 'kafkajs';
import { kafkaAcls, kafkaTopics, type AclOperation, type KafkaAcl, type KafkaNamespace } from '@hb/contracts';

const OPERATIONS: Readonly<Record<AclOperation, AclOperationTypes>> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Describe: AclOperationTypes.DESCRIBE,
};

/** One contract ACL as the kafkajs admin client writes it: an entry per operation. */
export const aclEntries = (acl: KafkaAcl): AclEntry[] =>
  acl.operations.map((operation) => ({
    principal: `User:${acl.principal}`,
    host: '*',
    resourceType: acl.resourceType === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
    resourceName: acl.name,
    resourcePatternType:
      acl.patternType === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
    operation: OPERATIONS[operation],
    permissionType: AclPermissionTypes.ALLOW,
  }));

/**
 * Creates a namespace's topics and (unless the broker has no authorizer) the ACLs of its users, from
 * the contracts, through a super user's admin client. Both are idempotent: an existing topic or ACL is left as it is. The services have
 * no right to create topics; this (scripts/kafka.sh, the test harness) or Strimzi's KafkaTopics do.
 */
export async function provisionKafkaAccess(
  admin: Admin,
  namespace?: KafkaNamespace,
  { acls = true }: { acls?: boolean } = {},
): Promise<void> {
  const topics = kafkaTopics(namespace);
  // Two provisioners of one namespace (a test's services starting together) race: the loser sees
  // "already exists" for some topics, and finds them all on its next round.
  for (let attempt = 1; ; attempt += 1) {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) break;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions })),
      });
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  if (!acls) return;
  const entries = kafkaAcls(namespace).flatMap(aclEntries);
  await admin.createAcls({ acl: entries });
  // The brokers apply new ACLs when the metadata carrying them reaches them, a moment after the
  // controller accepted them; a client arriving before that is refused. They arrive in order.
  const last = entries[entries.length - 1];
  for (let attempt = 1; ; attempt += 1) {
    const { resources } = await admin.describeAcls(last);
    if (resources.length > 0) return;
    if (attempt >= 50) throw new Error(`the broker did not apply the ACLs of ${last.resourceName}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
