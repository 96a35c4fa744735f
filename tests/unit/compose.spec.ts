import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { KAFKA_USERS, SERVICE_PORTS, SERVICES } from '@hb/contracts';
import { COMPOSE_PLAN_FILE, renderComposePlan } from '../../scripts/kafka-provision';
import { SERVICE_MEMORY_LIMIT_MIB, SERVICE_NODE_OPTIONS } from '../../scripts/k8s-services';

/**
 * docker-compose.yml and the Dockerfile, read as files (no Docker here): every service is wired the
 * way the code expects, with the variables the code reads, its own database and a healthy Kafka
 * and PostgreSQL before it starts.
 */

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface HealthCheck {
  test: string | string[];
}
interface ComposeService {
  image?: string;
  mem_limit?: string;
  build?: unknown;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | { target: number; published: number | string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: HealthCheck;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

/**
 * Variables that only the container uses: SERVICE picks the bundle in the image's CMD, NODE_OPTIONS
 * is read by node itself.
 */
const CONTAINER_ONLY = new Set(['SERVICE', 'HOST', 'NODE_OPTIONS']);

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(env).map(([name, value]) => [name, value === null ? '' : String(value)]);
  return Object.fromEntries(entries) as Record<string, string>;
}

/** `[ip:]host:container[/proto]` or the long form → [host, container]. */
function portMappings(service: ComposeService): [number, number][] {
  return (service.ports ?? []).map((port) => {
    if (typeof port !== 'string') return [Number(port.published), port.target];
    const parts = port.split('/')[0].split(':');
    return [Number(parts[parts.length - 2]), Number(parts[parts.length - 1])];
  });
}

function dependsOn(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, spec]) => [name, spec.condition]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `env.NAME` / `process.env.NAME` in the services' and libraries' sources. */
function variablesTheCodeReads(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g))
      names.add(match[1]);
  }
  return names;
}

