import { ErrorAlert, PageLoader } from '@/shared/ui';
import { FieldMap, useFieldMapData } from '../map';
import classes from './pick-on-map.module.css';

type Props = {
  klicId: string;
  picked: [number, number] | null;
  onPick: (position: [number, number]) => void;
};

/** The KLIC's map in pick mode: a tap sets the registration's location. */
export function PickOnMap({ klicId, picked, onPick }: Props) {
  const query = useFieldMapData(klicId);
  return (
    <div className={classes.map} data-testid="field-reg-map-area">
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <FieldMap data={query.data} onPick={onPick} picked={picked} />}
    </div>
  );
}
