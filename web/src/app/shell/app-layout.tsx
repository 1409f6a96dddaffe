import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { NotificationBell, NotificationConsentDialog } from '@/features/announcements';
import { MobileNav } from './mobile-nav';
import classes from './shell.module.css';
import { TopBar } from './top-bar';

/** Every page behind the login: the top bar, the phone menu, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 300, breakpoint: 'md', collapsed: { desktop: true, mobile: !navOpened } }}
      padding={{ base: 'xs', sm: 'md' }}
    >
      <a href="#inhoud" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <TopBar navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar
        id="mobile-nav"
        p="md"
        hiddenFrom="md"
        inert={!navOpened}
        aria-label={t('shell.mainMenu')}
      >
        <MobileNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="inhoud" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      {/* Seed 001: the one-time question about being informed, and the orange bell until subscribed. */}
      <NotificationConsentDialog />
      <NotificationBell />
    </AppShell>
  );
}
