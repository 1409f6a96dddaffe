import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from './nav-items';
import classes from './shell.module.css';

/** The modules as buttons in the top bar; one not built yet is plain text with "binnenkort". */
export function ModuleLinks({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  return items.map((item) =>
    item.to ? (
      <NavLink key={item.id} to={item.to} className={classes.navButton}>
        {t(item.label)}
        {item.badge && <item.badge />}
      </NavLink>
    ) : (
      <span key={item.id} className={classes.navDisabled} aria-disabled="true">
        {t(item.label)}
        <span className={classes.soon}>{t('shell.comingSoon')}</span>
      </span>
    ),
  );
}
