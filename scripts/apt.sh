# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/pg-cluster.sh: installs Debian packages the test suite needs
# (postgresql, chromium) when they are missing. Runs `apt-get update` at most once per test run.

apt_install() {
  local -a as_root=()
  if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "test: '$*' is missing and installing it needs root (apt-get install -y $*)" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test: '$*' is missing and there is no apt-get to install it with" >&2
    return 1
  fi
  if [[ -z ${WARRANT_APT_UPDATED:-} ]]; then
    echo "test: apt-get update" >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    export WARRANT_APT_UPDATED=1
  fi
  echo "test: apt-get install -y $*" >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
