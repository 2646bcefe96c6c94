import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { anonymousChildLogger } from './anonymous-route.js';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk)) as Record<string, unknown>); done(); } });
  return { logger: pino({ level }, stream), lines };
}

const request = { id: 'req-1', method: 'POST', url: '/api/public/integrity/reports/open', ip: '203.0.113.7', headers: { 'user-agent': 'Agent/1' }, routeOptions: { url: '/api/public/integrity/reports/open' } };

describe('the logger of a reporter request', () => {
  it('writes no per-request lines and keeps only the method and route when something fails', () => {
    const { logger, lines } = capture('info');
    // Fastify hands the factory the request id binding separately; the factory leaves it out.
    const own = anonymousChildLogger(logger);
    own.info({ req: request }, 'incoming request');
    own.error({ req: request, res: { statusCode: 500, headers: { a: 1 } } }, 'request errored');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: 'integrity-line', req: { method: 'POST', route: '/api/public/integrity/reports/open' }, res: { statusCode: 500 } });
    const text = JSON.stringify(lines[0]);
    for (const secret of ['req-1', '203.0.113.7', 'Agent/1', 'reqId']) expect(text).not.toContain(secret);
    expect(own.level).toBe('warn');
  });

  it('never logs more than the app is set to', () => {
    const { logger, lines } = capture('error');
    const own = anonymousChildLogger(logger);
    own.warn('quiet');
    expect(lines).toEqual([]);
    expect(own.level).toBe('error');
  });
});
