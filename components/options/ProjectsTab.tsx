import { lazy, Suspense, useMemo, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { VirtualList } from '@/components/ui/VirtualList';
import type { Client, Project } from '@/lib/db/schemas';
import type { SowParser } from '@/lib/sow-review';
import type { ProjectSave } from '@/lib/forms/projectForm';
import { formatLinks } from '@/lib/forms/fields';
import { projectStatusLabel } from '@/lib/forms/projectStatus';
import { t, tn } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';
import { SectionLoading } from '@/components/ui/SectionLoading';

// The form reads SOWs with the scope engine (about 1 MB of code): it loads when a project is opened
// for editing (or at the first key or pointer press, see preloadProjectForm), never with the list.
export const preloadProjectForm = () => import('./ProjectForm');
const ProjectForm = lazy(() => preloadProjectForm().then((m) => ({ default: m.ProjectForm })));

interface Props {
  clients: Client[];
  projects: Project[];
  /** The list is still being read (no empty state until it is in). */
  loading?: boolean;
  parseSow: SowParser;
  onSave: (save: ProjectSave, existing: Project | null) => Promise<string | null>;
  /** Resolves to an error sentence, or null when deleted. */
  onDelete: (project: Project) => Promise<string | null>;
}

export function ProjectsTab({ clients, projects, loading = false, parseSow, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async (x: Project) => {
    if (!window.confirm(t('projectDeleteConfirm', { name: x.name }))) return;
    setDeleteError(await onDelete(x));
  };
  const clientName = useMemo(() => new Map(clients.map((c) => [c.id, c.name])), [clients]);
  return (
    <section aria-labelledby="projects-h">
      <div className="sk-row">
        <h2 id="projects-h">{t('projects')}</h2>
        <Button kind="primary" data-testid="project-new" onClick={() => setEditing('new')}>
          {t('projectNew')}
        </Button>
      </div>
      <Notice kind="error" text={deleteError} />
      {editing && (
        <Suspense fallback={<SectionLoading />}>
          <ProjectForm
            key={editing === 'new' ? 'new' : editing.id}
            clients={clients}
            project={editing === 'new' ? null : editing}
            parseSow={parseSow}
            onCancel={() => setEditing(null)}
            onSave={async (save) => {
              const err = await onSave(save, editing === 'new' ? null : editing);
              if (!err) setEditing(null);
              return err;
            }}
          />
        </Suspense>
      )}
      {projects.length === 0 && loading ? (
        <SectionLoading />
      ) : projects.length === 0 ? (
        <EmptyState>{t('projectsEmpty')}</EmptyState>
      ) : (
        <VirtualList
          label={t('projects')}
          items={projects}
          keyOf={(p) => p.id}
          render={(p) => (
            <div className="sk-card" data-testid="project-row" data-project-id={p.id}>
              <div className="sk-row">
                <strong>{p.name}</strong>
                <span>{clientName.get(p.clientId) ?? t('unknownClient')}</span>
                <span className="sk-hint">{projectStatusLabel(p.status)}</span>
                <span className="sk-hint">
                  {t('scopeCounts', {
                    deliverables: tn('deliverableCount', p.scope.deliverables.length),
                    exclusions: tn('exclusionCount', p.scope.exclusions.length),
                  })}
                </span>
              </div>
              <div className="sk-row">
                {p.links.length > 0 && <span className="sk-hint">{formatLinks(p.links)}</span>}
                <button
                  type="button"
                  onClick={() => setEditing(p)}
                  aria-label={t('projectEditLabel', { name: p.name })}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  onClick={() => void remove(p)}
                  aria-label={t('projectDeleteLabel', { name: p.name })}
                >
                  {t('delete')}
                </button>
              </div>
            </div>
          )}
        />
      )}
    </section>
  );
}
