// The options page: projects first (that is where setup starts), then clients, settings, data.
// `overview` is the project overview (components/insights), passed in by the options entrypoint.
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Client, Project } from '@/lib/db/schemas';
import type { SowParser } from '@/lib/sow-review';
import type { ProjectSave } from '@/lib/forms/projectForm';
import type { ClientSave } from './ClientForm';
import { ClientsTab } from './ClientsTab';
import type { ImportOptions, ImportResult } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';
import { DataPanel } from './DataPanel';
import { ProjectsTab } from './ProjectsTab';
import type { SettingsValue } from './SettingsForm';
import type { SelfHostedActions } from './SelfHostedForm';
import { SettingsForm } from './SettingsForm';
import { t } from '@/lib/i18n';

export interface OptionsAppProps {
  clients: Client[];
  projects: Project[];
  /** The project list is still being read: the Projects tab says so rather than "no projects yet". */
  projectsLoading?: boolean;
  settings: SettingsValue | null;
  parseSow: SowParser;
  onSaveProject: (save: ProjectSave, existing: Project | null) => Promise<string | null>;
  onDeleteProject: (p: Project) => Promise<string | null>;
  onSaveClient: (save: ClientSave) => Promise<string | null>;
  onDeleteClient: (c: Client) => Promise<string | null>;
  onSettings: (patch: Partial<SettingsValue>) => void;
  onExport: () => Promise<string | null>;
  onImport: (file: File, options: ImportOptions) => Promise<ImportResult>;
  onCsv: (store: CsvStore) => Promise<string | null>;
  /** The Overview tab's content; the tab is left out when none is passed (as in component tests). */
  overview?: ReactNode;
  /** The Home tab (every client's open asks, pending money, overdue waits); left out when none is passed. */
  home?: ReactNode;
  /** The tab to open with (options.html?tab=home from a notification). */
  initialTab?: string | null;
  /** The Sites tab's content (site health); left out when none is passed. */
  sites?: ReactNode;
  /** Permission glue for self-hosted Jira / GitHub origins (needs a user gesture, so not onSettings). */
  selfHostedActions?: SelfHostedActions;
}

type Tab = 'home' | 'projects' | 'clients' | 'overview' | 'settings' | 'sites' | 'data';

export function OptionsApp(props: OptionsAppProps) {
  const tabs: [Tab, string][] = [
    ...(props.home ? ([['home', t('home')]] as [Tab, string][]) : []),
    ['projects', t('projects')],
    ['clients', t('clients')],
    ...(props.overview ? ([['overview', t('tabOverview')]] as [Tab, string][]) : []),
    ['settings', t('settings')],
    ...(props.sites ? ([['sites', t('sites')]] as [Tab, string][]) : []),
    ['data', t('tabData')],
  ];
  const [tab, setTab] = useState<Tab>(() => tabs.find(([id]) => id === props.initialTab)?.[0] ?? 'projects');
  return (
    <main className="sk-page">
      <h1>{t('extName')}</h1>
      <nav className="sk-tabs" role="tablist" aria-label={t('sections')}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            data-testid={`tab-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'projects' && (
          <ProjectsTab
            clients={props.clients}
            projects={props.projects}
            loading={props.projectsLoading ?? false}
            parseSow={props.parseSow}
            onSave={props.onSaveProject}
            onDelete={props.onDeleteProject}
          />
        )}
        {tab === 'clients' && (
          <ClientsTab
            clients={props.clients}
            projects={props.projects}
            onSave={props.onSaveClient}
            onDelete={props.onDeleteClient}
          />
        )}
        {tab === 'home' && props.home}
        {tab === 'overview' && props.overview}
        {tab === 'settings' &&
          (props.settings ? (
            <SettingsForm
              settings={props.settings}
              onChange={props.onSettings}
              selfHostedActions={props.selfHostedActions}
            />
          ) : (
            <p>{t('settingsLoading')}</p>
          ))}
        {tab === 'sites' && props.sites}
        {tab === 'data' && <DataPanel onExport={props.onExport} onImport={props.onImport} onCsv={props.onCsv} />}
      </div>
    </main>
  );
}
