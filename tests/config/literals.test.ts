// @vitest-environment node
// No literal user-facing text in the surfaces: components/ and entrypoints/ are parsed with the
// TypeScript compiler, and every piece of text a person would read must come from browser.i18n
// (`t()` / `tn()` from lib/i18n). Flagged: JSX text; string or template text given to JSX children
// or to text-bearing attributes (label, aria-label, title, placeholder, hint...); text in object
// properties named like text (label, title, message, error, text, note, summary...); and prose
// returned, thrown or passed to a state setter (setError('Could not...')). Class names, test ids,
// styles, keys and enum-like values ('out_of_scope') are not text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** JSX attributes whose values are never read by people. */
const NOT_TEXT_ATTRS = new Set([
  'className',
  'key',
  'id',
  'htmlFor',
  'type',
  'role',
  'name',
  'value',
  'defaultValue',
  'inputMode',
  'autoComplete',
  'accept',
  'rel',
  'target',
  'href',
  'src',
  'style',
  'lang',
  'dir',
  'list',
  'method',
  'testId',
  'saveTestId',
  'prefix',
  'kind',
  'fill',
  'stroke',
  'viewBox',
  'strokeDasharray',
  'textAnchor',
  'dateTime',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-live',
  'aria-busy',
  'aria-current',
  'aria-hidden',
  'aria-invalid',
  'aria-pressed',
  'aria-selected',
  'aria-disabled',
  'spellCheck',
  'size',
  'maxLength',
  'rows',
  'd',
  'x',
  'y',
  'width',
  'height',
  'status',
  'audience',
  'tableId',
  'currency',
  'locale',
  'scope',
  'aria-sort',
  'colSpan',
  'rowSpan',
  'headers',
  'tabIndex',
  'translate',
]);
/** Object keys whose string values are shown to people. */
const TEXT_KEYS =
  /^(label|title|hint|message|error|text|note|summary|emptyText|placeholder|caption|heading|description|name|reason)$/;
/** At least two letters: "OK" counts, "—" and "%" do not. */
const hasWords = (s: string) => /\p{L}.*\p{L}/su.test(s);
/** Prose rather than an identifier-like value: a capital start or a space between letters. */
const isProse = (s: string) => /^\s*\p{Lu}\p{Ll}/u.test(s) || /\p{L}[\s,.:;!?…][\s]?\p{L}/u.test(s);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function textsOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].filter((s) => s.trim() !== '');
  return [];
}

/** The expression's possible string results: through parentheses, conditionals and ?? / || / &&. */
function candidates(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return candidates(node.expression);
  if (ts.isConditionalExpression(node)) return [...candidates(node.whenTrue), ...candidates(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken)
      return [...candidates(node.left), ...candidates(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return candidates(node.right);
    if (op === ts.SyntaxKind.PlusToken) return [...candidates(node.left), ...candidates(node.right)];
  }
  if (ts.isJsxElement(node) || ts.isJsxFragment(node) || ts.isJsxSelfClosingElement(node)) return [];
  return [node];
}

export function findLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const check = (expr: ts.Expression | undefined, strict: boolean) => {
    if (!expr) return;
    for (const c of candidates(expr))
      for (const text of textsOf(c)) if (strict ? hasWords(text) : hasWords(text) && isProse(text)) report(c, text);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    )
      check(node.expression, true);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      const userFacing = !NOT_TEXT_ATTRS.has(name) && !name.startsWith('data-') && !/^on[A-Z]/.test(name);
      if (userFacing && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) check(node.initializer, true);
        else if (ts.isJsxExpression(node.initializer)) check(node.initializer.expression, true);
      }
    } else if (ts.isPropertyAssignment(node) && TEXT_KEYS.test(node.name.getText(sf))) check(node.initializer, false);
    else if (ts.isReturnStatement(node) || ts.isThrowStatement(node)) check(node.expression, false);
    else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'Error') check(node.arguments?.[0], false);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      if (/^(set[A-Z]\w*|report|confirm|alert|window\.confirm|window\.alert)$/.test(callee))
        for (const arg of node.arguments) check(arg, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

describe('user-facing text comes from the message catalogue', () => {
  it('finds no literal text in components/ or entrypoints/', () => {
    const files = [...sourceFiles(path.join(ROOT, 'components')), ...sourceFiles(path.join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(40);
    const findings = files.flatMap((f) => findLiterals(path.relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(findings.map((x) => `${x.file}:${x.line} ${JSON.stringify(x.text)}`)).toEqual([]);
  });

  it('catches each way a literal sneaks in, and lets non-text values through', () => {
    const probe = `
      export function Probe({ busy, n }: { busy: boolean; n: number }) {
        const [, setError] = useState('');
        const fail = () => setError('Could not save the thing.');
        const rows = [{ label: 'Approved', key: 'approved' }];
        if (n > 3) return null;
        return (
          <form aria-label="Quick form" className="sk-row wide" data-testid="probe-form" onSubmit={fail}>
            <h2>Heading text</h2>
            <Field label="Name" hint={busy ? 'Saving…' : undefined} />
            <button title={\`Remove line \${n}\`} type="button" style={{ margin: '0 4px' }}>{'Save'}</button>
            <span>{n} — {t('ok')}</span>
            <select value="out_of_scope" onChange={() => setError('')} />
          </form>
        );
      }`;
    const texts = findLiterals('probe.tsx', probe).map((f) => f.text);
    expect(texts.sort()).toEqual(
      [
        'Approved',
        'Could not save the thing.',
        'Heading text',
        'Name',
        'Quick form',
        'Remove line',
        'Save',
        'Saving…',
      ].sort(),
    );
    expect(
      findLiterals('probe.ts', "export const f = () => { throw new Error('Something broke here'); };"),
    ).toHaveLength(1);
  });
});
