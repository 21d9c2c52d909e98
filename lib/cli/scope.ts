// `npm run scope -- <classify|eval|parse-sow|parse-eval> ...`: the scope engine from the command line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, parseSow } from '@/lib/scope';
import { readMessages, readProjects } from '@/lib/scope/corpus';
import { evaluate, formatReport, predictAll } from '@/lib/scope/evaluate';
import { formatParseReport, scoreParser } from '@/lib/scope/sow-eval';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const projectsFile = option(args, '--projects', path.join(DEV_CORPUS, 'projects.json'));
  const messagesFile = option(args, '--messages', path.join(DEV_CORPUS, 'messages.jsonl'));
  switch (command) {
    case 'classify': {
      const projects = readProjects(projectsFile);
      const byId = new Map(projects.map((p) => [p.id, p]));
      for (const m of readMessages(messagesFile)) {
        const project = byId.get(m.projectId);
        const scope = project?.scope ?? (project?.sowText ? parseSow(project.sowText) : parseSow(''));
        const r = classify(m, scope);
        const line = {
          id: m.id,
          scope: r.verdict,
          scopeRef: r.scopeRef,
          upsell: r.upsell.value,
          sentiment: r.sentiment.value,
          confidence: r.confidence,
          reason: r.reason,
        };
        process.stdout.write(JSON.stringify(line) + '\n');
      }
      return 0;
    }
    case 'eval': {
      const predictions = predictAll(readProjects(projectsFile), readMessages(messagesFile));
      for (const line of formatReport(evaluate(predictions))) console.log(line);
      if (args.includes('--by-project')) {
        for (const id of [...new Set(predictions.map((p) => p.message.projectId))]) {
          const r = evaluate(predictions.filter((p) => p.message.projectId === id));
          const out = r.perLabel.out_of_scope;
          console.log(
            `${id.padEnd(24)} n=${r.n} out_of_scope F1=${out?.f1.toFixed(3)} accuracy=${r.accuracy.toFixed(3)}`,
          );
        }
      }
      if (args.includes('--errors')) {
        for (const { message, result } of predictions) {
          const gold = message.labels;
          if (
            !gold ||
            (gold.scope === result.verdict && (gold.scope === 'no_request' || gold.scopeRef === result.scopeRef))
          )
            continue;
          console.log(
            `${message.id} gold=${gold.scope}/${gold.scopeRef} got=${result.verdict}/${result.scopeRef} :: ${result.reason}`,
          );
        }
      }
      return 0;
    }
    case 'parse-sow': {
      const file = args[0];
      if (!file) throw new Error('usage: parse-sow FILE');
      console.log(JSON.stringify(parseSow(readFileSync(file, 'utf8')), null, 2));
      return 0;
    }
    case 'parse-eval': {
      for (const line of formatParseReport(scoreParser(readProjects(projectsFile)))) console.log(line);
      return 0;
    }
    default:
      console.error(
        'usage: scope <classify|eval|parse-sow FILE|parse-eval> [--projects FILE] [--messages FILE] [--errors]',
      );
      return 2;
  }
}

// `scope classify ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
