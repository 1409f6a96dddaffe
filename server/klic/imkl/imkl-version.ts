import { AppError } from '../../infra/errors/app-error.ts';
import type { RootInfo } from './gml-stream-parser.ts';
import './imkl-messages.ts';

const imklNamespace = 'http://www.geostandaarden.nl/imkl/wibon';

/**
 * Accepts an IMKL 2.x gml:FeatureCollection; recognises IMKL 1.x (IMKL2015) and 3.x and answers them with
 * a message instead of misreading them.
 */
export function checkImklRoot(name: string, info: RootInfo): void {
  const usesImkl = Object.entries(info.namespaces).some(
    ([attribute, uri]) =>
      attribute.startsWith('xmlns') && uri.startsWith('http://www.geostandaarden.nl/imkl'),
  );
  if (name !== 'FeatureCollection' || !usesImkl) {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.not_imkl' });
  }
  const version = imklVersionOf(info);
  if (version !== null && !version.startsWith('2.')) {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.imkl_version_unsupported', params: { version } });
  }
}

/** '2.0.0', '1.2.1', '3.0.0' … from the schema location or a versioned namespace; null when not stated. */
export function imklVersionOf(info: RootInfo): string | null {
  const location = info.schemaLocation ?? '';
  const fromLocation = /imkl(?:2015)?\/(\d+\.\d+(?:\.\d+)?)\//i.exec(location)?.[1];
  if (fromLocation) return fromLocation;
  if (/imkl2015/i.test(location)) return '1.x';
  const versioned = Object.values(info.namespaces).find(
    (uri) => uri.startsWith('http://www.geostandaarden.nl/imkl') && uri !== imklNamespace,
  );
  const fromNamespace = versioned ? /(\d+\.\d+(?:\.\d+)?)/.exec(versioned)?.[1] : undefined;
  if (fromNamespace) return fromNamespace;
  return versioned && /2015/.test(versioned) ? '1.x' : null;
}
