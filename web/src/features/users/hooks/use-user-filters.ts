import { useSearchParams } from 'react-router';
import type { Right } from '@/shared/session';
import type { UserFilters, UserStatus } from '../api/types';

const rights: Right[] = ['userAdmin', 'workPlanner', 'fieldWorker'];
/** Dutch words in the address, so that a copied link reads well. */
const statusParam: Record<UserStatus, string> = { active: 'actief', removed: 'verwijderd', all: 'alle' };

function statusFrom(value: string | null): UserStatus {
  const found = Object.entries(statusParam).find(([, word]) => word === value);
  return (found?.[0] as UserStatus | undefined) ?? 'active';
}

/** The list's search, filters and page live in the address: back and forward and links keep them. */
export function useUserFilters(): [UserFilters, (changes: Partial<UserFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const right = params.get('recht');
  const filters: UserFilters = {
    search: params.get('zoek') ?? '',
    right: rights.includes(right as Right) ? (right as Right) : null,
    regionId: params.get('regio'),
    status: statusFrom(params.get('status')),
    page: Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1),
  };
  function update(changes: Partial<UserFilters>) {
    const next = { ...filters, page: 1, ...changes };
    const search = new URLSearchParams();
    if (next.search) search.set('zoek', next.search);
    if (next.right) search.set('recht', next.right);
    if (next.regionId) search.set('regio', next.regionId);
    if (next.status !== 'active') search.set('status', statusParam[next.status]);
    if (next.page > 1) search.set('pagina', String(next.page));
    setParams(search, { replace: changes.page === undefined });
  }
  return [filters, update];
}
