import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { pgError, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { actorUserId, type UseCaseContext } from '../../access/actor.ts';
import { assertStrongPassword } from '../../accounts/password.ts';
import { hashPassword } from '../../security/secrets.ts';
import type { CreateUserBody } from '@jalon/contract/users/user';

/**
 * Creates a local account, remembered as its creator's until it gets a role.
 * `enforcePolicy: false` is for the demo accounts, whose shared password is
 * chosen by whoever runs the demonstration.
 *
 * A taken address gets one refusal, whoever holds it and wherever: nothing in
 * the answer says whether the account is one the creator may see (decision 0004).
 */
export async function createUser(
  db: Db,
  context: UseCaseContext,
  body: CreateUserBody,
  options: { enforcePolicy?: boolean } = {},
): Promise<string> {
  if (options.enforcePolicy !== false) assertStrongPassword(body.password, body.email);
  const passwordHash = await hashPassword(body.password);
  return db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(appUser)
        .values({
          email: body.email.trim(),
          displayName: body.displayName,
          locale: body.locale,
          passwordHash,
          createdById: actorUserId(context.actor),
        })
        .returning();
      const { passwordHash: _hidden, ...after } = row!;
      await recordAudit(tx, context, { action: 'create', entityType: 'user', entityId: row!.id, after });
      return row!.id;
    })
    .catch((error: unknown) => {
      if (pgError(error).code === UNIQUE_VIOLATION)
        throw new DomainError('EMAIL_TAKEN', 'Cette adresse e-mail est déjà utilisée.', { field: ['email'] });
      throw error;
    });
}
