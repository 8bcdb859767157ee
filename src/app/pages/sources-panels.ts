import { ChangelogSection } from '@/features/changelog/changelog-section';
import { LatestSection } from '@/features/latest/latest-section';
import { SourcesSection } from '@/features/sources/sources-section';

export const SOURCES_PANELS = [
  ['latest developments', LatestSection],
  ['sources', SourcesSection],
  ['changelog', ChangelogSection],
] as const;
