import { OverviewPage } from '@/app/overview-page';

/** The Overview's one panel, which lays out its four answers itself. */
export const OVERVIEW_PANELS = [['overview', OverviewPage]] as const;
