import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document, for
 * the API fuzzer. No maintained library converts JSON Schema to fast-check
 * (json-schema-faker samples valid data only, with its own random source, so
 * runs could not be replayed from a seed); this covers the keywords Zod emits.
 * `validValue` keeps to the schema; `hostileValue` aims at its edges and past
 * them; `fuzzValue` is mostly valid with a hostile value at any depth.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

const INT32 = 2 ** 31;

/** Strings that broke servers before: NUL, lone surrogates, direction marks, odd widths, injections. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u202Eabc',
  '\u0301',
  'é',
  'É',
  'ß',
  '𝕁𝕒𝕝𝕠𝕟',
  '👩🏽‍⚕️',
  '\r\n',
  '%00',
  '%',
  '../../etc/passwd',
  "' OR '1'='1",
  '"; DROP TABLE app_user; --',
  '\\',
  '$(id)',
  '<script>alert(1)</script>',
  'null',
  'NaN',
  '-0',
  '1e400',
  '99999999999999999999',
  '2147483648',
  '-2147483649',
];

/** Numbers at the edges of int32, of safe integers and of doubles. */
export const ODD_NUMBERS: readonly number[] = [
  0,
  -1,
  0.5,
  -0.5,
  INT32 - 1,
  INT32,
  -INT32 - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

const ANY_JSON = fc.jsonValue({ maxDepth: 2 });

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function branches(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf ?? (schema.allOf?.length === 1 ? schema.allOf : undefined);
}

function uuid(): fc.Arbitrary<string> {
  return fc.uuid({ version: [1, 2, 3, 4, 5, 7] });
}

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
  const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
  if (schema.format === 'uuid') return uuid();
  // fc.emailAddress() draws RFC 5322 addresses that Zod's stricter pattern refuses.
  if (schema.format === 'email')
    return fc.stringMatching(/^[a-z0-9]{1,12}\.?[a-z0-9]{1,8}@[a-z]{2,10}\.(fr|com|org)$/).filter(fits);
  if (schema.format === 'date-time')
    return fc
      .date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter(fits);
  // Graphemes count as one each but may take several UTF-16 units, which is what the limits count.
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }).filter(fits),
  );
}

function validNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low =
    schema.exclusiveMinimum === undefined ? schema.minimum : schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON);
  const high =
    schema.exclusiveMaximum === undefined ? schema.maximum : schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON);
  if (!integer) return fc.double({ min: low ?? -1e6, max: high ?? 1e6, noNaN: true, noDefaultInfinity: true });
  // fc.integer stays within int32: wider bounds come in as edge constants.
  const min = Math.max(low ?? -INT32, -INT32);
  const max = Math.min(high ?? INT32 - 1, INT32 - 1);
  const edges = [low, high].filter((n): n is number => n !== undefined);
  return edges.length
    ? fc.oneof({ weight: 5, arbitrary: fc.integer({ min, max }) }, fc.constantFrom(...edges))
    : fc.integer({ min, max });
}

/** Values the schema accepts. */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  return build(schema, validValue);
}

/** Values that exist (ids, codes), by property or parameter name, so requests get past the 404s. */
export type Known = Readonly<Record<string, readonly unknown[]>>;

/** Known values, and now and then one slightly off: uppercased, with a NUL, padded. */
export function knownValue(values: readonly unknown[]): fc.Arbitrary<unknown> {
  const off = fc
    .constantFrom(...values)
    .chain((v) =>
      typeof v === 'string'
        ? fc.constantFrom(v.toUpperCase(), `${v}\u0000`, ` ${v}`)
        : fc.constantFrom(v, String(v), -Number(v)),
    );
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: off });
}

/**
 * Valid values with hostile ones at any depth: each part is hostile one time
 * in fifteen, so a body of a dozen fields comes out valid about half the time.
 * A property named in `known` takes one of its known values two times in three.
 */
export function fuzzValue(schema: JsonSchema, known: Known = {}): fc.Arbitrary<unknown> {
  const child = (s: JsonSchema) => fuzzValue(s, known);
  return fc.oneof(
    { weight: 14, arbitrary: build(schema, child, known) },
    { weight: 1, arbitrary: hostileValue(schema) },
  );
}

/** Builds the value's shape, drawing its parts with `child` (valid or fuzzed). */
function build(
  schema: JsonSchema,
  child: (s: JsonSchema) => fc.Arbitrary<unknown>,
  known: Known = {},
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = branches(schema);
  if (alternatives) return fc.oneof(...alternatives.map(child));
  const types = typesOf(schema);
  if (types.length === 0) return ANY_JSON;
  return fc.oneof(...types.map((type) => buildType(type, schema, child, known)));
}

function buildType(
  type: string,
  schema: JsonSchema,
  child: (s: JsonSchema) => fc.Arbitrary<unknown>,
  known: Known,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return validNumber(schema, true);
    case 'number':
      return validNumber(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? child(schema.items) : ANY_JSON, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const part = (name: string, property: JsonSchema) => {
        const values = known[name];
        return values?.length
          ? fc.oneof({ weight: 1, arbitrary: child(property) }, { weight: 2, arbitrary: knownValue(values) })
          : child(property);
      };
      const model = Object.fromEntries(properties.map(([name, property]) => [name, part(name, property)]));
      const requiredKeys = (schema.required ?? []).filter((key) => key in model);
      return fc.record(model, { requiredKeys });
    }
    default:
      return ANY_JSON;
  }
}

