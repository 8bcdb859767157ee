import { createContext } from 'react';

/**
 * The full address of the detail an open drawer shows (`https://…/meetings/?open=meeting:…`),
 * given by whoever opens drawers from the URL; without it a drawer offers no "Copy link".
 */
export const DrawerLinkContext = createContext<string | null>(null);
