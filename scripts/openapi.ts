/**
 * Checks the OpenAPI document as a client author would meet it: writes it
 * from the routes (the app is built, never listens, never queries), lints it
 * with Redocly's recommended rules, generates types with openapi-typescript
 * and type-checks a small openapi-fetch client whose error bodies must be the
 * problem+json schema. Files go to node_modules/.cache/jalon-openapi/: out of
 * git and lint, and where the client's imports resolve to the project's packages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { connect } from '../packages/server/src/db/database.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'node_modules', '.cache', 'jalon-openapi');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** The document as /api/openapi.json serves it. */
async function writeDocument(file: string): Promise<void> {
  // Nothing connects: the pool opens its first connection on the first query.
  const database = connect('postgres://openapi@127.0.0.1:1/none', { max: 1 });
  const app = await buildApp({ database });
  try {
    await app.ready();
    writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  } finally {
    await app.close();
    await database.close();
  }
}

// Compiled against the generated types: a route whose errors lost the
// problem+json schema, or a 204 that grew a body, stops the build here.
const CLIENT_CHECK = `import createClient from 'openapi-fetch';
import type { components, paths } from './api.ts';

type Problem = components['schemas']['ProblemDetails'];
// Each assignable to the other: openapi-fetch maps bodies through its Readable<> helper.
type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

const client = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export async function renameUnit(id: string, version: string): Promise<string> {
  const { data, error } = await client.PATCH('/api/org-units/{id}', {
    params: { path: { id }, header: { 'If-Match': version, 'X-CSRF-Token': 'csrf' } },
    body: { name: 'Centre hospitalier de Rodez' },
  });
  assertType<Equals<NonNullable<typeof error>, Problem>>();
  if (error) return \`\${error.code}: \${(error.errors ?? []).map((field) => field.path).join(', ')}\`;
  return data.name;
}

export async function deleteUnit(id: string): Promise<number> {
  const { data, error, response } = await client.DELETE('/api/org-units/{id}', { params: { path: { id }, header: { 'If-Match': '"1"' } } });
  assertType<Equals<NonNullable<typeof error>, Problem>>();
  assertType<Equals<typeof data, undefined>>();
  return response.status;
}

export async function signIn(email: string, password: string): Promise<string | undefined> {
  const { error } = await client.POST('/api/auth/login', { body: { email, password } });
  assertType<Equals<NonNullable<typeof error>, Problem>>();
  return error?.detail;
}
`;

function step(label: string, command: string, args: string[]): boolean {
  process.stdout.write(`• ${label}\n`);
  // The tools' shebangs run the project's Node (node_modules/.bin), not the machine's.
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  return spawnSync(command, args, { stdio: 'inherit', cwd: root, env }).status === 0;
}

mkdirSync(out, { recursive: true });
const document = path.join(out, 'openapi.json');
await writeDocument(document);
writeFileSync(path.join(out, 'client-check.ts'), CLIENT_CHECK);
writeFileSync(
  path.join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../../tsconfig.base.json',
      compilerOptions: { types: [], lib: ['ES2024', 'DOM'] },
      include: ['*.ts'],
    },
    null,
    2,
  ),
);
const ok =
  step('Redocly lint (recommended rules)', bin('redocly'), [
    'lint',
    document,
    '--config',
    path.join(root, 'redocly.yaml'),
  ]) &&
  step('openapi-typescript', bin('openapi-typescript'), [document, '--output', path.join(out, 'api.ts')]) &&
  step('Typed client compiles', bin('tsc'), ['-p', path.join(out, 'tsconfig.json')]);
process.exit(ok ? 0 : 1);
