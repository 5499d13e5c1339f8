import { readFileSync } from 'node:fs';

/** The version of Jalon, from the root package.json. */
export const JALON_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
