import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { fastifyTrustProxy, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { installCatalogues } from '../catalogues/install-catalogues.ts';
import { isDatabaseEmpty, seedDemo } from '../demo/seed-demo.ts';
import { say } from './runtime.ts';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Starts Jalon: database, migrations, demo data on first start, then HTTP until a signal. */
export async function start(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: say });
  await migrateDatabase(database);
  const installed = await installCatalogues(database.db);
  for (const slug of installed) say(`Catalogue d’indicateurs installé : ${slug}`);
  if (await isDatabaseEmpty(database.db)) {
    const demo = await seedDemo(database.db, { password: config.demoPassword });
    printDemoAccounts(demo);
  }
  const app = await buildApp({
    database,
    logger: { level: config.logLevel },
    webRoot: WEB_ROOT,
    trustProxy: fastifyTrustProxy(config.trustProxy),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  say(`Jalon écoute sur http://localhost:${config.port}`);
}

function printDemoAccounts(demo: { password: string; generated: boolean; emails: string[] }): void {
  say('Jeu de démonstration chargé. Comptes :');
  for (const email of demo.emails) say(`  ${email}`);
  say(
    demo.generated
      ? `Mot de passe (généré, commun à tous les comptes) : ${demo.password}`
      : 'Mot de passe : valeur de JALON_DEMO_PASSWORD',
  );
}
