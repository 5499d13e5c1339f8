import fc from 'fast-check';
import { brokenBody, fuzzValue, knownValue, type JsonSchema, type Known } from './json-schema-arbitrary.ts';

/** One operation of the OpenAPI document, as the fuzzer reads it. */
export interface FuzzOperation {
  key: string;
  method: string;
  path: string;
  isPublic: boolean;
  parameters: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  body: JsonSchema | undefined;
  ifMatch: 'required' | 'optional' | undefined;
  statuses: string[];
}

/** Who sends: a signed-in browser (cookie and CSRF token), an integration (Bearer), or nobody. */
export type Caller =
  | { name: string; kind: 'session'; cookie: string; csrfToken: string }
  | { name: string; kind: 'bearer'; token: string }
  | { name: 'anonymous'; kind: 'anonymous' };

export interface FuzzRequest {
  operation: FuzzOperation;
  caller: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Which X-CSRF-Token a session sends; the credentials themselves are the caller's at sending time. */
  csrf: CsrfKind | undefined;
  payload: string | undefined;
  /** Refused whatever the data: no credentials, a bad CSRF token, a body of the wrong shape, no If-Match. */
  certainRefusal: boolean;
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);
type CsrfKind = 'right' | 'missing' | 'wrong' | 'same-length-latin1';

/** The credential headers of a caller, sent as they are when the request leaves. */
export function credentials(caller: Caller, csrf: CsrfKind | undefined): Record<string, string> {
  if (caller.kind === 'bearer') return { authorization: `Bearer ${caller.token}` };
  if (caller.kind === 'anonymous') return {};
  const token = caller.csrfToken;
  const sent: Partial<Record<CsrfKind, string>> = {
    right: token,
    wrong: `${token.slice(1)}x`,
    // Same length in characters, not in bytes: what timingSafeEqual must not be handed.
    'same-length-latin1': `${token.slice(1)}é`,
  };
  const value = csrf === undefined ? undefined : sent[csrf];
  return { cookie: caller.cookie, ...(value === undefined ? {} : { 'x-csrf-token': value }) };
}

/** Header values: only bytes HTTP allows (latin-1 without controls), so each one reaches the server. */
const ODD_HEADERS = [
  '',
  ' ',
  '*',
  '"0"',
  '"-1"',
  '"2147483648"',
  '"99999999999999999999"',
  '"1e3"',
  'W/"1"',
  '"1", "2"',
  '1',
  'é',
  '"ÿ"',
  'x'.repeat(2000),
];
const RAW_BODIES = [
  '{',
  '{"a":',
  'null',
  '"',
  '[]',
  '\u0000',
  'x'.repeat(5000),
  '{"__proto__":{"admin":true}}',
  '{"a":1,"a":2}',
];
/** Path values sent without encoding: malformed escapes and encoded separators. */
const RAW_PATH = ['%', '%zz', '%C0%AF', '%00', '..', '%2e%2e', '%2F', '%E2%80%AE', 'a%00b'];

/** Percent-encodes any string; a lone surrogate (which encodeURIComponent refuses) goes as its UTF-8 replacement bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')]
      .map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`)
      .join('');
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

function parameterValue(schema: JsonSchema, known: readonly unknown[]): fc.Arbitrary<string> {
  const drawn = fuzzValue(schema).map((v) => encode(text(v)));
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: drawn },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH) },
  ];
  if (known.length) options.push({ weight: 4, arbitrary: knownValue(known).map((v) => encode(text(v))) });
  return fc.oneof(...options);
}

type BodyDraw = { payload: string | undefined; contentType: string | undefined; broken: boolean };

function bodyArbitrary(schema: JsonSchema | undefined, known: Known): fc.Arbitrary<BodyDraw> {
  const json =
    (broken: boolean) =>
    (value: unknown): BodyDraw => ({ payload: JSON.stringify(value), contentType: 'application/json', broken });
  if (!schema)
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant<BodyDraw>({ payload: undefined, contentType: undefined, broken: false }) },
      { weight: 1, arbitrary: fuzzValue({}).map(json(false)) },
    );
  const broken = brokenBody(schema);
  return fc.oneof(
    { weight: 8, arbitrary: fuzzValue(schema, known).map(json(false)) },
    ...(broken ? [{ weight: 2, arbitrary: broken.map(json(true)) }] : []),
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_BODIES).map((payload): BodyDraw => ({
        payload,
        contentType: 'application/json',
        broken: !['[]', 'null', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}'].includes(payload),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1')
        .map((contentType): BodyDraw => ({
          payload: 'a=1',
          contentType,
          broken: !contentType.startsWith('application/json'),
        })),
    },
  );
}

/** Requests for one operation and one caller; `known` maps parameter names to values that exist. */
export function requestArbitrary(operation: FuzzOperation, caller: Caller, known: Known): fc.Arbitrary<FuzzRequest> {
  const inPath = operation.parameters.filter((p) => p.in === 'path');
  const inQuery = operation.parameters.filter((p) => p.in === 'query');
  const path = fc.record(
    Object.fromEntries(inPath.map((p) => [p.name, parameterValue(p.schema ?? {}, known[p.name] ?? [])])),
  );
  const query = fc.record(
    Object.fromEntries(inQuery.map((p) => [p.name, parameterValue(p.schema ?? {}, known[p.name] ?? [])])),
    {
      requiredKeys: inQuery.filter((p) => p.required).map((p) => p.name),
    },
  );
  const ifMatch = fc.option(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('"1"', '"2"', '"3"') },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_HEADERS) },
    ),
    { freq: 4 },
  );
  const csrf = fc.constantFrom<CsrfKind>('right', 'right', 'right', 'right', 'missing', 'wrong', 'same-length-latin1');
  return fc
    .record({ path, query, ifMatch, csrf, body: bodyArbitrary(operation.body, known) })
    .map(({ path: p, query: q, ifMatch: version, csrf: csrfKind, body }) => {
      const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => p[name] ?? '');
      const search = Object.entries(q)
        .map(([name, value]) => `${encodeURIComponent(name)}=${value}`)
        .join('&');
      const headers: Record<string, string> = {};
      const unsafe = UNSAFE.has(operation.method);
      if (version !== null) headers['if-match'] = version;
      if (body.contentType) headers['content-type'] = body.contentType;
      const badCsrf = caller.kind === 'session' && unsafe && csrfKind !== 'right';
      const certainRefusal =
        (!operation.isPublic &&
          (caller.kind === 'anonymous' || badCsrf || (operation.ifMatch === 'required' && version === null))) ||
        (body.broken && operation.body !== undefined);
      const csrf = caller.kind === 'session' && unsafe ? csrfKind : undefined;
      return {
        operation,
        caller: caller.name,
        method: operation.method.toUpperCase(),
        url: search ? `${url}?${search}` : url,
        headers,
        csrf,
        payload: body.payload,
        certainRefusal,
      };
    });
}
