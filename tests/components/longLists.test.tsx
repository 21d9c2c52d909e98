// 10,000 records: lists are windowed, so the first render builds a screenful of rows, not 10,000.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { ProjectView } from '@/components/sidepanel/ProjectView';
import { emptyScope } from '@/lib/scope/empty';
import { client, feedback, project } from '../factories/workspace';

afterEach(cleanup);

const N = 10_000;

describe('long lists', { timeout: 20_000 }, () => {
  it('options: 10,000 projects render windowed and fast', () => {
    const c = client();
    const projects = Array.from({ length: N }, (_, i) => project(c.id, { name: `Project ${i}` }));
    const none = vi.fn(async () => null);
    const t0 = performance.now();
    render(
      <OptionsApp
        clients={[c]}
        projects={projects}
        settings={null}
        parseSow={() => emptyScope()}
        onSaveProject={none}
        onDeleteProject={none}
        onSaveClient={none}
        onDeleteClient={none}
        onSettings={() => {}}
        onExport={none}
        onImport={async () => ({ ok: false, error: 'unused' })}
        onCsv={none}
      />,
    );
    const ms = performance.now() - t0;
    const rows = screen.getAllByTestId('project-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    console.info(
      `[bench] options first render, ${N} projects: ${ms.toFixed(0)} ms (happy-dom), ${rows.length} rows in DOM`,
    );
    expect(ms).toBeLessThan(4000); // windowed renders ~0.5 s here, unwindowed many seconds; the e2e run measures the real number
  });

  it('side panel: 10,000 feedback entries render windowed', () => {
    const c = client();
    const p = project(c.id);
    const entries = Array.from({ length: N }, (_, i) => feedback({ note: `Note ${i}`, projectId: p.id }));
    const t0 = performance.now();
    render(<ProjectView project={p} feedback={entries} waits={[]} upsells={[]} requests={[]} onCloseWait={() => {}} />);
    const ms = performance.now() - t0;
    const rows = screen.getAllByTestId('feedback-entry');
    expect(rows.length).toBeLessThan(60);
    console.info(
      `[bench] project view first render, ${N} feedback: ${ms.toFixed(0)} ms (happy-dom), ${rows.length} rows in DOM`,
    );
    expect(ms).toBeLessThan(4000);
  });
});
