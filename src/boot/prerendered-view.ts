import { hasStoredCustomDataset } from '@/data/custom-dataset-flag';

/**
 * The build prerenders each page's default view (its address with no parameters, the bundled
 * dataset) into its own index.html and marks the root with the page and the day it did so. Only
 * that exact view can be hydrated; a deep link, a page served another page's file (a host's or the
 * service worker's fallback) or a dataset the user kept in this browser renders afresh.
 *
 * `prerenderedPage` is the root's page marker, `addressedPage` the page the address names.
 */
export function prerenderedViewFits(
  prerenderedPage: string | null,
  addressedPage: string,
  location: Pick<Location, 'search'> = window.location,
): boolean {
  return location.search === '' && prerenderedPage === addressedPage && !hasStoredCustomDataset();
}
