# Shared set-up steps of the README commands: each installs only what is missing.

ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Playwright drives Debian's Chromium: its own browser download is not available here.
chromium_path() {
  echo "${CHROMIUM_PATH:-/usr/bin/chromium}"
}

# Installs Debian packages with apt-get, as root or with password-less sudo; returns non-zero when it cannot.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else return 1; fi
  fi
  command -v apt-get >/dev/null 2>&1 || return 1
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  local path
  path=$(chromium_path)
  if [ -x "$path" ]; then return 0; fi
  echo "Chromium not found at $path; installing Debian's chromium package…"
  apt_install chromium
  if [ ! -x "$path" ]; then
    cat >&2 <<MSG
The end-to-end tests need Chromium, and it could not be installed automatically.
Install it yourself (Debian/Ubuntu: sudo apt-get install chromium), or point CHROMIUM_PATH at a Chromium binary,
then run the tests again.
MSG
    return 1
  fi
}

# The certificate tests make reference certificates, keys and a .pfx with OpenSSL, the tool the vendor's docs use.
ensure_openssl() {
  if command -v openssl >/dev/null 2>&1; then return 0; fi
  echo "OpenSSL not found; installing Debian's openssl package…"
  apt_install openssl
  if ! command -v openssl >/dev/null 2>&1; then
    echo "The certificate tests need OpenSSL (Debian/Ubuntu: sudo apt-get install openssl); install it and run the tests again." >&2
    return 1
  fi
}

# The registration script is checked with ShellCheck, and run with Azure CLI (`az rest`) as Cloud Shell runs it.
ensure_script_tools() {
  local missing=()
  command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
  command -v az >/dev/null 2>&1 || missing+=(azure-cli)
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  echo "Installing Debian's ${missing[*]} (the registration script's checks)…"
  apt_install "${missing[@]}" || true
  if ! command -v shellcheck >/dev/null 2>&1 || ! command -v az >/dev/null 2>&1; then
    echo "The registration script's tests need ShellCheck and Azure CLI (Debian/Ubuntu: sudo apt-get install shellcheck azure-cli); install them and run the tests again." >&2
    return 1
  fi
}
