import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/shared/i18n';
import { cssVariablesResolver, theme } from '@/shared/ui/theme';
import { createQueryClient } from './query-client';

/** Theme, translations, data cache and notifications for the whole app. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  // Messages from the server are in the language of the request: reload what failed in the new one.
  useEffect(() => {
    const reloadFailed = () =>
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    i18n.on('languageChanged', reloadFailed);
    return () => i18n.off('languageChanged', reloadFailed);
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
