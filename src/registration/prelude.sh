set -euo pipefail

STEP="Start"
say() { printf '%s\n' "$*" >&2; }
begin() { say "• $STEP"; }
already() { say "  already there"; }
made() { say "  done"; }
found() { say "  found"; }
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
