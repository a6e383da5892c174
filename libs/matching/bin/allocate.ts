/**
 * Allocate a cohort from a JSON instance file (libs/matching/README.md):
 *
 *   npx nx run matching:allocate -- --in instance.json --out result.json [--seed 42]
 *
 * Writes {"assignment", "unassigned", "report"}; the report gets the run time measured here, since
 * the engine itself is pure. Exit codes: 0 done, 1 bad instance (the message names the entry),
 * 2 bad command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  allocateCohort,
  CohortInstanceError,
  DEFAULT_MAX_CHOICES,
  measureManipulation,
  parseCohortInstance,
} from '../src/index';

const USAGE = `Usage: allocate --in <instance.json> [--out <result.json>] [--seed <integer>]
                [--max-choices <n>] [--manipulation-trials <n>] [--manipulation-seed <integer>]

  --in                   the instance: {"days", "slots", "pupils", "lottery" | "seed", "priority"?}
  --out                  where to write the result (default: standard output)
  --seed                 draw the lottery from this seed (the instance must have no "lottery")
  --max-choices          the longest ranking accepted (default ${DEFAULT_MAX_CHOICES})
  --manipulation-trials  misreports to try for the report's manipulation measure (default 20; 0 skips)
  --manipulation-seed    seed for picking those misreports (default 1)`;

class UsageError extends Error {}

function integerOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value)) {
    throw new CohortInstanceError(`--${name}`, `must be a non-negative integer, got "${value}"`);
  }
  return Number(value);
}

function readCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        'max-choices': { type: 'string' },
        'manipulation-trials': { type: 'string' },
        'manipulation-seed': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function main(argv: readonly string[]): number {
  const values = readCommandLine(argv);
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.in === undefined) {
    throw new UsageError('--in <instance.json> is required');
  }

  const seed = integerOption(values.seed, 'seed');
  const maxChoices = integerOption(values['max-choices'], 'max-choices') ?? DEFAULT_MAX_CHOICES;
  const trials = integerOption(values['manipulation-trials'], 'manipulation-trials') ?? 20;
  const manipulationSeed = integerOption(values['manipulation-seed'], 'manipulation-seed') ?? 1;

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.in, 'utf8'));
  } catch (error) {
    throw new CohortInstanceError(
      values.in,
      error instanceof SyntaxError
        ? `not valid JSON: ${error.message}`
        : `cannot read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const instance = parseCohortInstance(raw, {
    maxChoices,
    ...(seed === undefined ? {} : { seed }),
  });

  const started = performance.now();
  const result = allocateCohort(instance);
  const runTimeMs = Math.round((performance.now() - started) * 10) / 10;
  const manipulation =
    trials > 0 ? measureManipulation(instance, { trials, seed: manipulationSeed }) : null;

  const output = { ...result, report: { ...result.report, runTimeMs, manipulation } };
  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (values.out === undefined) {
    process.stdout.write(json);
  } else {
    writeFileSync(values.out, json);
    const { report } = result;
    process.stderr.write(
      `allocated ${report.pupils} pupils in ${runTimeMs} ms: ${report.pupilsFullyAssigned} fully, ` +
        `${report.pupilsPartiallyAssigned} partially, ${report.pupilsUnassigned} not at all; ` +
        `${report.blockingPairs} blocking pairs; ${report.seatsLeft} seats left -> ${values.out}\n`,
    );
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`allocate: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof CohortInstanceError) {
    process.stderr.write(`allocate: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
