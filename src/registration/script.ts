import type { Api, Bind, Call, Computation, PlanStep, RegistrationPlan } from './model';
import PRELUDE from './prelude.sh?raw';
import { callReferences, computationReferences } from './variables';

export interface ScriptContext {
  /** What the script is for, for its header: integration, flow and cloud in words. */
  purpose: string;
}

const HOST_VARIABLE: Record<Api, string> = { graph: 'GRAPH', arm: 'ARM' };

/** Escapes text for an unquoted here-document (JSON bodies), leaving the plan's `${NAME}` references to expand. */
function hereDocument(text: string): string {
  return text.replace(/[\\`]/g, (char) => `\\${char}`).replace(/\$(?!\{[A-Z0-9_]+\})/g, '\\$');
}

/** The same for a double-quoted shell string, where double quotes are escaped too. */
function quoted(text: string): string {
  return `"${hereDocument(text).replace(/"/g, '\\"')}"`;
}

/** JMESPath for several variables at once: a list of strings, one per output line (`|| ''` keeps empty ones). */
function listQuery(binds: Bind[]): string {
  return `[${binds.map((bind) => `(${bind.query}) || ''`).join(', ')}]`;
}

/**
 * The command that sends a call: `rest`, `rest_tolerating` with what it does without, or `rest_retrying` with the call's
 * codes, attempts, delay and reason.
 */
function sender({ retry, tolerate }: Call): string {
  if (tolerate) return `rest_tolerating ${quoted(tolerate.because)}`;
  if (!retry) return 'rest';
  const seconds = Math.max(0, Math.ceil(retry.delayMs / 1000));
  const reason = retry.waitingFor ?? `${retry.on.join(' or ')} to clear`;
  return `rest_retrying ${quoted(retry.on.join('|'))} ${retry.times} ${seconds} ${quoted(reason)}`;
}

function callLines(call: Call, indent: string): string[] {
  const { api, method, path, body } = call.call;
  const lines: string[] = [];
  // Stops as the browser run does when a variable is not set yet (rather than with `set -u`'s own words).
  const needs = callReferences(call);
  if (needs.length) lines.push(`${indent}need ${needs.join(' ')}`);
  if (body !== undefined)
    lines.push(`${indent}body=$(cat <<JSON`, hereDocument(typeof body === 'string' ? body : JSON.stringify(body)), 'JSON', `${indent})`);
  const args = [
    method,
    `"$${HOST_VARIABLE[api]}"`,
    quoted(path),
    quoted(call.binds.length ? listQuery(call.binds) : ''),
    ...(body !== undefined ? ['"$body"'] : []),
  ];
  lines.push(`${indent}out=$(${sender(call)} ${args.join(' ')})`);
  if (call.binds.length) {
    lines.push(`${indent}mapfile -t values <<<"$out"`);
    call.binds.forEach((bind, index) => lines.push(`${indent}${bind.name}=\${values[${index}]:-}`));
  }
  for (const bind of call.binds)
    if (bind.required)
      lines.push(`${indent}[ -n "$${bind.name}" ] || fail ${quoted(bind.failCode ? `${bind.failCode}: ${bind.required}` : bind.required)}`);
  return lines;
}

/** A step's computations, worked out by the prelude's `validity` just before the creation. */
function computeLines(computations: Computation[], indent: string): string[] {
  return computations.flatMap((computation) => {
    const needs = computationReferences(computation);
    return [
      ...(needs.length ? [`${indent}need ${needs.join(' ')}`] : []),
      `${indent}out=$(validity ${quoted(computation.lifetime)} ${quoted(computation.until ?? '')})`,
      `${indent}read -r ${computation.start} ${computation.end} <<<"$out"`,
    ];
  });
}

/** A step's creation: once, or once per value of its list (`each`), with its computations just before. */
function makeLines(step: PlanStep, make: Call, indent: string): string[] {
  const inner = step.each ? `${indent}  ` : indent;
  const lines = [...computeLines(step.compute ?? [], inner), ...callLines(make, inner)];
  if (!step.each) return lines;
  const { list, item } = step.each;
  return [`${indent}read -r -a items <<<"$${list}"`, `${indent}for ${item} in "\${items[@]}"; do`, ...lines, `${indent}done`];
}

function stepLines(step: PlanStep, index: number, total: number): string[] {
  const lines = [`# ${index + 1}/${total}. ${step.title}`, `STEP=${quoted(step.title)}`, 'begin'];
  if (step.look) lines.push(...callLines(step.look, ''));
  // A removal's lookup says "nothing left" where a creation's says "already there".
  const [skip, done] = step.removes ? ['gone', 'removed'] : ['already', 'made'];
  if (step.make && step.look) {
    const first = step.look.binds[0]?.name ?? '';
    lines.push(`if [ -n "$${first}" ]; then`, `  ${skip}`, 'else', ...makeLines(step, step.make, '  '), `  ${done}`, 'fi');
  } else if (step.make) lines.push(...makeLines(step, step.make, ''), done);
  else lines.push('found');
  return [...lines, ''];
}