/** Values at the schema's edges or past them: wrong types, overflows, odd text, missing fields. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const general = fc.oneof(
    fc.constantFrom<unknown>(null, true, [], {}, [null], 'x'.repeat(10_000)),
    fc.constantFrom(...ODD_STRINGS),
    fc.constantFrom(...ODD_NUMBERS),
  );
  const specific: fc.Arbitrary<unknown>[] = [];
  const types = typesOf(schema);
  if (types.includes('string') || schema.enum) specific.push(...hostileStrings(schema));
  if (types.includes('integer') || types.includes('number')) specific.push(...hostileNumbers(schema));
  if (types.includes('array') && schema.items) {
    specific.push(fc.array(hostileValue(schema.items), { minLength: 1, maxLength: 3 }));
    specific.push(
      validValue(schema.items).map((item) => Array.from({ length: (schema.maxItems ?? 1000) + 1 }, () => item)),
    );
  }
  if (types.includes('object') && schema.properties) specific.push(...hostileObjects(schema));
  return specific.length
    ? fc.oneof({ weight: 1, arbitrary: general }, { weight: 3, arbitrary: fc.oneof(...specific) })
    : general;
}

function hostileStrings(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const valid = schema.enum ? fc.constantFrom(...schema.enum.map(String)) : validString(schema);
  const out: fc.Arbitrary<unknown>[] = [
    valid.map((s) => `${s}\u0000`),
    valid.map((s) => s.toUpperCase()),
    valid.map((s) => ` ${s} `),
    fc.string({ unit: 'binary', maxLength: 30 }),
  ];
  if (schema.maxLength !== undefined)
    out.push(fc.constant('a'.repeat(schema.maxLength + 1)), fc.constant('é'.repeat(schema.maxLength)));
  if (schema.minLength) out.push(fc.constant('a'.repeat(schema.minLength - 1)));
  if (schema.format === 'uuid')
    out.push(
      uuid().map((u) => u.toUpperCase()),
      uuid().map((u) => u.slice(0, 35)),
      fc.constant('00000000-0000-0000-0000-000000000000'),
    );
  return out;
}

function hostileNumbers(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom(...ODD_NUMBERS), fc.integer().map(String)];
  if (schema.minimum !== undefined) out.push(fc.constant(schema.minimum - 1));
  if (schema.maximum !== undefined) out.push(fc.constant(schema.maximum + 1));
  if (schema.type === 'integer') out.push(fc.constant(1.5));
  return out;
}

function hostileObjects(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const full = fc.record(
    Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, p]) => [name, validValue(p)])),
  );
  const out: fc.Arbitrary<unknown>[] = [full.map(withPollution)];
  const required = schema.required ?? [];
  if (required.length)
    out.push(fc.tuple(full, fc.constantFrom(...required)).map(([value, dropped]) => withoutKey(value, dropped)));
  return out;
}

/** Extra keys, `__proto__` among them as an own key (so JSON.stringify sends it). */
function withPollution(value: Record<string, unknown>): Record<string, unknown> {
  const polluted: Record<string, unknown> = { ...value, constructor: 'x', unexpected: '\u0000' };
  Object.defineProperty(polluted, '__proto__', { value: { admin: true }, enumerable: true });
  return polluted;
}

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

/** The JSON types a value may have, or undefined when the schema says nothing. */
function acceptedTypes(schema: JsonSchema): Set<string> | undefined {
  const alternatives = branches(schema);
  if (alternatives) {
    const sets = alternatives.map(acceptedTypes);
    return sets.some((set) => set === undefined) ? undefined : new Set(sets.flatMap((set) => [...set!]));
  }
  if (schema.enum || schema.const !== undefined) return undefined;
  const types = typesOf(schema);
  if (types.includes('number')) types.push('integer');
  return types.length ? new Set(types) : undefined;
}

const NOT_OBJECTS: readonly [string, unknown][] = [
  ['array', []],
  ['array', [{}]],
  ['string', 'text'],
  ['integer', 42],
  ['null', null],
  ['boolean', false],
];

/**
 * A body the schema certainly refuses (a value of a type it never takes, or
 * an object without a required field), or undefined when none is certain.
 */
export function brokenBody(schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  const accepted = acceptedTypes(schema);
  if (!accepted) return undefined;
  const wrongTypes = NOT_OBJECTS.filter(([type]) => !accepted.has(type)).map(([, value]) => value);
  const candidates: fc.Arbitrary<unknown>[] = wrongTypes.length ? [fc.constantFrom(...wrongTypes)] : [];
  const required = schema.required ?? [];
  if (accepted.size === 1 && accepted.has('object') && !branches(schema) && required.length > 0) {
    const full = validValue(schema) as fc.Arbitrary<Record<string, unknown>>;
    candidates.push(fc.tuple(full, fc.constantFrom(...required)).map(([value, dropped]) => withoutKey(value, dropped)));
  }
  return candidates.length ? fc.oneof(...candidates) : undefined;
}
