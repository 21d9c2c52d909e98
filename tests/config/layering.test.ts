// @vitest-environment node
// The layering rules in eslint.config.js, proved: a probe file that breaks each rule is linted at
// a path inside the layer with ESLint's Node API, and the rule must report it. If a rule is
// dropped or its file globs stop matching, `npm run lint` would let real breakage through and
// this test fails instead.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });
const RULE = '@typescript-eslint/no-restricted-imports';

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const cases: [rule: string, file: string, code: string][] = [
  [
    'lib never imports components',
    'lib/insights/probe.ts',
    "import { OverviewView } from '@/components/insights/OverviewView';",
  ],
  [
    'lib never imports components, even types',
    'lib/forms/probe.ts',
    "import type { PanelPage } from '@/components/sidepanel/types';",
  ],
  [
    'lib never imports entrypoints',
    'lib/changeorders/probe.ts',
    "import { copyText } from '@/entrypoints/sidepanel/clipboard';",
  ],
  [
    'lib never imports entrypoints (relative)',
    'lib/hooks/probe.ts',
    "import { copyText } from '../../entrypoints/sidepanel/clipboard';",
  ],
  ['content runtime never opens the database', 'lib/content/probe.ts', "import { listRecords } from '@/lib/db';"],
  ['site adapters never import db schemas', 'lib/sites/probe.ts', "import { siteId } from '@/lib/db/schemas';"],
  ['dom helpers never import zod', 'lib/dom/probe.ts', "import { z } from 'zod';"],
  [
    'content scripts take the protocol as types only',
    'lib/content/probe.ts',
    "import { requestSchemas } from '@/lib/messaging/protocol';",
  ],
  [
    'content entrypoints never open the database',
    'entrypoints/gmail.content/probe.ts',
    "import { openDb } from '@/lib/db/open';",
  ],
  [
    'content entrypoints never receive (zod)',
    'entrypoints/tickets.content/probe.ts',
    "import { dispatch } from '@/lib/messaging/receive';",
  ],
  ['the CLI never imports tests', 'lib/cli/probe.ts', "import { makeClient } from '@/tests/factories';"],
  ['scripts never import tests', 'scripts/probe.ts', "import { makeClient } from '../tests/factories';"],
  [
    'components never import entrypoints',
    'components/sidepanel/Probe.tsx',
    "import { copyText } from '@/entrypoints/sidepanel/clipboard';",
  ],
  ['components never call the browser API', 'components/options/Probe.tsx', "import { browser } from 'wxt/browser';"],
  [
    'components never message the background',
    'components/popup/Probe.tsx',
    "import { sendToBackground } from '@/lib/messaging/send';",
  ],
];

describe('layering lint rules', { timeout: 60_000 }, () => {
  it.each(cases)('%s', async (_rule, file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it('allows what the layers are for', async () => {
    expect(
      await restricted('lib/content/probe.ts', "import type { BadgeInfo } from '@/lib/messaging/protocol';"),
    ).toEqual([]);
    expect(
      await restricted(
        'entrypoints/sidepanel/probe.ts',
        "import { MoneyView } from '@/components/changeorder/MoneyView';",
      ),
    ).toEqual([]);
    expect(await restricted('lib/background/probe.ts', "import { listRecords } from '@/lib/db';")).toEqual([]);
    expect(
      await restricted('tests/lib/probe.test.ts', "import { OverviewView } from '@/components/insights/OverviewView';"),
    ).toEqual([]);
  });
});
