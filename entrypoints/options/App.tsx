// Options container: reads the stores and settings, hands them to the components, performs writes.
import { OptionsApp } from '@/components/options/OptionsApp';
import { SectionLoading } from '@/components/ui/SectionLoading';
import { preloadProjectForm } from '@/components/options/ProjectsTab';
import { selfHostedActions } from './selfHostedAccess';
import { deleteClient, deleteRecord, saveClient, saveProject } from '@/lib/forms/save';
import { downloadBackup, downloadCsv, importBackupFile } from './downloads';
import { afterPaint, onFirstInput, preloadRecords, screenfulOfRows, useRecords } from '@/lib/hooks/useRecords';
import { loadValidate } from '@/lib/db';
import { useSettings } from '@/lib/hooks/useSettings';
import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { today as todayOf } from '@/lib/dates/days';
import { prefetchHome } from './homeData';
import { HomeSection } from './HomeSection';

// The Projects tab is the usual first screen; the other tabs (and their charts and sums) load when
// opened, except Home (5 kB), which loads with the page: opened on Home (options.html?tab=home, from
// a notification), fetching it only once this chunk had run cost its first screen a module request
// in series (10-50 ms by the machine's load).
const initialTab = new URLSearchParams(location.search).get('tab');
// Home's data, read while React starts.
const homeRead = initialTab === 'home' ? prefetchHome(todayOf()) : null;
const OverviewSection = lazy(() => import('./OverviewSection').then((m) => ({ default: m.OverviewSection })));
const SitesSection = lazy(() => import('./SitesSection').then((m) => ({ default: m.SitesSection })));
const loading = (node: ReactNode) => <Suspense fallback={<SectionLoading />}>{node}</Suspense>;

/**
 * Project rows read for the first screen: as many as the window can show (a row is 54 px, 65 with
 * its gap; 48 leaves room for a smaller font), the rest once it has painted. A fixed 40 read and
 * rendered four times what an 800 px window shows: at 10,000 records those rows' read (17 ms) and
 * render (14 ms) were most of the options page's first screen after its database open.
 */
const PROJECTS_FIRST_PAGE = screenfulOfRows(48, window.innerHeight);
// The first screen's reads start with the page's code, not after React's first render.
preloadRecords('clients');
if (!homeRead) preloadRecords('projects', { limit: PROJECTS_FIRST_PAGE });

/**
 * Whether to read the project list yet. Opened on Home, no project row shows and the list (every
 * SOW text and scope) would compete with Home's own reads: it is read once Home's data is in and
 * painted, or at the first key or pointer press (another tab may be about to open), if sooner.
 */
function useProjectListWanted(): boolean {
  const [wanted, setWanted] = useState(homeRead === null);
  useEffect(() => {
    if (wanted || !homeRead) return;
    let cancel = () => {};
    let alive = true;
    const want = () => alive && setWanted(true);
    const painted = () => alive && (cancel = afterPaint(want));
    void homeRead.then(painted, painted);
    onFirstInput(want);
    return () => {
      alive = false;
      cancel();
    };
  }, [wanted]);
  return wanted;
}

// The SOW reader is part of the scope engine: never loaded with the first screen, but as soon as the
// person starts clicking or typing, so the first "Read SOW" does not wait for it.
const sowReader = () => import('@/lib/scope/sow/parse');
// The detailed reader: the project form shows each item's source sentence beside it.
const parseSow = async (text: string) => (await sowReader()).parseSowDetailed(text);
onFirstInput(() => void sowReader());
onFirstInput(() => void preloadProjectForm());
// The record schemas (zod) load when the person starts typing or clicking, not with the first screen.
onFirstInput(() => void loadValidate());

export function App() {
  const clients = useRecords('clients');
  const listWanted = useProjectListWanted();
  const projects = useRecords('projects', listWanted ? {} : null, { firstPage: PROJECTS_FIRST_PAGE });
  const [settings, updateSettings] = useSettings();
  return (
    <OptionsApp
      clients={clients.records}
      projects={projects.records}
      projectsLoading={projects.loading || !listWanted}
      settings={settings}
      selfHostedActions={selfHostedActions}
      parseSow={parseSow}
      onSaveProject={saveProject}
      onDeleteProject={(p) => deleteRecord('projects', p.id)}
      onSaveClient={saveClient}
      onDeleteClient={deleteClient}
      onSettings={updateSettings}
      onExport={downloadBackup}
      onImport={importBackupFile}
      onCsv={downloadCsv}
      home={<HomeSection />}
      initialTab={initialTab}
      overview={loading(<OverviewSection />)}
      sites={loading(<SitesSection />)}
    />
  );
}
