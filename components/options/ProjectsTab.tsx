import { useMemo, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { VirtualList } from '@/components/ui/VirtualList';
import type { Client, Project } from '@/lib/db/schemas';
import type { ProjectScope } from '@/lib/scope/types';
import type { ProjectSave } from '@/lib/forms/projectForm';
import { formatLinks } from '@/lib/forms/fields';
import { ProjectForm } from './ProjectForm';

interface Props {
  clients: Client[];
  projects: Project[];
  parseSow: (text: string) => ProjectScope;
  onSave: (save: ProjectSave, existing: Project | null) => Promise<string | null>;
  /** Resolves to an error sentence, or null when deleted. */
  onDelete: (project: Project) => Promise<string | null>;
}

export function ProjectsTab({ clients, projects, parseSow, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState<Project | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async (x: Project) => {
    if (!window.confirm(`Delete project ${x.name}?`)) return;
    setDeleteError(await onDelete(x));
  };
  const clientName = useMemo(() => new Map(clients.map((c) => [c.id, c.name])), [clients]);
  return (
    <section aria-labelledby="projects-h">
      <div className="sk-row">
        <h2 id="projects-h">Projects</h2>
        <button type="button" className="primary" data-testid="project-new" onClick={() => setEditing('new')}>
          New project
        </button>
      </div>
      <Notice kind="error" text={deleteError} />
      {editing && (
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
      )}
      {projects.length === 0 ? (
        <EmptyState>
          No projects yet. Press “New project”, name the client, paste the signed SOW and parse it: asks in that
          client’s emails and tickets are then checked against it.
        </EmptyState>
      ) : (
        <VirtualList
          label="Projects"
          items={projects}
          keyOf={(p) => p.id}
          render={(p) => (
            <div className="sk-card" data-testid="project-row" data-project-id={p.id}>
              <div className="sk-row">
                <strong>{p.name}</strong>
                <span>{clientName.get(p.clientId) ?? 'unknown client'}</span>
                <span className="sk-hint">{p.status}</span>
                <span className="sk-hint">
                  {p.scope.deliverables.length} deliverables, {p.scope.exclusions.length} exclusions
                </span>
              </div>
              <div className="sk-row">
                {p.links.length > 0 && <span className="sk-hint">{formatLinks(p.links)}</span>}
                <button type="button" onClick={() => setEditing(p)} aria-label={`Edit project ${p.name}`}>
                  Edit
                </button>
                <button type="button" onClick={() => void remove(p)} aria-label={`Delete project ${p.name}`}>
                  Delete
                </button>
              </div>
            </div>
          )}
        />
      )}
    </section>
  );
}
