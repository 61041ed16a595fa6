# Sourced by the bench scripts: the Python peers a benchmark measures against come from Debian's packages, run by
# Debian's own interpreter (the python3 first on PATH may be another one, without them), and are installed with apt
# when missing.
#   ensure_python_module MODULE DEBIAN_PACKAGE   e.g. ensure_python_module sklearn python3-sklearn
#   ensure_command PATH DEBIAN_PACKAGE           e.g. ensure_command /usr/bin/time time
# apt checks signatures as its unprivileged _apt user, which cannot write to every machine's /tmp, so apt runs with a
# fresh world-writable TMPDIR. Root runs apt directly, anyone else through sudo.

PY=/usr/bin/python3

# peers_apt_get TMPDIR ARGS...: apt-get ARGS as root, quiet, with its own temporary directory
peers_apt_get() {
  local tmp=$1
  shift
  local -a as_root=()
  [[ "$(id -u)" != 0 ]] && as_root=(sudo)
  "${as_root[@]}" env TMPDIR="$tmp" DEBIAN_FRONTEND=noninteractive apt-get -qq "$@" >&2
}

# install_package PACKAGE: apt-get install, refreshing a stale or missing package index once; 2 on failure
install_package() {
  local package=$1 tmp status=0
  tmp="$(mktemp -d)"
  chmod 1777 "$tmp"
  peers_apt_get "$tmp" install -y "$package" \
    || { peers_apt_get "$tmp" update && peers_apt_get "$tmp" install -y "$package"; } || status=$?
  rm -rf "$tmp"
  if [[ $status != 0 ]]; then
    echo "$(basename "$0"): apt-get could not install $package (exit $status); install it by hand and rerun" >&2
    return 2
  fi
}

ensure_python_module() {
  local module=$1 package=$2
  "$PY" -c "import $module" 2>/dev/null && return 0
  echo "$(basename "$0"): $PY lacks $module; installing Debian's $package" >&2
  install_package "$package" || return 2
  "$PY" -c "import $module" 2>/dev/null && return 0
  echo "$(basename "$0"): $package is installed but $PY still cannot import $module" >&2
  return 2
}

ensure_command() {
  local command=$1 package=$2
  [[ -x "$command" ]] && return 0
  echo "$(basename "$0"): $command is missing; installing Debian's $package" >&2
  install_package "$package" || return 2
  [[ -x "$command" ]] && return 0
  echo "$(basename "$0"): $package is installed but $command is still missing" >&2
  return 2
}
