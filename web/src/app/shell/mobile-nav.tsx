import { Badge, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { useSession } from '@/shared/session';
import { allowedItems, companyItems, isLinked, moduleItems, type NavItem } from './nav-items';
import { RegionSelect } from './region-select';
import classes from './shell.module.css';

/** What the top bar holds on a wide screen, as a panel behind the burger on a phone. */
export function MobileNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { abilities, organisation } = useSession();
  const modules = allowedItems(moduleItems, abilities);
  const company = allowedItems(companyItems, abilities).filter(isLinked);
  return (
    <ScrollArea>
      <Stack gap="lg">
        <RegionSelect withLabel />
        {modules.length > 0 && <Section title={t('shell.modules')} items={modules} onNavigate={onNavigate} />}
        {company.length > 0 && <Section title={t('shell.company')} items={company} onNavigate={onNavigate} />}
        <div>
          <div className={classes.sectionLabel}>{t('shell.organisation')}</div>
          <Text size="sm" px="xs">
            {organisation.name}
          </Text>
        </div>
      </Stack>
    </ScrollArea>
  );
}

function Section({ title, items, onNavigate }: { title: string; items: NavItem[]; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <div className={classes.sectionLabel}>{title}</div>
      {items.map(({ id, label, icon: Icon, to }) =>
        to ? (
          <NavLink
            key={id}
            component={RouterNavLink}
            to={to}
            label={t(label)}
            leftSection={<Icon size={18} aria-hidden />}
            onClick={onNavigate}
          />
        ) : (
          <Group key={id} className={classes.mobileSoon} aria-disabled="true" wrap="nowrap">
            <Icon size={18} aria-hidden />
            <span>{t(label)}</span>
            <Badge size="sm" variant="light" color="gray" tt="none" ml="auto">
              {t('shell.comingSoon')}
            </Badge>
          </Group>
        ),
      )}
    </div>
  );
}
