import { hasStoredCustomDataset } from '@/data/custom-dataset-flag';

/**
 * The build prerenders the default view (no URL parameters, the bundled dataset) into index.html
 * and marks the root with the day it did so. Only that exact view can be hydrated; a deep link or
 * a dataset the user kept in this browser renders afresh.
 */
export function prerenderedViewFits(location: Pick<Location, 'search'> = window.location): boolean {
  return location.search === '' && !hasStoredCustomDataset();
}
