// The options page's Sites tab: reads the background's site-health log (and follows it while open).
import { useEffect, useState } from 'react';
import { SitesPanel } from '@/components/options/SitesPanel';
import { failureLog, siteReads, type FailureLog } from '@/lib/health/log';
import { siteHealth, structureOf } from '@/lib/health/summary';
import { SITE_IDS, SITES } from '@/lib/sites/ids';

const SITE_LIST = SITE_IDS.map((id) => ({ id, label: SITES[id].label }));

export function SitesSection() {
  const [failures, setFailures] = useState<FailureLog[]>([]);
  const [reads, setReads] = useState<Record<string, string>>({});
  useEffect(() => {
    void failureLog.getValue().then(setFailures);
    void siteReads.getValue().then(setReads);
    const stops = [failureLog.watch((v) => setFailures(v ?? [])), siteReads.watch((v) => setReads(v ?? {}))];
    return () => stops.forEach((stop) => stop());
  }, []);
  const copy = async (site: string): Promise<boolean> => {
    const report = structureOf(failures, site);
    if (!report) return false;
    try {
      await navigator.clipboard.writeText(report);
      return true;
    } catch {
      return false;
    }
  };
  return <SitesPanel rows={siteHealth(SITE_LIST, failures, reads)} onCopyStructure={copy} />;
}
