#!/bin/bash
# Stops what setup-rt.sh and setup-roundcube.sh started (by their pid files) and removes their settings files, so
# the end-to-end suites see the tools as not set up. Packages, RT's database and the mailbox stay.
DIR=${SAVY_APPS_DIR:-/var/lib/savy-real-apps}
# A pid is stopped only if it still runs that program ($3): after a reboot the number may belong to another one.
stop() {
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  # runuser forwards TERM to rt-server and php -S; Dovecot's master stops its children.
  if tr "\\0" " " <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$3"; then
    kill "$pid" 2>/dev/null && echo "▶ stopped $2 (pid $pid)"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$1"
}
stop "$DIR/rt/rt-server.pid" "rt-server" rt-server
stop "$DIR/roundcube/php.pid" "Roundcube (php -S)" "php -S"
stop "$DIR/roundcube/smtp-sink.pid" "the SMTP sink" smtp-sink
stop "$DIR/roundcube/dovecot/master.pid" "Dovecot" dovecot
rm -f "$DIR/rt.env" "$DIR/roundcube.env"
