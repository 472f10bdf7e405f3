import { useEffect, useState } from 'react';
import type { WorkbookHost } from '../../host/types';

/** How many user changes the host reported since the pane opened (0 when it cannot tell). */
export function useWorkbookChanges(host: WorkbookHost): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => host.onWorkbookChanged?.(() => setChanges((n) => n + 1)), [host]);
  return changes;
}
