// Which project this page belongs to. When nothing matched, a picker: the choice is remembered for
// the thread or ticket by the background (panel:assignProject).
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { EmptyState } from '@/components/ui/EmptyState';
import type { Client, Project } from '@/lib/db/schemas';
import type { Outcome } from './types';

interface Props {
  project: Project | null;
  projects: Project[];
  clients: Client[];
  onAssign: (projectId: string) => Outcome;
  onOpenOptions: () => void;
}

export function ProjectHeader({ project, projects, clients, onAssign, onOpenOptions }: Props) {
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? 'unknown client';
  const active = projects.filter((p) => p.deletedAt === null && p.status !== 'closed');

  if (project && !picking) {
    return (
      <div className="sk-row" data-testid="panel-project" data-project-id={project.id}>
        <strong>{project.name}</strong>
        <span className="sk-hint">{clientName(project.clientId)}</span>
        <button type="button" onClick={() => setPicking(true)} aria-label="Change the project of this page">
          Change
        </button>
      </div>
    );
  }
  if (active.length === 0) {
    return (
      <EmptyState testId="panel-no-projects">
        No projects yet. Add the client and paste the SOW in the options page, then come back to this page.{' '}
        <button type="button" onClick={onOpenOptions}>
          Open options
        </button>
      </EmptyState>
    );
  }
  return (
    <form
      className="sk-card"
      data-testid="panel-picker"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!choice) return setError('Pick a project first');
        const err = await onAssign(choice);
        setError(err);
        if (!err) setPicking(false);
      }}
    >
      <p>{project ? 'Move this page to another project:' : 'No project matched this page. Which project is it?'}</p>
      <Field label="Project" error={error ?? undefined}>
        <select data-testid="panel-project-pick" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose…</option>
          {active.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({clientName(p.clientId)})
            </option>
          ))}
        </select>
      </Field>
      <div className="sk-row">
        <button type="submit" className="primary" data-testid="panel-project-assign">
          Use this project
        </button>
        {project && (
          <button type="button" onClick={() => setPicking(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
