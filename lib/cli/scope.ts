// `npm run scope -- <command> ...`: the scope engine from the command line.
//   classify --projects P --messages M      one JSON line per message (corpus FORMAT.md)
//   eval --projects P --messages M          scores [--parsed] [--by-project] [--errors]
//   parse-sow FILE                          the parsed scope as JSON
//   parse-eval --projects P                 the SOW parser against the gold scopes
//   train [--sets a,b] [--parsed]           fit the models, write lib/scope/weights.json
//   cv [--sets a,b] [--folds 5] [--parsed]  grouped cross-validation, per fold
//   taxonomy                                rewrite lib/scope/taxonomy/phrase-index.json from agency-work.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, parseSow, parseSowDetailed } from '@/lib/scope';
import { HELD_OUT, listSets, loadSet } from '@/lib/scope/corpora';
import { readMessages, readProjects, type CorpusProject } from '@/lib/scope/corpus';
import {
  evaluate,
  evaluateCards,
  formatCardReport,
  formatReport,
  predictAll,
  predictCards,
} from '@/lib/scope/evaluate';
import { crossValidate, prepare, train } from '@/lib/scope/learn/train';
import { formatParseReport, scoreParser } from '@/lib/scope/sow-eval';
import { buildPhraseIndex, encodePhraseIndex } from '@/lib/scope/taxonomy';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const DIRS = {
  shared: path.resolve(repoRoot, '../shared/corpus'),
  repo: path.resolve(repoRoot, 'tests/fixtures/corpus'),
};
const WEIGHTS_FILE = path.resolve(repoRoot, 'lib/scope/weights.json');
const PHRASE_INDEX_FILE = path.resolve(repoRoot, 'lib/scope/taxonomy/phrase-index.json');

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
}

/** The scope a user gets who pastes the SOW and saves without reviewing it. */
function parsedScopes(projects: CorpusProject[]): CorpusProject[] {
  return projects.map((p) => ({ ...p, scope: p.sowText ? parseSow(p.sowText) : p.scope }));
}

function trainingSets(args: string[]) {
  const wanted = option(args, '--sets', '');
  const all = listSets(DIRS).filter((s) => (wanted ? wanted.split(',').includes(s.name) : !HELD_OUT.has(s.name)));
  return all.map((s) => loadSet(s.name, s.dir));
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const projectsFile = option(args, '--projects', path.join(DEV_CORPUS, 'projects.json'));
  const messagesFile = option(args, '--messages', path.join(DEV_CORPUS, 'messages.jsonl'));
  const parsed = args.includes('--parsed');
  switch (command) {
    case 'classify': {
      const projects = readProjects(projectsFile);
      const byId = new Map((parsed ? parsedScopes(projects) : projects).map((p) => [p.id, p]));
      for (const m of readMessages(messagesFile)) {
        const project = byId.get(m.projectId);
        const scope = project?.scope ?? parseSow('');
        const r = classify(m, scope);
        // The corpus has three labels: with no project or scope, the best guess is "no request".
        const verdict = r.verdict === 'unknown' ? 'no_request' : r.verdict;
        const line = {
          id: m.id,
          scope: verdict,
          scopeRef: r.scopeRef,
          upsell: r.upsell.value,
          sentiment: r.sentiment.value,
          confidence: r.confidence,
          check: r.unsure,
          reason: r.reason,
        };
        process.stdout.write(JSON.stringify(line) + '\n');
      }
      return 0;
    }
    case 'eval': {
      const projects = readProjects(projectsFile);
      const judged = parsed ? parsedScopes(projects) : projects;
      const messages = readMessages(messagesFile);
      const predictions = predictAll(judged, messages);
      for (const line of formatReport(evaluate(predictions))) console.log(line);
      console.log(formatCardReport(evaluateCards(predictCards(judged, messages))));
      if (args.includes('--by-project')) {
        for (const id of [...new Set(predictions.map((p) => p.message.projectId))]) {
          const r = evaluate(predictions.filter((p) => p.message.projectId === id));
          console.log(
            `${id.padEnd(28)} n=${r.n} out_of_scope F1=${r.perLabel.out_of_scope?.f1.toFixed(3)} accuracy=${r.accuracy.toFixed(3)}`,
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
      const detailed = parseSowDetailed(readFileSync(file, 'utf8'));
      console.log(
        JSON.stringify({ ...detailed.scope, notes: detailed.notes.map((n) => `${n.kind}: ${n.text}`) }, null, 2),
      );
      return 0;
    }
    case 'parse-eval': {
      for (const line of formatParseReport(scoreParser(readProjects(projectsFile)), !args.includes('--summary')))
        console.log(line);
      return 0;
    }
    case 'train': {
      const sets = trainingSets(args);
      const data = prepare(sets, parsed ? 'parsed' : 'gold');
      const weights = train(
        data,
        sets.map((s) => s.name),
      );
      writeFileSync(WEIGHTS_FILE, JSON.stringify(weights, null, 1) + '\n');
      console.log(
        `trained on ${data.length} messages from ${sets.map((s) => s.name).join(', ')}; wrote ${path.relative(repoRoot, WEIGHTS_FILE)}`,
      );
      return 0;
    }
    case 'taxonomy': {
      const file = encodePhraseIndex(buildPhraseIndex());
      writeFileSync(PHRASE_INDEX_FILE, JSON.stringify(file, null, 0) + '\n');
      console.log(`wrote ${file.phrases.length} first words to ${path.relative(repoRoot, PHRASE_INDEX_FILE)}`);
      return 0;
    }
    case 'cv': {
      const sets = trainingSets(args);
      const data = prepare(sets, parsed ? 'parsed' : 'gold');
      const { folds, pooled, cards } = crossValidate(
        data,
        Number(option(args, '--folds', '5')),
        args.includes('--by-set'),
      );
      for (const f of folds) {
        const out = f.report.perLabel.out_of_scope!;
        console.log(
          `fold ${f.fold} (${f.projects[0]?.split('/')[0]}${args.includes('--by-set') ? '' : ', ...'}): ${f.projects.length} projects, ${f.report.n} messages, out_of_scope F1=${out.f1.toFixed(3)} (P=${out.precision.toFixed(3)} R=${out.recall.toFixed(3)}) accuracy=${f.report.accuracy.toFixed(3)}`,
        );
      }
      console.log('pooled:');
      for (const line of formatReport(pooled.report)) console.log(`  ${line}`);
      console.log(`  ${formatCardReport(evaluateCards(cards))}`);
      const dump = option(args, '--dump', '');
      if (dump) {
        const lines = pooled.predictions.map(({ message, result }) =>
          JSON.stringify({
            id: message.id,
            channel: message.channel,
            gold: message.labels,
            got: {
              scope: result.verdict,
              scopeRef: result.scopeRef,
              confidence: result.confidence,
              unsure: result.unsure,
              reason: result.reason,
            },
          }),
        );
        writeFileSync(dump, lines.join('\n') + '\n');
      }
      return 0;
    }
    default:
      console.error(
        'usage: scope <classify|eval|parse-sow FILE|parse-eval|train|cv> [--projects FILE] [--messages FILE] [--parsed] [--sets a,b] [--errors]',
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
