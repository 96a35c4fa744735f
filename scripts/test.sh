#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is needed, checks formatting, lint and
# types, runs the unit tests, then the integration and end-to-end tests against a real Kafka
# broker and PostgreSQL (see tests/setup/global-setup.ts for how they are found).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$HB_ROOT"
scripts/setup.sh
results="$HB_ROOT/.data/test-results"
mkdir -p "$results"
export NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning ${NODE_OPTIONS:-}"
export KAFKAJS_NO_PARTITIONER_WARNING=1

echo "== format, lint, types (eslint beside the others: one per core)" >&2
npx eslint . --max-warnings 0 &
eslint=$!
npx prettier --check . --log-level warn
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/console/tsconfig.json --noEmit
wait "$eslint"

echo "== unit tests" >&2
# Two workers on two cores (jest's default there is one); the unit tests do no I/O.
npx jest --config jest.config.js --maxWorkers=2 --json --outputFile="$results/unit.json"
echo "== integration and end-to-end tests (real Kafka and PostgreSQL)" >&2
# --forceExit: a test that fails half-way through starting a service can leave a Kafka client behind;
# it must fail the run, never hang it.
npx jest --config jest-integration.config.js --forceExit --json --outputFile="$results/integration.json"

node -e '
  const r = ["unit", "integration"].map((t) => require(process.argv[1] + "/" + t + ".json"));
  const passed = r.reduce((n, x) => n + x.numPassedTests, 0);
  const failed = r.reduce((n, x) => n + x.numFailedTests, 0);
  console.log(`${passed} passed, ${failed} failed`);
' "$results"

echo "== fault injection, short run (the full run: npm run faults)" >&2
npm run -s faults -- --short
