import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';
import { ALL_TOPICS, KAFKA_ADMIN, KAFKA_USERS, kafkaAcls, SERVICE_PORTS, SERVICES } from '@hb/contracts';
import { KAFKA_USERS_FILE, renderKafkaUsers, STRIMZI_PATTERN } from '../../scripts/k8s-kafka-users';
import { renderServiceManifest, serviceManifestFile } from '../../scripts/k8s-services';

/**
 * The Kubernetes overlays, rendered offline with `kubectl kustomize` (kubectl 1.20's kustomize
 * v2.0.3 or any newer one) and checked against the contracts: every service deployed with probes,
 * resources, a Service, a PDB and an HPA; every topic declared with its partitions; Kafka and
 * PostgreSQL sized for the environment; nothing running as root.
 */

const ROOT = resolve(__dirname, '../..');
const KUBECTL = process.env.KUBECTL ?? 'kubectl';
const ENVIRONMENTS = ['dev', 'prod'] as const;
type Environment = (typeof ENVIRONMENTS)[number];

type Labels = Record<string, string>;
interface Resource<Spec = unknown> {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels };
  spec: Spec;
  data?: Record<string, string>;
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
}
interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
  containers: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  terminationGracePeriodSeconds?: number;
}
interface PodTemplate {
  replicas?: number;
  template: { metadata: { labels: Labels; annotations?: Record<string, string> }; spec: PodSpec };
}
interface NetworkPolicyPeer {
  podSelector?: { matchLabels?: Labels };
  namespaceSelector?: { matchLabels?: Labels };
}
interface NetworkPolicyRule {
  from?: NetworkPolicyPeer[];
  ports?: { port: number | string }[];
}
/** The spec of each kind the checks read. */
interface Specs {
  Namespace: unknown;
  ConfigMap: unknown;
  Deployment: PodTemplate;
  Service: { selector: Labels; ports: { port: number }[] };
  PodDisruptionBudget: { selector: { matchLabels: Labels } };
  HorizontalPodAutoscaler: {
    scaleTargetRef: { apiVersion: string; kind: string; name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics: { type: string; resource?: { name: string } }[];
  };
  Kafka: {
    kafka: {
      config: Record<string, unknown>;
      listeners: {
        port: number;
        tls: boolean;
        authentication?: { type: string };
        networkPolicyPeers?: NetworkPolicyPeer[];
      }[];
      authorization?: { type: string; superUsers?: string[] };
    };
    zookeeper?: unknown;
  };
  NetworkPolicy: {
    podSelector: { matchLabels: Labels };
    policyTypes: string[];
    ingress: NetworkPolicyRule[];
  };
  KafkaUser: {
    authentication: { type: string };
    authorization?: {
      type: string;
      acls: { resource: { type: string; name: string; patternType: string }; operations: string[] }[];
    };
  };
  KafkaNodePool: { replicas: number; roles: string[] };
  KafkaTopic: { topicName?: string; partitions: number; replicas?: number; config?: Record<string, unknown> };
  Cluster: {
    instances: number;
    bootstrap: { initdb: { database: string } };
    postgresql?: { synchronous?: { method: string; number: number } };
  };
}
type Kind = keyof Specs;

function render(environment: Environment): Resource[] {
  let output: string;
  try {
    output = execFileSync(KUBECTL, ['kustomize', resolve(ROOT, 'k8s/overlays', environment)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `'${KUBECTL}' is not installed, so k8s/overlays/${environment} cannot be rendered: run scripts/ensure-kubectl.sh`,
      );
    }
    throw new Error(
      `kubectl kustomize k8s/overlays/${environment} failed:\n${failure.stderr ?? String(error)}`,
    );
  }
  return parseAllDocuments(output)
    .map((document) => document.toJS() as Resource | null)
    .filter((resource): resource is Resource => resource !== null);
}

const rendered = {} as Record<Environment, Resource[]>;

beforeAll(() => {
  for (const environment of ENVIRONMENTS) rendered[environment] = render(environment);
}, 60_000);

const ofKind = <K extends Kind>(environment: Environment, kind: K) =>
  rendered[environment].filter((resource) => resource.kind === kind) as Resource<Specs[K]>[];
const find = <K extends Kind>(environment: Environment, kind: K, name: string) =>
  ofKind(environment, kind).find((resource) => resource.metadata.name === name);

/** Ports by name and number, so that a probe on `port: http` can be resolved. */
const probePort = (container: Container, probe: Probe | undefined) => {
  const port = probe?.httpGet?.port;
  return typeof port === 'string'
    ? container.ports?.find((candidate) => candidate.name === port)?.containerPort
    : port;
};

const DEAD_LETTER_TOPICS = SERVICES.map((name) => `harvest.${name}.dlt`);

/** Whether a selector's labels are all on a pod. */
const selects = (selector: Labels, labels: Labels) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** A NetworkPolicy peer in words: which namespace, service, database or kind of pod it allows. */
function describePeer(peer: NetworkPolicyPeer): string {
  const namespace = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
  if (namespace) return peer.podSelector ? `pods of namespace ${namespace}` : `namespace ${namespace}`;
  const labels = peer.podSelector?.matchLabels ?? {};
  if (labels['cnpg.io/cluster']) return `database ${labels['cnpg.io/cluster']}`;
  if (labels['app.kubernetes.io/name']) return `service ${labels['app.kubernetes.io/name']}`;
  if (labels['app.kubernetes.io/component'] === 'service') return 'services';
  return `pods ${JSON.stringify(labels)}`;
}
const environmentOf = (container: Container) =>
  Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable]));