/** A finish step when the run stops before it: its lookup only (a read), and what it would do. */
function pendingLines(step: PlanStep, indent: string): string[] {
  const lines = [`${indent}STEP=${quoted(step.title)}`, `${indent}say ${quoted(`• Still to do: ${step.title}`)}`];
  if (!step.look || !step.make) return lines;
  const first = step.look.binds[0]?.name ?? '';
  const [none, some] = step.removes
    ? ['  nothing left to remove', `  would remove: $${step.removes.what}`]
    : ['  already there', '  would be made'];
  return [...lines, ...callLines(step.look, indent), `${indent}if [ -n "$${first}" ]; then say ${quoted(none)}; else say "${some}"; fi`];
}

/**
 * Before the first finish step: unless asked to finish (`--finish`, `FINISH=1`) by a run that changed nothing before
 * it, the script says what the finish steps would do and how to finish, prints the result line, and stops.
 */
function finishGuard(plan: RegistrationPlan, finish: PlanStep[], result: string): string[] {
  const before = `Before finishing, ${plan.finishAfter ?? 'test what the steps above made'}.`;
  return [
    '# The finish: the steps below run only with --finish (or FINISH=1), once what the steps above made is tested.',
    'if [ "$FINISH" != 1 ] || ! changed_nothing; then',
    ...finish.flatMap((step) => pendingLines(step, '  ')),
    '  if [ "$FINISH" = 1 ]; then',
    '    say "Not finished: this run has just made what the finish follows, and that is not tested yet."',
    '  else',
    '    say "Not finished yet: the steps above are done, the finish steps did not run."',
    '  fi',
    `  say ${quoted(before)}`,
    '  how_to_finish',
    '  STEP="Print the result"',
    '  trap - ERR',
    `  ${result}`,
    '  exit 0',
    'fi',
    '',
  ];
}

/** The plan as a bash script of `az rest` calls, for Azure Cloud Shell: stops at the first error, safe to run twice. */
export function renderScript(plan: RegistrationPlan, context: ScriptContext): string {
  const finish = plan.steps.filter((step) => step.phase === 'finish');
  const header = [
    '#!/usr/bin/env bash',
    `# App registration for Cortex XSOAR: ${context.purpose}.`,
    '# Made by the Microsoft authentication wizard. Paste it into Azure Cloud Shell (Bash), or run it where Azure CLI is',
    '# signed in as an admin who may create apps and grant admin consent. It looks before it creates: running it again',
    '# changes nothing that is already there. Progress goes to stderr; the last line (stdout) is the JSON for App details.',
    ...(finish.length
      ? [
          '# It stops before its finish steps (marked "finish" below) unless run with --finish, or with FINISH=1 set: run it,',
          '# test what it made, then run it again with --finish.',
        ]
      : []),
  ];
  const cloud = plan.azureCliCloud
    ? [
        `if [ "$(az cloud show --query name --output tsv)" != "${plan.azureCliCloud}" ]; then`,
        `  az cloud set --name ${plan.azureCliCloud}`,
        `  say "Azure CLI now uses ${plan.azureCliCloud}: sign in with az login, then run this script again."`,
        '  exit 1',
        'fi',
      ]
    : ['# Custom endpoints: Azure CLI must already be signed in to the cloud these hosts belong to.'];
  const options = finish.length
    ? [
        'FINISH=${FINISH:-}',
        'for arg in "$@"; do',
        '  case $arg in',
        '    --finish) FINISH=1 ;;',
        '    *) fail "Unknown option $arg: the only one is --finish." ;;',
        '  esac',
        'done',
        '',
      ]
    : [];
  const variables = [
    `GRAPH=${quoted(plan.hosts.graph)}`,
    ...(plan.steps.some((step) => step.look?.call.api === 'arm' || step.make?.call.api === 'arm') ? [`ARM=${quoted(plan.hosts.arm)}`] : []),
    ...Object.entries(plan.constants).map(([name, value]) => `${name}=${quoted(value ?? '')}`),
    ...plan.fresh.map((name) => `${name}=$(cat /proc/sys/kernel/random/uuid)`),
    ...plan.result.filter(({ variable }) => !(variable in plan.constants)).map(({ variable }) => `${variable}=""`),
  ];
  const result = `printf '{${plan.result.map(({ key }) => `"${key}":%s`).join(',')}}\\n' ${plan.result
    .map(({ variable }) => `"$(json "$${variable}")"`)
    .join(' ')}`;
  const firstFinish = plan.steps.findIndex((step) => step.phase === 'finish');
  const steps = plan.steps.flatMap((step, index) => [
    ...(index === firstFinish ? finishGuard(plan, finish, result) : []),
    ...stepLines(step, index, plan.steps.length),
  ]);
  return [
    ...header,
    PRELUDE,
    ...options,
    ...cloud,
    '',
    ...variables,
    '',
    ...steps,
    'STEP="Print the result"',
    'trap - ERR',
    result,
    '',
  ].join('\n');
}
