# Shared by setup-rt.sh, setup-roundcube.sh and stop.sh (sourced, not run): messages, Debian packages, and the
# servers they start and stop by pid file. Set APP (the name in messages) before sourcing.
# shellcheck shell=bash

step() { printf '▶ %s: %s\n' "$APP" "$*"; }
die() {
  printf '✖ %s: %s\n' "$APP" "$*" >&2
  exit 1
}

require_root() { [ "$(id -u)" = 0 ] || die "run as root ($1)"; }

# Installs the packages unless they are all there; the debconf answers (what the installer would ask) come on
# stdin. --no-install-recommends keeps Apache out. The log goes to $WORK/apt.log.
install_packages() {
  local p missing=0
  for p; do dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing=1; done
  if [ "$missing" = 0 ]; then
    cat >/dev/null
    step "packages already installed"
    return 0
  fi
  step "installing $*"
  debconf-set-selections
  apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -qq "$@"; }
  apt_get install --no-install-recommends "$@" >"$WORK/apt.log" 2>&1 ||
    { step "package lists may be old: apt-get update" && apt_get update >>"$WORK/apt.log" 2>&1 && apt_get install --no-install-recommends "$@" >>"$WORK/apt.log" 2>&1; } ||
    {
      tail -n 30 "$WORK/apt.log" >&2
      die "apt-get install failed (log: $WORK/apt.log)"
    }
}

# Stops the server a pid file names, only if that pid still runs that program ($2: after a reboot the number may
# belong to another one), and removes the file. runuser forwards TERM to rt-server and php -S; Dovecot's master
# stops its children. Prints what it stopped when $3 names it.
stop_pidfile() {
  [ -f "$1" ] || return 0
  local pid
  pid=$(cat "$1")
  if tr "\\0" " " <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"; then
    kill "$pid" 2>/dev/null && [ -n "${3:-}" ] && echo "▶ stopped $3 (pid $pid)"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$1"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Waits up to a minute for a server to listen on port $1.
wait_port() {
  for _ in $(seq 1 240); do port_open "$1" && return 0; sleep 0.25; done
  return 1
}
# Refuses ports another program already listens on ($1: what to set to use another).
ports_free() {
  local hint=$1 p
  shift
  for p; do port_open "$p" && die "port $p is taken by another program (set $hint to use another port)"; done
  return 0
}

# Starts a server in its own session, detached from the caller's terminal: start_server PIDFILE LOG PORT NAME CMD…
# Writes its pid, waits for its port, and on failure shows the end of its log.
start_server() {
  local pidfile=$1 log=$2 port=$3 name=$4
  shift 4
  step "starting $name"
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  wait_port "$port" || {
    tail -n 20 "$log" >&2
    die "$name did not start (log: $log)"
  }
}
