import { Box, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/shared/session';
import { paths } from '../paths';
import { CompanyMenu } from './company-menu';
import { ModuleLinks } from './module-links';
import { allowedItems, companyItems, moduleItems } from './nav-items';
import { RegionSelect } from './region-select';
import classes from './shell.module.css';
import { UserMenu } from './user-menu';

type Props = { navOpened: boolean; onToggleNav: () => void };

/** Left: product and menus. Right: region, organisation, user. Below `md` the menus move behind the burger. */
export function TopBar({ navOpened, onToggleNav }: Props) {
  const { t } = useTranslation();
  const { abilities, organisation } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap={4} wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          color="white"
          aria-label={navOpened ? t('shell.closeMenu') : t('shell.openMenu')}
          aria-expanded={navOpened}
          aria-controls="mobile-nav"
        />
        <Link to={paths.home} className={classes.brand}>
          {t('app.name')}
        </Link>
        <Group component="nav" aria-label={t('shell.mainMenu')} gap={4} wrap="nowrap" visibleFrom="md">
          <ModuleLinks items={allowedItems(moduleItems, abilities)} />
          <CompanyMenu items={allowedItems(companyItems, abilities)} />
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Box visibleFrom="md">
          <RegionSelect />
        </Box>
        <Box visibleFrom="lg" className={classes.organisation} data-testid="organisation-name">
          {organisation.name}
        </Box>
        <UserMenu />
      </Group>
    </Group>
  );
}
