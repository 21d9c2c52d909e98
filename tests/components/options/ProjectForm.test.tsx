import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '@/components/options/ProjectForm';
import type { ProjectScope } from '@/lib/scope/types';
import type { ProjectSave } from '@/lib/forms/projectForm';
import { client } from '../../factories/workspace';

const savedWith = (fn: { mock: { calls: unknown[][] } }) => fn.mock.calls[0]?.[0] as ProjectSave;

afterEach(cleanup);

const parsed: ProjectScope = {
  deliverables: [
    { id: 'd1', title: 'Homepage design', description: 'Homepage design', quantity: null },
    { id: 'd2', title: 'Page templates', description: 'Up to 12 templates', quantity: 12 },
  ],
  exclusions: [{ id: 'x1', title: 'Copywriting', description: 'Copywriting' }],
  revisionRounds: 2,
  budgetHours: 320,
  hourlyRate: 150,
  currency: 'USD',
  startDate: '2026-09-01',
  endDate: null,
};

function setup(clients = [client({ name: 'Globex', domains: ['globex.com'] })]) {
  const onSave = vi.fn(async () => null);
  const parseSow = vi.fn(() => parsed);
  render(<ProjectForm clients={clients} project={null} parseSow={parseSow} onSave={onSave} onCancel={() => {}} />);
  return { onSave, parseSow, user: userEvent.setup({ delay: null }) };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByTestId('project-client'), 'Acme Outdoor');
  await user.type(screen.getByTestId('project-domains'), 'acmeoutdoor.com, @Acme.co.uk');
  await user.type(screen.getByTestId('project-name'), 'Website rebuild');
  await user.type(screen.getByTestId('project-sow'), 'Deliverables: 1. Homepage design');
  await user.click(screen.getByTestId('sow-parse'));
}

describe('ProjectForm', { timeout: 20_000 }, () => {
  it('shows the parsed deliverables and exclusions for review, and saves parsed fields', async () => {
    const { onSave, user } = setup();
    await fillValid(user);
    expect(screen.getAllByTestId('sow-deliverable')).toHaveLength(2);
    expect(screen.getAllByTestId('sow-exclusion')).toHaveLength(1);
    expect(screen.getAllByTestId('sow-deliverable')[1]!.textContent).toContain('Page templates');
    await user.type(screen.getByTestId('project-links'), 'jira:ACME, github:org/repo');
    await user.click(screen.getByTestId('project-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const save = savedWith(onSave);
    expect(save.client).toEqual({ id: null, name: 'Acme Outdoor', domains: ['acmeoutdoor.com', 'acme.co.uk'] });
    expect(save.project.links).toEqual([
      { site: 'jira', value: 'ACME' },
      { site: 'github', value: 'org/repo' },
    ]);
    // The SOW's rate became the first rate-card row, in cents.
    expect(save.project.rateCard).toEqual([{ role: 'Blended rate', rateCents: 15000 }]);
    expect(save.project.scope.deliverables.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('lets the AM edit and remove a parsed item before saving', async () => {
    const { onSave, user } = setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Remove exclusion x1' }));
    await user.click(screen.getByRole('button', { name: 'Edit deliverable d1' }));
    const title = screen.getByLabelText('Deliverable d1 title');
    await user.clear(title);
    await user.type(title, 'Home and landing page design');
    await user.click(screen.getByTestId('project-save'));
    const save = savedWith(onSave);
    expect(save.project.scope.exclusions).toEqual([]);
    expect(save.project.scope.deliverables[0]?.title).toBe('Home and landing page design');
  });

  it('empty name: message next to the field, nothing saved', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('project-client'), 'Acme');
    await user.click(screen.getByTestId('project-save'));
    const name = screen.getByTestId('project-name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toMatch(
      /project name/,
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('bad rate: message next to the rate, nothing saved', async () => {
    const { onSave, user } = setup();
    await fillValid(user);
    await user.click(screen.getByTestId('rate-add'));
    const roles = screen.getAllByTestId('rate-role');
    const rates = screen.getAllByTestId('rate-value');
    await user.type(roles[1]!, 'Developer');
    await user.type(rates[1]!, '-12');
    await user.click(screen.getByTestId('project-save'));
    expect(rates[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/“-12” is not an amount/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('duplicate domain: a domain of another client is refused, nothing saved', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('project-client'), 'Acme');
    await user.type(screen.getByTestId('project-domains'), 'acme.com, globex.com');
    await user.type(screen.getByTestId('project-name'), 'Rebuild');
    await user.click(screen.getByTestId('project-save'));
    expect(screen.getByTestId('project-domains').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/globex.com already belongs to Globex/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('picking an existing client by name reuses it and its domains', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('project-client'), 'globex');
    expect((screen.getByTestId('project-domains') as HTMLInputElement).value).toBe('globex.com');
    await user.type(screen.getByTestId('project-name'), 'Retainer');
    await user.click(screen.getByTestId('project-save'));
    const save = savedWith(onSave);
    expect(save.client.id).not.toBeNull();
    expect(save.client.name).toBe('Globex');
  });

  it('loads the SOW from a .md file and parses it; explains a file it cannot read', async () => {
    const { parseSow, user } = setup();
    const input = screen.getByTestId('sow-file') as HTMLInputElement;
    await user.upload(input, new File(['# SOW\nDeliverables'], 'sow.md', { type: 'text/markdown' }));
    await vi.waitFor(() => expect(screen.getAllByTestId('sow-deliverable')).toHaveLength(2));
    expect(parseSow).toHaveBeenCalledWith('# SOW\nDeliverables');
    expect((screen.getByTestId('project-sow') as HTMLTextAreaElement).value).toBe('# SOW\nDeliverables');
    // The picker's accept filter hides other files; a drag-and-drop or "All files" choice still gets here.
    await userEvent
      .setup({ delay: null, applyAccept: false })
      .upload(input, new File(['x'], 'sow.pages', { type: 'application/octet-stream' }));
    expect(await screen.findByText(/sow.pages: not a SOW file Scopekeeper reads/)).toBeTruthy();
    // Nothing is lost: the loaded text stays.
    expect((screen.getByTestId('project-sow') as HTMLTextAreaElement).value).toBe('# SOW\nDeliverables');
  });

  it('a bad tool link says which tools exist', async () => {
    const { onSave, user } = setup();
    await fillValid(user);
    await user.type(screen.getByTestId('project-links'), 'jora:ACME');
    await user.click(screen.getByTestId('project-save'));
    expect(screen.getByText(/“jora” is not a supported tool/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });
});
