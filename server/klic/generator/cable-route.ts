import { alongStreet, type Street, streetAngle } from './area.ts';
import type { DeliveryPlan } from './delivery-plan.ts';
import type { Position } from './gml-writer.ts';
import type { ThemeSpec } from './themes.ts';

/** Where one cable or pipe lies: a stretch beside a street, or a short house connection off it. */
export type CableRoute = {
  street: Street;
  points: Position[];
  /** Signed distance from the street's centreline (metres). */
  offset: number;
  middle: Position;
  /** Label rotation that follows the street, kept readable (-90..90 degrees). */
  rotation: number;
};

/** The route of an operator's `index`th cable; every fifth is a short house connection off the street. */
export function cableRoute(plan: DeliveryPlan, spec: ThemeSpec, index: number): CableRoute {
  const { random, area } = plan;
  const street = random.pick(area.streets);
  const side = random.chance(0.5) ? 1 : -1;
  const offset = side * (spec.offset + random.between(0, 0.6));
  const length = Math.min(street.length, random.between(25, 140));
  const start = random.between(0, street.length - length);
  const points: Position[] = [];
  if (index % 5 === 4) {
    const base = alongStreet(area, street, start, offset);
    const reach = offset + side * random.between(6, 14);
    points.push(base, alongStreet(area, street, start + random.between(-1, 1), reach));
  } else {
    const vertices = random.int(2, 6);
    for (let vertex = 0; vertex < vertices; vertex++) {
      const along = start + (length * vertex) / (vertices - 1);
      points.push(alongStreet(area, street, along, offset + random.between(-0.25, 0.25)));
    }
  }
  const first = points[0] ?? street.from;
  const last = points[points.length - 1] ?? street.to;
  const angle = streetAngle(street);
  return {
    street,
    points,
    offset,
    middle: [(first[0] + last[0]) / 2, (first[1] + last[1]) / 2],
    rotation: angle > 90 ? angle - 180 : angle < -90 ? angle + 180 : angle,
  };
}
