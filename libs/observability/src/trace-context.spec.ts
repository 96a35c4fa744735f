import { childTraceparent, currentTraceContext, newTraceContext, runWithTraceContext } from './trace-context';

describe('trace context', () => {
  it('continues the trace of a valid parent with a new span', () => {
    const parent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const child = childTraceparent(parent);
    expect(child.slice(3, 35)).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(child.slice(36, 52)).not.toBe('b7ad6b7169203331');
  });

  it('starts a new trace and correlation id when the caller sent none or garbage', () => {
    const context = newTraceContext({ correlationId: 'bad id with spaces', traceparent: 'garbage' });
    expect(context.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('is visible to everything awaited inside the scope, and only there', async () => {
    const context = newTraceContext({ correlationId: 'order-42' });
    await runWithTraceContext(context, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentTraceContext()?.correlationId).toBe('order-42');
    });
    expect(currentTraceContext()).toBeUndefined();
  });
});
