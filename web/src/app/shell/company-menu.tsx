import { Menu, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isLinked, type NavItem } from './nav-items';
import classes from './shell.module.css';

/** "Mijn bedrijf" in the top bar; hidden when the user may open none of its items. */
export function CompanyMenu({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const links = items.filter(isLinked);
  if (links.length === 0) return null;
  return (
    <Menu position="bottom-start" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.navButton} data-testid="company-menu">
          {t('shell.company')}
          <IconChevronDown size={14} aria-hidden />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {links.map(({ id, label, icon: Icon, to }) => (
          <Menu.Item key={id} component={Link} to={to} leftSection={<Icon size={16} aria-hidden />}>
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
