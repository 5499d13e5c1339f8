import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { VERSIONED_OPERATIONS } from '../http/openapi.ts';
import { credentials, type Caller, type FuzzRequest } from './api-fuzz-requests.ts';
import { checksumQuery, databaseChecksum } from './db-checksum.ts';

/** Refused requests checked together; a batch whose checksum moved is replayed one by one. */
const BATCH = 40;

const declared = (statuses: string[], status: number) =>
  statuses.includes(String(status)) || statuses.includes(`${String(status)[0]}XX`);

function describe(request: FuzzRequest, status: number | string): string {
  const csrf = request.csrf && request.csrf !== 'right' ? ` (CSRF ${request.csrf})` : '';
  const ifMatch = JSON.stringify(request.headers['if-match'] ?? '');
  return `${request.caller}${csrf} ${request.method} ${request.url.slice(0, 160)} ${ifMatch} ${request.payload?.slice(0, 160) ?? ''} → ${status}`;
}

export interface FuzzRunOptions {
  app: FastifyInstance;
  pool: pg.Pool;
  /** Updated in place when a session is reopened. */
  callers: Caller[];
  reopen: (caller: Caller) => Promise<Caller>;
}

/**
 * Sends fuzzed requests one after the other and checks each answer: no 5xx,
 * a declared status, an ETag only where the document says, and no change to
 * the data when the request is refused. Requests refused whatever their data
 * are checked by batch; any other unsafe request is checked on its own,
 * since it may succeed and move the data legitimately.
 */
export class FuzzRun {
  readonly byStatus = new Map<number, number>();
  readonly failures: string[] = [];
  sent = 0;
  checksums = 0;
  checksumMs = 0;
  private base = '';
  private pending: FuzzRequest[] = [];

  private readonly app: FastifyInstance;
  private readonly pool: pg.Pool;
  private readonly query: string;
  private readonly callers: Caller[];
  /** Opens a new session for a caller whose session a request closed (a logout). */
  private readonly reopen: (caller: Caller) => Promise<Caller>;

  private constructor(options: FuzzRunOptions, query: string) {
    this.app = options.app;
    this.pool = options.pool;
    this.callers = options.callers;
    this.reopen = options.reopen;
    this.query = query;
  }

  static async start(options: FuzzRunOptions): Promise<FuzzRun> {
    const run = new FuzzRun(options, await checksumQuery(options.pool));
    run.base = await run.checksum();
    return run;
  }

  async run(request: FuzzRequest): Promise<void> {
    const unsafe = request.method !== 'GET';
    const alone = unsafe && !request.certainRefusal;
    if (alone) await this.settle();
    let answer: { status: number; etag: boolean };
    try {
      answer = await this.send(request);
    } catch (error) {
      this.failures.push(`inject threw ${String(error)}: ${describe(request, 'none')}`);
      return;
    }
    const { status } = answer;
    this.record(request, answer);
    const refused = status >= 400;
    if (alone) {
      const after = await this.checksum();
      if (refused && after !== this.base)
        this.failures.push(`refused request changed the database: ${describe(request, status)}`);
      this.base = after;
    } else if (unsafe && !refused) {
      this.failures.push(`expected a refusal: ${describe(request, status)}`);
      this.pending = [];
      this.base = await this.checksum();
    } else {
      this.pending.push(request);
      if (this.pending.length >= BATCH) await this.settle();
    }
    if (status === 401) await this.reopenIfClosed(request.caller);
  }

  /** Checks the requests since the last checksum; when the data moved, finds which one moved it. */
  async settle(): Promise<void> {
    if (this.pending.length === 0) return;
    if ((await this.checksum()) !== this.base) {
      for (const request of this.pending) {
        const before = await this.checksum();
        const { status } = await this.send(request);
        if ((await this.checksum()) !== before)
          this.failures.push(`refused request changed the database: ${describe(request, status)}`);
      }
      this.base = await this.checksum();
    }
    this.pending = [];
  }

  private record(request: FuzzRequest, { status, etag }: { status: number; etag: boolean }): void {
    this.sent += 1;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    if (status >= 500) this.failures.push(`5xx: ${describe(request, status)}`);
    if (!declared(request.operation.statuses, status))
      this.failures.push(`undeclared status: ${describe(request, status)}`);
    if (etag && status < 300 && !VERSIONED_OPERATIONS[request.operation.key]?.etag)
      this.failures.push(`undeclared ETag: ${describe(request, status)}`);
  }

  private async send(request: FuzzRequest): Promise<{ status: number; etag: boolean }> {
    const caller = this.callers.find((c) => c.name === request.caller)!;
    const headers = { ...request.headers, ...credentials(caller, request.csrf) };
    const response = await this.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers,
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    return { status: response.statusCode, etag: response.headers.etag !== undefined };
  }

  private async checksum(): Promise<string> {
    this.checksums += 1;
    const started = performance.now();
    const value = await databaseChecksum(this.pool, this.query);
    this.checksumMs += performance.now() - started;
    return value;
  }

  private async reopenIfClosed(name: string): Promise<void> {
    const index = this.callers.findIndex((c) => c.name === name);
    const caller = this.callers[index]!;
    if (caller.kind !== 'session') return;
    if ((await this.app.inject({ url: '/api/auth/session', headers: { cookie: caller.cookie } })).statusCode !== 401)
      return;
    await this.settle();
    this.callers[index] = await this.reopen(caller);
    this.base = await this.checksum();
  }
}
