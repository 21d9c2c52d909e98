import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { Notice } from '@/components/ui/Notice';
import { VirtualList } from '@/components/ui/VirtualList';
import type { Client, Project } from '@/lib/db/schemas';
import type { ClientSave } from './ClientForm';
import { ClientForm } from './ClientForm';
import { t, tn } from '@/lib/i18n';

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
    if (!window.confirm(t('clientDeleteConfirm', { name: x.name }))) return;
    setDeleteError(await onDelete(x));
  };
  const projectCount = (id: string) => projects.filter((p) => p.clientId === id).length;
  return (
    <section aria-labelledby="clients-h">
      <div className="sk-row">
        <h2 id="clients-h">{t('clients')}</h2>
        <button type="button" data-testid="client-new" onClick={() => setEditing('new')}>
          {t('clientNew')}
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
        <EmptyState>{t('clientsNone')}</EmptyState>
      ) : (
        <VirtualList
          label={t('clients')}
          items={clients}
          keyOf={(c) => c.id}
          render={(c) => (
            <div className="sk-card sk-row" data-testid="client-row">
              <strong>{c.name}</strong>
              <span className="sk-hint">{c.domains.join(', ') || t('noDomains')}</span>
              <span className="sk-hint">{tn('projectCount', projectCount(c.id))}</span>
              <button type="button" onClick={() => setEditing(c)} aria-label={t('clientEditLabel', { name: c.name })}>
                {t('edit')}
              </button>
              <button
                type="button"
                onClick={() => void remove(c)}
                aria-label={t('clientDeleteLabel', { name: c.name })}
              >
                {t('delete')}
              </button>
            </div>
          )}
        />
      )}
    </section>
  );
}
