import { AppError } from '../infra/errors/app-error.ts';
import './field-messages.ts';

const allowedClockSkewMs = 5 * 60 * 1000;
const maxAgeDays = 30;

/** A device's time of recording: at most 5 minutes ahead of ours (clock skew), at most 30 days old. */
export function assertRecordedAt(recordedAt: Date, now: Date): void {
  if (recordedAt.getTime() > now.getTime() + allowedClockSkewMs) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'field.recorded_in_future',
      fields: { recordedAt: 'in_future' },
    });
  }
  if (recordedAt.getTime() < now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'field.recorded_too_old',
      params: { days: maxAgeDays },
      fields: { recordedAt: 'too_old' },
    });
  }
}

/** The EPSG:28992 (RD New) bounds of the Netherlands, in metres. */
const rdBounds = { minX: 482, minY: 284_182, maxX: 306_603, maxY: 637_050 };

export function assertInNetherlands(position: readonly [number, number] | null): void {
  if (!position) return;
  const [x, y] = position;
  if (x < rdBounds.minX || x > rdBounds.maxX || y < rdBounds.minY || y > rdBounds.maxY) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'field.position_outside_netherlands',
      fields: { position: 'outside_netherlands' },
    });
  }
}
