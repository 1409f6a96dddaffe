import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconChevronDown, IconKey, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountPaths } from '@/features/account';
import { useSignOut } from '@/features/auth';
import { languages, useLanguage } from '@/shared/i18n';
import { useSession } from '@/shared/session';
import classes from './shell.module.css';

/** The user's name at the top right: own password and two-factor set-up, language, logging out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { language, setLanguage } = useLanguage();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.userButton} aria-label={user.name} data-testid="user-menu">
          <Avatar name={user.name} size={28} variant="white" color="veldwerk" aria-hidden />
          <Text span inherit visibleFrom="sm" data-testid="user-name">
            {user.name}
          </Text>
          <IconChevronDown size={14} aria-hidden />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          component={Link}
          to={accountPaths.changePassword}
          leftSection={<IconKey size={16} aria-hidden />}
          data-testid="change-password-link"
        >
          {t('account.changePassword.menu')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to={accountPaths.twoFactor}
          leftSection={<IconShieldLock size={16} aria-hidden />}
        >
          {t('account.twoFactor.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            leftSection={<IconCheck size={16} aria-hidden style={{ opacity: language === option ? 1 : 0 }} />}
            onClick={() => setLanguage(option)}
            data-testid={`language-${option}`}
          >
            {t(`language.${option}`)}
            {language === option && <VisuallyHidden> ({t('language.current')})</VisuallyHidden>}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
          data-testid="logout"
        >
          {t('auth.logout.action')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
