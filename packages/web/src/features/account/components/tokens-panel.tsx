import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../components/page-skeleton.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { placeFieldErrors } from '../../../lib/form-errors.ts';
import { zodValidate } from '../../../lib/zod-form.ts';
import { ACCOUNT_LIMITS } from '@jalon/contract/account/account-limits';
import type { CreatedToken, TokenView } from '@jalon/contract/account/api-token';
import { createTokenInputSchema, useCreateToken, type CreateTokenInput } from '../api/create-token.ts';
import { useTokens } from '../api/get-tokens.ts';
import { useRevokeToken } from '../api/revoke-token.ts';
import { CreatedTokenAlert } from './created-token-alert.tsx';

/** Lifetimes offered, in days; the longest is the server's maximum. */
const LIFETIMES = [7, 30, 90, 180, API_TOKEN_LIFETIME.maxDays] as const;

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t, i18n } = useTranslation();
  const createToken = useCreateToken();
  const form = useForm<CreateTokenInput>({
    initialValues: { name: '', expiresInDays: API_TOKEN_LIFETIME.defaultDays },
    validate: zodValidate(
      createTokenInputSchema,
      {
        name: t('Donnez un nom au jeton ({{max}} caractères au plus).', { max: ACCOUNT_LIMITS.tokenName }),
        expiresInDays: t('Choisissez une durée de validité d’un an au plus.'),
      },
      t('Valeur invalide.'),
    ),
  });
  const submit = (values: CreateTokenInput) =>
    createToken.mutate(values, {
      onSuccess: (token) => {
        form.reset();
        onCreated(token);
      },
      onError: (error) => placeFieldErrors(error, ['name', 'expiresInDays'], form.setFieldError, t, i18n.language),
    });
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        {createToken.isError ? <ErrorAlert error={createToken.error} /> : null}
        <Group align="flex-end">
          <TextInput
            label={t('Nom du nouveau jeton')}
            description={t('Par exemple : import SAE, entrepôt de données')}
            required
            {...form.getInputProps('name')}
          />
          <Select
            label={t('Durée de validité')}
            description={t('Le jeton cesse de fonctionner ensuite')}
            data={LIFETIMES.map((days) => ({ value: String(days), label: t('{{days}} jours', { days }) }))}
            allowDeselect={false}
            w={140}
            {...form.getInputProps('expiresInDays')}
            value={String(form.values.expiresInDays)}
            onChange={(value) => form.setFieldValue('expiresInDays', Number(value))}
          />
          <Button type="submit" loading={createToken.isPending}>
            {t('Créer un jeton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TokensTable({ tokens }: { tokens: TokenView[] }) {
  const { t, i18n } = useTranslation();
  const revokeToken = useRevokeToken();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped>
        <Table.Caption>{t('Vos jetons d’API')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Nom')}</Table.Th>
            <Table.Th scope="col">{t('Créé le')}</Table.Th>
            <Table.Th scope="col">{t('Dernière utilisation')}</Table.Th>
            <Table.Th scope="col">{t('Expire le')}</Table.Th>
            <Table.Th scope="col">{t('Actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Th scope="row" fw={500}>
                {token.name}
              </Table.Th>
              <Table.Td>{formatDateTime(token.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt, i18n.language) : t('Jamais utilisé')}
              </Table.Td>
              <Table.Td>
                {token.expiresAt ? formatDateTime(token.expiresAt, i18n.language) : t('Sans expiration')}
              </Table.Td>
              <Table.Td>
                <ConfirmButton
                  size="xs"
                  label={t('Révoquer')}
                  ariaLabel={t('Révoquer le jeton {{name}}', { name: token.name })}
                  title={t('Révoquer ce jeton ?')}
                  message={t(
                    'Le jeton « {{name}} » cessera immédiatement de fonctionner. Cette action est définitive.',
                    { name: token.name },
                  )}
                  confirmLabel={t('Révoquer le jeton')}
                  onConfirm={() => revokeToken.mutateAsync(token.id)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TokensPanel() {
  const { t } = useTranslation();
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const items = tokens.data?.items ?? [];
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('Les jetons d’API permettent à un logiciel d’appeler Jalon en votre nom, avec vos droits.')}
      </Text>
      {created ? <CreatedTokenAlert token={created} onDismiss={() => setCreated(null)} /> : null}
      <CreateTokenForm onCreated={setCreated} />
      {tokens.isPending ? <PageSkeleton rows={3} /> : null}
      {tokens.isError ? <ErrorAlert error={tokens.error} /> : null}
      {tokens.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={<IconKey aria-hidden />}
          title={t('Aucun jeton d’API')}
          description={t('Vous n’avez créé aucun jeton.')}
        />
      ) : null}
      {items.length > 0 ? <TokensTable tokens={items} /> : null}
    </Stack>
  );
}
