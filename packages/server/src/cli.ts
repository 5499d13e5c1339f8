import { Command, Option } from 'commander';
import { roleSchema, ROLES } from '@jalon/domain/access/roles';
import { JALON_VERSION } from './version.ts';
import { systemContext } from './access/actor.ts';

// Commands load what they need when they run, so that `--help` answers at once.
const say = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
const withDatabase: typeof import('./cli/runtime.ts').withDatabase = async (run) =>
  (await import('./cli/runtime.ts')).withDatabase(run);

const cli = new Command('jalon')
  .description('Jalon — pilotage stratégique des établissements de santé, GHT et ARS.')
  .version(JALON_VERSION)
  .addHelpText(
    'after',
    '\nEnvironment: PORT, JALON_DATA_DIR (default ./data), DATABASE_URL, JALON_DEMO_PASSWORD, LOG_LEVEL.',
  );

// Whoever runs the command line holds the database: it acts as the system, named in the audit trail.
const cliContext = systemContext('command line', 'cli');

cli
  .command('start')
  .description('Start the web server (migrations applied, demo data on an empty database).')
  .action(async () => (await import('./cli/start.ts')).start());

cli
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(() => withDatabase(async () => say('Migrations appliquées.')));

cli
  .command('seed-demo')
  .description('Load the demo organisations and accounts into an empty database.')
  .action(() =>
    withDatabase(async (database, config) => {
      const { isDatabaseEmpty, seedDemo } = await import('./demo/seed-demo.ts');
      if (!(await isDatabaseEmpty(database.db)))
        throw new Error('The database already holds data: the demo dataset loads only into an empty one.');
      const demo = await seedDemo(database.db, { password: config.demoPassword });
      say(`Comptes de démonstration : ${demo.emails.join(', ')}`);
      if (demo.generated) say(`Mot de passe : ${demo.password}`);
    }),
  );

const user = cli.command('user').description('Manage accounts.');
user
  .command('create')
  .description('Create a local account, optionally with a role on an organisation unit.')
  .requiredOption('--email <email>', 'e-mail address (login)')
  .requiredOption('--name <name>', 'display name')
  .option('--password <password>', 'password (default: a generated one, printed once)')
  .addOption(new Option('--role <role>', 'role to grant').choices(ROLES))
  .option('--org <orgUnitId>', 'organisation unit id the role applies to')
  .action((options: { email: string; name: string; password?: string; role?: string; org?: string }) =>
    withDatabase(async ({ db }) => {
      const { createUser } = await import('./features/users/create-user.ts');
      const { grantRole } = await import('./features/users/grant-role.ts');
      const { generateDemoPassword } = await import('./demo/seed-demo.ts');
      if (Boolean(options.role) !== Boolean(options.org)) throw new Error('--role and --org go together');
      const password = options.password ?? generateDemoPassword();
      const id = await createUser(db, cliContext, {
        email: options.email,
        displayName: options.name,
        password,
        locale: 'fr',
      });
      if (options.role && options.org)
        await grantRole(db, cliContext, { userId: id, role: roleSchema.parse(options.role), orgUnitId: options.org });
      say(`Compte créé : ${options.email} (${id})`);
      if (!options.password) say(`Mot de passe : ${password}`);
    }),
  );

user
  .command('unlock')
  .description('Lift the login delay of an account after repeated wrong passwords.')
  .requiredOption('--email <email>', 'e-mail address (login)')
  .action((options: { email: string }) =>
    withDatabase(async ({ db }) => {
      const { unlockAccount } = await import('./features/auth/unlock-account.ts');
      await unlockAccount(db, cliContext, options.email);
      say(`Compte déverrouillé : ${options.email}`);
    }),
  );

const token = cli.command('token').description('Manage API tokens.');
token
  .command('create')
  .description('Create an API token for an account and print it once.')
  .requiredOption('--email <email>', 'owner account')
  .requiredOption('--name <name>', 'what the token is for')
  .option('--days <days>', 'lifetime in days, at most 365', '90')
  .action((options: { email: string; name: string; days: string }) =>
    withDatabase(async ({ db }) => {
      const { eq, sql } = await import('drizzle-orm');
      const { appUser } = await import('./db/schema/app-user.table.ts');
      const { createApiToken } = await import('./features/account/create-api-token.ts');
      const { API_TOKEN_LIFETIME } = await import('@jalon/domain/access/api-token-lifetime');
      const days = Number(options.days);
      if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_LIFETIME.maxDays)
        throw new Error(`--days must be a whole number from 1 to ${API_TOKEN_LIFETIME.maxDays}`);
      const [owner] = await db
        .select()
        .from(appUser)
        .where(eq(sql`lower(${appUser.email})`, options.email.toLowerCase()));
      if (!owner) throw new Error(`No account with e-mail ${options.email}`);
      const created = await createApiToken(db, cliContext, {
        userId: owner.id,
        name: options.name,
        expiresInDays: days,
      });
      say(created.token);
      process.stderr.write(`Expire le ${created.expiresAt}\n`);
    }),
  );

cli
  .command('backup')
  .description('Write a consistent snapshot of all Jalon data to FILE (gzipped JSON lines).')
  .argument('<file>')
  .action((file: string) =>
    withDatabase(async (database) => {
      const { backup } = await import('./backup/backup.ts');
      const header = await backup(database, file);
      say(
        `Sauvegarde écrite : ${file} (${Object.values(header.tables).reduce((a, b) => a + b, 0)} lignes, schéma ${header.schemaVersion})`,
      );
    }),
  );

cli
  .command('restore')
  .description('Restore FILE, written by `jalon backup`, into an empty database.')
  .argument('<file>')
  .action((file: string) =>
    withDatabase(async (database) => {
      const { restore } = await import('./backup/restore.ts');
      const header = await restore(database, file);
      say(`Restauration terminée : sauvegarde du ${header.createdAt} (Jalon ${header.jalonVersion}).`);
    }),
  );

cli.parseAsync().catch((error: unknown) => {
  process.stderr.write(`jalon: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