const sumOfReplicas = (environment: Environment, role: 'broker' | 'controller') =>
  ofKind(environment, 'KafkaNodePool')
    .filter((pool) => pool.spec.roles.includes(role))
    .reduce((sum, pool) => sum + pool.spec.replicas, 0);
const sharedConfig = (environment: Environment) =>
  ofKind(environment, 'ConfigMap').find((map) => map.metadata.name.startsWith('harvest-bridge'))!.data!;

describe.each(ENVIRONMENTS.map((environment) => [environment]))('k8s/overlays/%s', (environment) => {
  it('never turns on development tokens nor ships the development secret', () => {
    const manifests = JSON.stringify(rendered[environment]);
    expect(manifests).not.toContain('HB_DEV_AUTH');
    expect(manifests).not.toContain('dev-only-secret-change-me');
    expect(manifests).not.toContain(Buffer.from('dev-only-secret-change-me').toString('base64'));
  });

  it('renders into one namespace, and creates it', () => {
    const namespaced = rendered[environment].filter((resource) => resource.kind !== 'Namespace');
    const namespaces = new Set(namespaced.map((resource) => resource.metadata.namespace));
    expect(namespaces.size).toBe(1);
    expect(ofKind(environment, 'Namespace').map((resource) => resource.metadata.name)).toEqual([
      ...namespaces,
    ]);
  });

  describe.each(SERVICES.map((name) => [name]))('%s', (name) => {
    const port = SERVICE_PORTS[name];
    const deployment = () => find(environment, 'Deployment', name)!;
    const pod = () => deployment().spec.template;
    const container = () => pod().spec.containers[0];

    it('signs in to Kafka as its own KafkaUser, with the password mounted from the user’s Secret', () => {
      const env = environmentOf(container());
      expect(env.KAFKA_SASL_USERNAME.value).toBe(name);
      expect(env.KAFKA_SASL_PASSWORD).toBeUndefined();
      const passwordFile = env.KAFKA_SASL_PASSWORD_FILE.value!;
      const mount = container().volumeMounts?.find((candidate) =>
        passwordFile.startsWith(`${candidate.mountPath}/`),
      );
      const volume = pod().spec.volumes?.find((candidate) => candidate.name === mount?.name);
      expect(volume?.secret?.secretName).toBe(name);
      expect(volume?.secret?.items).toEqual([
        { key: 'password', path: passwordFile.slice(mount!.mountPath.length + 1) },
      ]);
      const caFile = sharedConfig(environment).KAFKA_SSL_CA_FILE;
      const caMount = container().volumeMounts?.find((candidate) =>
        caFile.startsWith(`${candidate.mountPath}/`),
      );
      expect(
        pod().spec.volumes?.find((candidate) => candidate.name === caMount?.name)?.secret?.secretName,
      ).toBe('harvest-cluster-ca-cert');
    });

    it('is a Deployment of the one image with SERVICE and PORT set', () => {
      expect(find(environment, 'Deployment', name)).toBeDefined();
      const env = environmentOf(container());
      expect(container().image).toMatch(/harvest-bridge(:|@|$)/);
      expect(env.SERVICE.value).toBe(name);
      expect(env.PORT.value).toBe(String(port));
      expect(container().ports).toContainEqual(expect.objectContaining({ containerPort: port }));
    });

    it('probes /health/ready for readiness and /health/live for liveness on its port', () => {
      expect(container().readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(probePort(container(), container().readinessProbe)).toBe(port);
      expect(container().livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(probePort(container(), container().livenessProbe)).toBe(port);
    });

    it('requests and limits CPU and memory, and has time to stop gracefully', () => {
      const resources = container().resources;
      for (const bound of ['requests', 'limits'] as const) {
        expect(resources?.[bound]).toEqual(
          expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
        );
      }
      expect(pod().spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
    });

    it('sizes its V8 heap inside its memory limit, with room for code, Buffers and native memory', () => {
      const limitMib = Number(/^(\d+)Mi$/.exec(container().resources?.limits?.memory ?? '')?.[1]);
      const options = environmentOf(container()).NODE_OPTIONS?.value ?? '';
      const oldSpaceMib = Number(/--max-old-space-size=(\d+)/.exec(options)?.[1]);
      const semiSpaceMib = Number(/--max-semi-space-size=(\d+)/.exec(options)?.[1]);
      // The young generation is three semi-spaces.
      expect(oldSpaceMib + 3 * semiSpaceMib).toBeLessThanOrEqual(limitMib - 96);
      expect(oldSpaceMib).toBeGreaterThanOrEqual(limitMib / 2);
    });

    it("reads DATABASE_URL from its own CloudNativePG cluster's Secret, the token settings from a Secret", () => {
      const env = environmentOf(container());
      const secret = env.DATABASE_URL.valueFrom?.secretKeyRef;
      expect(secret?.name).toMatch(/-app$/);
      expect(secret?.key).toBe('uri');
      const cluster = find(environment, 'Cluster', secret!.name.replace(/-app$/, ''));
      expect(cluster?.spec.bootstrap.initdb.database).toBe(`harvest_${name}`);
      for (const variable of ['JWKS_URL', 'JWT_SECRET', 'JWT_ISSUER', 'JWT_AUDIENCE']) {
        expect(env[variable].valueFrom?.secretKeyRef?.name).toMatch(/^harvest-auth/);
      }
      expect(env.HB_DEV_AUTH).toBeUndefined();
    });

    it('has a Service on its port selecting its pods', () => {
      const service = find(environment, 'Service', name)!;
      expect(service.spec.ports).toContainEqual(expect.objectContaining({ port }));
      expect(pod().metadata.labels).toEqual(expect.objectContaining(service.spec.selector));
    });

    it('is scraped on its own metrics port, which its Service does not expose', () => {
      expect(container().ports).toContainEqual({ name: 'metrics', containerPort: 9464 });
      expect(pod().metadata.annotations?.['prometheus.io/port']).toBe('9464');
      const service = find(environment, 'Service', name)!;
      expect(service.spec.ports.map((servicePort) => servicePort.port)).not.toContain(9464);
    });

    it('is reachable only from the ingress and the other services on its HTTP port, metrics only from monitoring', () => {
      const policies = ofKind(environment, 'NetworkPolicy').filter((policy) =>
        selects(policy.spec.podSelector.matchLabels, pod().metadata.labels),
      );
      expect(policies.length).toBeGreaterThan(0);
      const rules = policies.flatMap((policy) => policy.spec.ingress);
      for (const rule of rules) {
        const ports = (rule.ports ?? []).map((entry) => entry.port);
        expect(ports.length).toBeGreaterThan(0);
        for (const peer of rule.from ?? []) {
          const allowed = describePeer(peer);
          if (ports.includes('metrics')) expect(allowed).toBe('namespace monitoring');
          else expect(['namespace ingress-nginx', 'services']).toContain(allowed);
        }
        expect(rule.from?.length).toBeGreaterThan(0);
      }
    });

    it("lets only its own pods (and its database's instances and operator) reach its PostgreSQL", () => {
      const cluster = `harvest-${name}-db`;
      const policies = ofKind(environment, 'NetworkPolicy').filter(
        (policy) => policy.spec.podSelector.matchLabels['cnpg.io/cluster'] === cluster,
      );
      expect(policies).toHaveLength(1);
      const peers = policies[0].spec.ingress.flatMap((rule) => rule.from ?? []).map(describePeer);
      expect(new Set(peers)).toEqual(
        new Set([`service ${name}`, `database ${cluster}`, 'namespace cnpg-system']),
      );
      const ownPods = policies[0].spec.ingress.find((rule) =>
        rule.from?.some((peer) => describePeer(peer) === `service ${name}`),
      );
      expect(ownPods?.ports).toEqual([{ port: 5432 }]);
    });

    it('has a PodDisruptionBudget and a CPU HorizontalPodAutoscaler (autoscaling/v2) on the Deployment', () => {
      const budget = find(environment, 'PodDisruptionBudget', name)!;
      expect(pod().metadata.labels).toEqual(expect.objectContaining(budget.spec.selector.matchLabels));
      const autoscaler = find(environment, 'HorizontalPodAutoscaler', name)!;
      expect(autoscaler.apiVersion).toBe('autoscaling/v2');
      expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(1);
      expect(autoscaler.spec.maxReplicas).toBeGreaterThanOrEqual(autoscaler.spec.minReplicas);
      expect(autoscaler.spec.metrics).toContainEqual(
        expect.objectContaining({ type: 'Resource', resource: expect.objectContaining({ name: 'cpu' }) }),
      );
    });
  });

  it('runs no container as root and lets none escalate its privileges', () => {
    const workloads = rendered[environment].filter(
      (resource) => (resource.spec as Partial<PodTemplate> | undefined)?.template?.spec?.containers,
    ) as Resource<PodTemplate>[];
    expect(workloads.length).toBeGreaterThanOrEqual(SERVICES.length);
    for (const workload of workloads) {
      const pod = workload.spec.template.spec;
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        const context = { ...pod.securityContext, ...container.securityContext };
        const where = `${workload.kind}/${workload.metadata.name} container ${container.name}`;
        expect({
          where,
          runAsNonRoot: context.runAsNonRoot,
          escalates: context.allowPrivilegeEscalation,
        }).toEqual({
          where,
          runAsNonRoot: true,
          escalates: false,
        });
        expect(context.runAsUser).not.toBe(0);
      }
    }
  });

  it('declares every contract topic and every dead-letter topic as a KafkaTopic with its partitions', () => {
    const kafka = ofKind(environment, 'Kafka');
    expect(kafka).toHaveLength(1);
    const topics = ofKind(environment, 'KafkaTopic');
    const partitions = Object.fromEntries(
      topics.map((topic) => [topic.spec.topicName ?? topic.metadata.name, topic.spec.partitions]),
    );
    expect(partitions).toEqual({
      ...Object.fromEntries(ALL_TOPICS.map((topic) => [topic.name, topic.partitions])),
      ...Object.fromEntries(DEAD_LETTER_TOPICS.map((name) => [name, 1])),
    });
    for (const topic of topics)
      expect(topic.metadata.labels?.['strimzi.io/cluster']).toBe(kafka[0].metadata.name);
  });

  it('lets only the services and the telemetry gateway reach Kafka', () => {
    const [kafka] = ofKind(environment, 'Kafka');
    for (const listener of kafka.spec.kafka.listeners) {
      expect(listener.networkPolicyPeers?.map(describePeer).sort()).toEqual([
        'service telemetry-gateway',
        'services',
      ]);
    }
  });

  it('gives every PostgreSQL instance the label its NetworkPolicy selects it by', () => {
    for (const cluster of ofKind(environment, 'Cluster')) {
      const spec = cluster.spec as unknown as { inheritedMetadata?: { labels?: Labels } };
      const policy = ofKind(environment, 'NetworkPolicy').find(
        (candidate) => candidate.spec.podSelector.matchLabels['cnpg.io/cluster'] === cluster.metadata.name,
      )!;
      const podLabels = { ...spec.inheritedMetadata?.labels, 'cnpg.io/cluster': cluster.metadata.name };
      expect(selects(policy.spec.podSelector.matchLabels, podLabels)).toBe(true);
    }
  });

  it('lets clients in only over TLS with SCRAM-SHA-512, and authorizes them with ACLs', () => {
    const [kafka] = ofKind(environment, 'Kafka');
    expect(kafka.spec.kafka.listeners.length).toBeGreaterThan(0);
    for (const listener of kafka.spec.kafka.listeners) {
      expect(listener.tls).toBe(true);
      expect(listener.authentication?.type).toBe('scram-sha-512');
    }
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple', superUsers: [KAFKA_ADMIN] });
    const config = sharedConfig(environment);
    expect(config).toMatchObject({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SSL: 'true' });
  });

  it('declares a KafkaUser per service, the gateway and the admin, with the ACLs of the contracts', () => {
    const users = ofKind(environment, 'KafkaUser');
    expect(users.map((user) => user.metadata.name).sort()).toEqual([...KAFKA_USERS].sort());
    const acls = kafkaAcls();
    for (const user of users) {
      expect(user.spec.authentication.type).toBe('scram-sha-512');
      if (user.metadata.name === KAFKA_ADMIN) continue;
      expect(user.spec.authorization?.type).toBe('simple');
      expect(user.spec.authorization?.acls).toEqual(
        acls
          .filter((acl) => acl.principal === user.metadata.name)
          .map((acl) => ({
            resource: {
              type: acl.resourceType,
              name: acl.name,
              patternType: STRIMZI_PATTERN[acl.patternType],
            },
            operations: acl.operations,
          })),
      );
    }
  });

  it('runs Kafka in KRaft mode from node pools, with automatic topic creation off', () => {
    const [kafka] = ofKind(environment, 'Kafka');
    expect(kafka.spec.kafka.config['auto.create.topics.enable']).toBe(false);
    expect(kafka.spec.zookeeper).toBeUndefined();
    expect(sumOfReplicas(environment, 'controller')).toBeGreaterThanOrEqual(1);
    expect(sumOfReplicas(environment, 'broker')).toBeGreaterThanOrEqual(1);
    for (const pool of ofKind(environment, 'KafkaNodePool')) {
      expect(pool.metadata.labels?.['strimzi.io/cluster']).toBe(kafka.metadata.name);
    }
  });

  it('points the services at the Kafka bootstrap service, listening on all interfaces', () => {
    const [kafka] = ofKind(environment, 'Kafka');
    const config = sharedConfig(environment);
    expect(config.KAFKA_BROKERS).toBe(
      `${kafka.metadata.name}-kafka-bootstrap:${kafka.spec.kafka.listeners[0].port}`,
    );
    expect(config.HOST).toBe('0.0.0.0');
  });

  it('has a CloudNativePG Cluster per service database', () => {
    const databases = ofKind(environment, 'Cluster')
      .filter((cluster) => cluster.apiVersion.startsWith('postgresql.cnpg.io/'))
      .map((cluster) => cluster.spec.bootstrap.initdb.database);
    expect(databases.sort()).toEqual([...SERVICES, 'console'].map((name) => `harvest_${name}`).sort());
  });

  it("gives the console's replicas their shared sessions database and the key sealing the tokens from Secrets", () => {
    const console = find(environment, 'Deployment', 'console')!;
    expect(console.spec.replicas).toBeGreaterThanOrEqual(2);
    const env = environmentOf(console.spec.template.spec.containers[0]);
    expect(env.DATABASE_URL.valueFrom?.secretKeyRef).toEqual({ name: 'harvest-console-db-app', key: 'uri' });
    expect(find(environment, 'Cluster', 'harvest-console-db')?.spec.bootstrap.initdb.database).toBe(
      'harvest_console',
    );
    expect(env.CONSOLE_SESSION_STORE.value).toBe('postgres');
    expect(env.CONSOLE_SESSION_KEY.valueFrom?.secretKeyRef).toEqual({
      name: 'harvest-console-sessions',
      key: 'sessionKey',
    });
  });
});

describe('k8s/base/kafka-users.yaml', () => {
  it('is what scripts/k8s-kafka-users.ts generates from the contracts', () => {
    expect(
      parseAllDocuments(readFileSync(KAFKA_USERS_FILE, 'utf8')).map((document) => document.toJS()),
    ).toEqual(parseAllDocuments(renderKafkaUsers()).map((document) => document.toJS()));
  });
});

describe('k8s/base/<service>.yaml', () => {
  it.each(SERVICES)('%s.yaml is what scripts/k8s-services.ts generates from its one template', (service) => {
    expect(readFileSync(serviceManifestFile(service), 'utf8')).toBe(renderServiceManifest(service));
  });
});

describe('k8s/overlays/dev', () => {
  it('runs one Kafka node, every topic with one replica, one PostgreSQL instance per database', () => {
    expect(sumOfReplicas('dev', 'broker')).toBe(1);
    const [kafka] = ofKind('dev', 'Kafka');
    expect(kafka.spec.kafka.config['default.replication.factor']).toBe(1);
    expect(kafka.spec.kafka.config['min.insync.replicas']).toBe(1);
    for (const topic of ofKind('dev', 'KafkaTopic')) {
      expect({ topic: topic.metadata.name, replicas: topic.spec.replicas }).toEqual({
        topic: topic.metadata.name,
        replicas: 1,
      });
    }
    for (const cluster of ofKind('dev', 'Cluster')) {
      expect(cluster.spec.instances).toBe(1);
      expect(cluster.spec.postgresql?.synchronous).toBeUndefined();
    }
  });

  it('runs the services in development mode', () => {
    expect(sharedConfig('dev').NODE_ENV).toBe('development');
  });
});

describe('k8s/overlays/prod', () => {
  it('runs three brokers and three KRaft controllers', () => {
    expect(sumOfReplicas('prod', 'broker')).toBe(3);
    expect(sumOfReplicas('prod', 'controller')).toBe(3);
  });

  it('replicates every partition three times and needs two in sync for a write, topics and broker defaults', () => {
    const [kafka] = ofKind('prod', 'Kafka');
    const config = kafka.spec.kafka.config;
    expect(config['default.replication.factor']).toBe(3);
    expect(config['min.insync.replicas']).toBe(2);
    expect(config['offsets.topic.replication.factor']).toBe(3);
    for (const topic of ofKind('prod', 'KafkaTopic')) {
      expect({
        topic: topic.metadata.name,
        replicas: topic.spec.replicas,
        minInSync: Number(topic.spec.config?.['min.insync.replicas']),
      }).toEqual({ topic: topic.metadata.name, replicas: 3, minInSync: 2 });
    }
  });

  it('runs three PostgreSQL instances per database, with synchronous replication', () => {
    for (const cluster of ofKind('prod', 'Cluster')) {
      expect(cluster.spec.instances).toBe(3);
      expect(cluster.spec.postgresql?.synchronous?.number).toBeGreaterThanOrEqual(1);
    }
  });

  it('runs the services in production mode, with at least two replicas each', () => {
    expect(sharedConfig('prod').NODE_ENV).toBe('production');
    for (const autoscaler of ofKind('prod', 'HorizontalPodAutoscaler')) {
      expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
  });
});
