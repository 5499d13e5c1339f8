import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { initI18n } from './i18n.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { createAppRouter } from './router.tsx';
import { createAppTheme, cssVariablesResolver } from '../lib/theme.ts';

const i18n = initI18n();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

function ThemedProviders({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('Fermer');
  const showPassword = t('Afficher les caractères saisis');
  const theme = useMemo(() => createAppTheme({ close, showPassword }), [close, showPassword]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* At the top they would cover the language switch and the user menu. */}
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProviders>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemedProviders>
    </I18nextProvider>
  );
}
