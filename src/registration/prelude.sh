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

# The same, retried while Azure Resource Manager does not yet know a new service principal.
rest_retrying() {
  local codes=$1 attempt output
  shift
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if output=$(rest "$@" 2>&1); then
      printf '%s\n' "$output"
      return 0
    fi
    if ! grep -Eq "$codes" <<<"$output" || [ "$attempt" = 10 ]; then
      say "$output"
      return 1
    fi
    say "  waiting for the new service principal to reach Azure Resource Manager…"
    sleep 10
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
