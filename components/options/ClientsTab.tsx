import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { VirtualList } from '@/components/ui/VirtualList';
import type { Client, Project } from '@/lib/db/schemas';
import type { ClientSave } from './ClientForm';
import { ClientForm } from './ClientForm';

interface Props {
  clients: Client[];
  projects: Project[];
  onSave: (save: ClientSave) => Promise<string | null>;
  /** Resolves to an error sentence, or null when deleted. */
  onDelete: (client: Client) => Promise<string | null>;
}

export function ClientsTab({ clients, projects, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async (x: Client) => {
    if (!window.confirm(`Delete client ${x.name}?`)) return;
    setDeleteError(await onDelete(x));
  };
  const projectCount = (id: string) => projects.filter((p) => p.clientId === id).length;
  return (
    <section aria-labelledby="clients-h">
      <div className="sk-row">
        <h2 id="clients-h">Clients</h2>
        <button type="button" data-testid="client-new" onClick={() => setEditing('new')}>
          New client
        </button>
      </div>
      <Notice kind="error" text={deleteError} />
      {editing && (
        <ClientForm
          key={editing === 'new' ? 'new' : editing.id}
          clients={clients}
          client={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSave={async (save) => {
            const err = await onSave(save);
            if (!err) setEditing(null);
            return err;
          }}
        />
      )}
      {clients.length === 0 ? (
        <EmptyState>
          No clients yet. Add one with its email domains so Scopekeeper can tell whose emails you open.
        </EmptyState>
      ) : (
        <VirtualList
          label="Clients"
          items={clients}
          keyOf={(c) => c.id}
          render={(c) => (
            <div className="sk-card sk-row" data-testid="client-row">
              <strong>{c.name}</strong>
              <span className="sk-hint">{c.domains.join(', ') || 'no domains'}</span>
              <span className="sk-hint">{projectCount(c.id)} projects</span>
              <button type="button" onClick={() => setEditing(c)} aria-label={`Edit client ${c.name}`}>
                Edit
              </button>
              <button type="button" onClick={() => void remove(c)} aria-label={`Delete client ${c.name}`}>
                Delete
              </button>
            </div>
          )}
        />
      )}
    </section>
  );
}
