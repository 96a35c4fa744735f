/** Stops what the global set-up started with testcontainers; a local broker is left running for the next run. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __hbContainers?: { stop(): Promise<unknown> }[] }).__hbContainers ?? [];
  await Promise.all(started.map((container) => container.stop()));
}
