import { useSearchParams } from 'react-router';

export type LogbookPageFilters = {
  kind: string | null;
  from: string | null;
  to: string | null;
  page: number;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Soort, period and page live in the address (dates as jjjj-mm-dd), so a link shows the same rows. */
export function useLogbookFilters(): [LogbookPageFilters, (changes: Partial<LogbookPageFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const date = (name: string) => {
    const value = params.get(name);
    return value && isoDate.test(value) ? value : null;
  };
  const filters: LogbookPageFilters = {
    kind: params.get('soort'),
    from: date('van'),
    to: date('tot'),
    page: Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1),
  };
  function update(changes: Partial<LogbookPageFilters>) {
    const next = { ...filters, page: 1, ...changes };
    const search = new URLSearchParams();
    if (next.kind) search.set('soort', next.kind);
    if (next.from) search.set('van', next.from);
    if (next.to) search.set('tot', next.to);
    if (next.page > 1) search.set('pagina', String(next.page));
    setParams(search, { replace: changes.page === undefined });
  }
  return [filters, update];
}
