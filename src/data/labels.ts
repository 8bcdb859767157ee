import type { Readout, Side, SourceKind } from '@/data/schema';

/** Human labels for the schema's enums, one place for every panel. */
export const READOUT_LABELS: Record<Readout, string> = {
  'us-statement': 'US statement',
  'kazakh-readout': 'Kazakh readout',
  'joint-statement': 'Joint statement',
  'eu-statement': 'EU statement',
};

export const SIDE_LABELS: Record<Side, string> = {
  us: 'United States',
  kz: 'Kazakhstan',
  eu: 'European Union',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'us-government': 'US government',
  'kazakh-government': 'Kazakh government',
  eu: 'European Union',
  media: 'Media',
  'legal-database': 'Legal database',
  ngo: 'NGO',
  other: 'Other',
};
