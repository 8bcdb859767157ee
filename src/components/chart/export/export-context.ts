import { createContext, useContext } from 'react';
import type { ExportContextValue } from '@/components/chart/export/export-types';

export const ExportContext = createContext<ExportContextValue | null>(null);

/** The page's provenance for exports, or null where no provider is set (then no export menu shows). */
export function useExportContext(): ExportContextValue | null {
  return useContext(ExportContext);
}
