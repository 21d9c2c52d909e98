// Options container: reads the stores and settings, hands them to the components, performs writes.
import { OptionsApp } from '@/components/options/OptionsApp';
import { selfHostedActions } from './selfHostedAccess';
import { parseSowDetailed } from '@/lib/scope';
import { deleteClient, deleteRecord, saveClient, saveProject } from '@/lib/forms/save';
import { downloadBackup, downloadCsv, importBackupFile } from './downloads';
import { useRecords } from '@/lib/hooks/useRecords';
import { useSettings } from '@/lib/hooks/useSettings';
import { OverviewSection } from './OverviewSection';
import { SitesSection } from './SitesSection';
import { HomeSection } from './HomeSection';

export function App() {
  const clients = useRecords('clients');
  const projects = useRecords('projects');
  const [settings, updateSettings] = useSettings();
  return (
    <OptionsApp
      clients={clients.records}
      projects={projects.records}
      settings={settings}
      selfHostedActions={selfHostedActions}
      parseSow={parseSowDetailed}
      onSaveProject={saveProject}
      onDeleteProject={(p) => deleteRecord('projects', p.id)}
      onSaveClient={saveClient}
      onDeleteClient={deleteClient}
      onSettings={updateSettings}
      onExport={downloadBackup}
      onImport={importBackupFile}
      onCsv={downloadCsv}
      home={<HomeSection />}
      initialTab={new URLSearchParams(location.search).get('tab')}
      overview={<OverviewSection />}
      sites={<SitesSection />}
    />
  );
}