const databaseName = (url: string) => new URL(url).pathname.replace(/^\//, '');

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
  const services = compose.services;
  const codeReads = variablesTheCodeReads();
  const createdDatabases = [
    ...read('infra/postgres/create-databases.sql').matchAll(/CREATE DATABASE\s+"?(\w+)"?/gi),
  ].map((match) => match[1]);

  it('finds the variables the code reads (sanity check of the scan)', () => {
    for (const name of [
      'DATABASE_URL',
      'KAFKA_BROKERS',
      'JWT_SECRET',
      'PORT',
      'HOST',
      'LOG_LEVEL',
      'NODE_ENV',
    ]) {
      expect(codeReads).toContain(name);
    }
  });

  describe.each(SERVICES.map((name) => [name]))('%s', (name) => {
    const service = services[name];
    const env = service ? environment(service) : {};

    it('is a compose service built from the Dockerfile, with SERVICE, PORT and HOST set', () => {
      expect(service).toBeDefined();
      expect(service.build).toBeDefined();
      expect(env.SERVICE).toBe(name);
      expect(env.PORT).toBe(String(SERVICE_PORTS[name]));
      expect(env.HOST).toBe('0.0.0.0');
    });

    it('publishes its port as the same port on the host', () => {
      expect(portMappings(service)).toContainEqual([SERVICE_PORTS[name], SERVICE_PORTS[name]]);
    });

    it('never turns on development tokens itself (only HB_DEV_AUTH from the shell)', () => {
      expect(env.HB_DEV_AUTH).toBe('${HB_DEV_AUTH:-0}');
      expect(env.JWT_SECRET).not.toContain('dev-only-secret-change-me');
    });

    it('sets only variables the code reads (or SERVICE / HOST for the container)', () => {
      const unknown = Object.keys(env).filter(
        (variable) => !codeReads.has(variable) && !CONTAINER_ONLY.has(variable),
      );
      expect(unknown).toEqual([]);
    });

    it(`uses its own database harvest_${name}, which create-databases.sql creates`, () => {
      const url = new URL(env.DATABASE_URL);
      expect(url.hostname).toBe('postgres');
      expect(databaseName(env.DATABASE_URL)).toBe(`harvest_${name}`);
      expect(createdDatabases).toContain(`harvest_${name}`);
    });

    it('reaches Kafka at an address the broker advertises on the compose network', () => {
      const advertised = environment(services.kafka)
        .KAFKA_ADVERTISED_LISTENERS.split(',')
        .map((listener) => listener.replace(/^\w+:\/\//, ''));
      const brokers = env.KAFKA_BROKERS.split(',');
      expect(brokers.length).toBeGreaterThan(0);
      for (const broker of brokers) expect(advertised).toContain(broker);
    });

    it('signs in to Kafka as its own user, with the password from the environment', () => {
      expect(env.KAFKA_SASL_MECHANISM).toBe('scram-sha-512');
      expect(env.KAFKA_SASL_USERNAME).toBe(name);
      expect(env.KAFKA_SASL_PASSWORD).toMatch(new RegExp(`^\\$\\{KAFKA_PASSWORD_${name.toUpperCase()}:\\?`));
    });

    it('runs within the memory limit k8s gives it, with the V8 heap sized for that limit', () => {
      expect(service.mem_limit).toBe(`${SERVICE_MEMORY_LIMIT_MIB}m`);
      expect(env.NODE_OPTIONS).toBe(SERVICE_NODE_OPTIONS);
    });

    it('starts only once Kafka and PostgreSQL are healthy, and has a readiness health check', () => {
      expect(dependsOn(service)).toEqual(
        expect.objectContaining({ kafka: 'service_healthy', postgres: 'service_healthy' }),
      );
      expect(JSON.stringify(service.healthcheck?.test)).toContain('/health/ready');
    });
  });

  it('publishes every port on the loopback interface only, never to the network', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const port of service.ports ?? []) {
        const host = typeof port === 'string' ? port.split(':')[0] : (port as { host_ip?: string }).host_ip;
        expect(`${name} ${host}`).toBe(`${name} 127.0.0.1`);
      }
    }
  });

  it('has no two services on the same database', () => {
    const databases = SERVICES.map((name) => databaseName(environment(services[name]).DATABASE_URL));
    expect(new Set(databases).size).toBe(SERVICES.length);
  });

  it("keeps the console's sign-in sessions in its own database, sealed with a key the shell must give", () => {
    const console = services.console;
    const env = environment(console);
    expect(new URL(env.DATABASE_URL).hostname).toBe('postgres');
    expect(databaseName(env.DATABASE_URL)).toBe('harvest_console');
    expect(createdDatabases).toContain('harvest_console');
    expect(env.CONSOLE_SESSION_STORE ?? 'postgres').toBe('postgres');
    expect(env.CONSOLE_SESSION_KEY).toMatch(/^\$\{CONSOLE_SESSION_KEY:\?/);
    expect(dependsOn(console).postgres).toBe('service_healthy');
  });

  it('points the console at every service by its name on the compose network', () => {
    const env = environment(services.console);
    for (const name of SERVICES) {
      expect(`${name}: ${env[`${name.toUpperCase()}_URL`]}`).toBe(
        `${name}: http://${name}:${SERVICE_PORTS[name]}`,
      );
    }
  });

  it('runs Kafka from the official image in KRaft mode with automatic topic creation off', () => {
    const kafka = services.kafka;
    const env = environment(kafka);
    expect(kafka.image).toMatch(/^apache\/kafka:/);
    expect(env.KAFKA_PROCESS_ROLES.split(',').sort()).toEqual(['broker', 'controller']);
    expect(env.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(kafka.healthcheck).toBeDefined();
  });

  it('runs Kafka with SASL/SCRAM on every listener and the ACLs of the contracts, no one allowed by default', () => {
    const env = environment(services.kafka);
    const protocols = env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP.split(',').map((entry) => entry.split(':')[1]);
    expect(new Set(protocols)).toEqual(new Set(['SASL_PLAINTEXT']));
    expect(env).toMatchObject({
      KAFKA_SASL_ENABLED_MECHANISMS: 'SCRAM-SHA-512',
      KAFKA_AUTHORIZER_CLASS_NAME: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: 'false',
      KAFKA_SUPER_USERS: 'User:admin',
    });
    for (const user of KAFKA_USERS) {
      const variable = `KAFKA_PASSWORD_${user.toUpperCase().replace(/-/g, '_')}`;
      expect(env[variable]).toMatch(new RegExp(`^\\$\\{${variable}:\\?`));
    }
    expect(JSON.stringify(services.kafka)).toContain('./infra/kafka/compose-provision.txt:');
    expect(read('infra/kafka/compose-provision.txt')).toBe(renderComposePlan());
    expect(COMPOSE_PLAN_FILE).toBe(join(ROOT, 'infra/kafka/compose-provision.txt'));
  });

  it('runs PostgreSQL with create-databases.sql as its init script and a health check', () => {
    const postgres = services.postgres;
    expect(postgres.image).toMatch(/^postgres:/);
    expect(JSON.stringify(postgres)).toContain(
      './infra/postgres/create-databases.sql:/docker-entrypoint-initdb.d/',
    );
    expect(postgres.healthcheck).toBeDefined();
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /^[A-Z]+\s/.test(line));
  const last = (keyword: string) => instructions.filter((line) => line.startsWith(`${keyword} `)).pop();

  it('never turns on development tokens', () => {
    expect(dockerfile).not.toMatch(/HB_DEV_AUTH/);
    expect(dockerfile).not.toContain('dev-only-secret-change-me');
  });

  it('runs as a non-root user, given by number', () => {
    expect(last('USER')).toMatch(/^USER [1-9]\d*(:[1-9]\d*)?$/);
  });

  it('exposes every service port and checks readiness', () => {
    const exposed = last('EXPOSE')!.split(/\s+/).slice(1).map(Number);
    expect(exposed).toEqual(expect.arrayContaining(Object.values(SERVICE_PORTS)));
    expect(last('HEALTHCHECK')).toContain('/health/ready');
  });

  it('lets only the services the image holds be selected, and execs node so it gets SIGTERM', () => {
    const cmd = last('CMD')!;
    for (const name of SERVICES) expect(cmd).toContain(name);
    expect(cmd).toMatch(/exec node /);
  });
});
