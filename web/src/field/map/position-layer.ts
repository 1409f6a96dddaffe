import Feature from 'ol/Feature';
import { Circle as CircleGeometry, Point } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Circle, Fill, Stroke, Style } from 'ol/style';
import type { LocatedPosition } from './position-status';

const blue = '#1c7ed6';

const accuracyStyle = new Style({
  fill: new Fill({ color: 'rgba(28, 126, 214, 0.15)' }),
  stroke: new Stroke({ color: 'rgba(28, 126, 214, 0.6)', width: 1 }),
});

const dotStyle = new Style({
  image: new Circle({
    radius: 8,
    fill: new Fill({ color: blue }),
    stroke: new Stroke({ color: '#ffffff', width: 3 }),
  }),
});

/**
 * The own position: a blue dot with a circle of its accuracy. RD New is in metres and conformal, so the
 * circle's radius is the accuracy on the ground. Drawn above everything, and never picked as an object.
 */
export function createPositionLayer() {
  const accuracy = new Feature<CircleGeometry>();
  accuracy.setStyle(accuracyStyle);
  const dot = new Feature<Point>();
  dot.setStyle(dotStyle);
  const source = new VectorSource({ features: [accuracy, dot] });
  const layer = new VectorLayer({ source, zIndex: 200, updateWhileAnimating: true });
  return {
    layer,
    show(position: LocatedPosition | null) {
      accuracy.setGeometry(position ? new CircleGeometry(position.rd, position.accuracy) : undefined);
      dot.setGeometry(position ? new Point(position.rd) : undefined);
    },
  };
}
