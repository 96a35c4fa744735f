import { ServiceMetrics } from './metrics';

describe('ServiceMetrics', () => {
  it('exposes the memory the soak reads: heap in use and committed, external memory, ArrayBuffers', async () => {
    const metrics = new ServiceMetrics('certification');
    const held = Buffer.alloc(8 * 1024 * 1024, 1);
    const text = await metrics.registry.metrics();
    const value = (name: string) =>
      Number(new RegExp(`^${name}\\{service="certification"\\} (\\d+)`, 'm').exec(text)?.[1]);
    for (const name of [
      'nodejs_heap_size_used_bytes',
      'nodejs_heap_size_total_bytes',
      'nodejs_external_memory_bytes',
    ]) {
      expect(value(name)).toBeGreaterThan(0);
    }
    // The 8 MiB Buffer still held is counted among the ArrayBuffers, and they are part of external memory.
    expect(value('hb_nodejs_array_buffers_bytes')).toBeGreaterThanOrEqual(held.length);
    expect(value('nodejs_external_memory_bytes')).toBeGreaterThanOrEqual(
      value('hb_nodejs_array_buffers_bytes'),
    );
  });
});
