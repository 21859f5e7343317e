set -euo pipefail

STEP="Start"
# Set once a step changes something: a run asked to finish stops before the finish steps if this one made what they
# follow (it is not tested yet).
CHANGED=""
say() { printf '%s\n' "$*" >&2; }
begin() { say "• $STEP"; }
already() { say "  already there"; }
made() {
  CHANGED=1
  say "  done"
}
found() { say "  found"; }
gone() { say "  already gone"; }
removed() {
  CHANGED=1
  say "  removed"
}
fail() {
  say "✗ $STEP: $1"
  exit 1
}
trap 'say "✗ Stopped at: $STEP (the error above says why). Nothing after it ran; run the script again once fixed."' ERR

# One request: method, API host, path, JMESPath query (empty: none), optional JSON body.
# Prints the query's result, one value per line.
rest() {
  local method=$1 host=$2 path=$3 query=$4
  local args=(--method "$method" --url "$host$path" --resource "$host" --only-show-errors)
  if [ -n "$query" ]; then args+=(--query "$query" --output tsv); else args+=(--output none); fi
  if [ $# -ge 5 ]; then args+=(--body "$5"); fi
  az rest "${args[@]}"
}

# The same, sent again while the error names one of the codes (an extended regular expression, e.g. PrincipalNotFound):
# at most <times> attempts in all, <delay> seconds apart, saying what it waits for.
rest_retrying() {
  local codes=$1 times=$2 delay=$3 reason=$4 attempt output
  shift 4
  for ((attempt = 1; ; attempt++)); do
    if output=$(rest "$@" 2>&1); then
      printf '%s\n' "$output"
      return 0
    fi
    if ! grep -Eq "$codes" <<<"$output" || [ "$attempt" -ge "$times" ]; then
      say "$output"
      return 1
    fi
    say "  waiting for $reason…"
    sleep "$delay"
  done
}

# The same, where an answer of HTTP 403 means "may not read it": every value the call reads is empty and the plan goes
# on, saying what it does without.
rest_tolerating() {
  local because=$1 output
  shift
  if output=$(rest "$@" 2>&1); then
    printf '%s\n' "$output"
    return 0
  fi
  if grep -q 'Forbidden(' <<<"$output"; then
    say "  not readable: $because"
    return 0
  fi
  say "$output"
  return 1
}

# A credential's validity, as the browser run works it out: from now for an ISO 8601 duration (years as 365 days,
# months as 30), but no later than the optional date; prints the start and the end, ISO 8601 UTC to the second.
validity() {
  local lifetime=$1 until=${2:-} now end='' cap
  local duration='^P(([0-9]+)Y)?(([0-9]+)M)?(([0-9]+)W)?(([0-9]+)D)?(T(([0-9]+)H)?(([0-9]+)M)?(([0-9]+)(\.[0-9]+)?S)?)?$'
  now=$(date -u +%s)
  if [ -n "$lifetime" ]; then
    if [[ $lifetime == *T ]] || [[ $lifetime != *[0-9]* ]] || ! [[ $lifetime =~ $duration ]]; then
      fail "InvalidDuration: The lifetime \"$lifetime\" is not an ISO 8601 duration."
    fi
    local -a part=("${BASH_REMATCH[@]}")
    local days=$((10#${part[2]:-0} * 365 + 10#${part[4]:-0} * 30 + 10#${part[6]:-0} * 7 + 10#${part[8]:-0}))
    end=$((now + days * 86400 + 10#${part[11]:-0} * 3600 + 10#${part[13]:-0} * 60 + 10#${part[15]:-0}))
  fi
  if [ -n "$until" ]; then
    cap=$(date -u -d "$until" +%s 2>/dev/null) || fail "InvalidDate: \"$until\" is not a date and time."
    if [ -z "$end" ] || [ "$cap" -lt "$end" ]; then end=$cap; fi
  fi
  [ -n "$end" ] || fail "InvalidDuration: The lifetime \"$lifetime\" is not an ISO 8601 duration."
  printf '%s %s\n' "$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)" "$(date -u -d "@$end" +%Y-%m-%dT%H:%M:%SZ)"
}

# Stops, in the browser run's words, when a request names a variable that no earlier step set.
need() {
  local name
  for name in "$@"; do
    [ -n "${!name+set}" ] || fail "UnboundVariable: The plan uses $name before any step sets it."
  done
}

# A JSON string, or null when empty.
json() {
  if [ -z "$1" ]; then
    printf 'null'
    return
  fi
  local text=${1//\\/\\\\}
  text=${text//\"/\\\"}
  printf '"%s"' "$text"
}

# Whether no step has changed anything in this run (the finish follows only what was there before it).
changed_nothing() { [ -z "$CHANGED" ]; }

# How to run the finish steps: this file again with --finish, or, pasted into the shell, with FINISH=1 set first.
how_to_finish() {
  if [[ $0 == *.sh ]]; then
    say "Then finish with: bash $0 --finish"
  else
    say "Then finish with: export FINISH=1, and paste the script again."
  fi
}
