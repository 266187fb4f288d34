#!/bin/bash
# Stops what setup-rt.sh and setup-roundcube.sh started (by their pid files) and removes their settings files, so
# the end-to-end suites see the tools as not set up. Packages, RT's database and the mailbox stay.
DIR=${SAVY_APPS_DIR:-/var/lib/savy-real-apps}
stop() {
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  # runuser forwards TERM to rt-server and php -S; Dovecot's master stops its children.
  kill "$pid" 2>/dev/null && echo "▶ stopped $2 (pid $pid)"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$1"
}
stop "$DIR/rt/rt-server.pid" "rt-server"
stop "$DIR/roundcube/php.pid" "Roundcube (php -S)"
stop "$DIR/roundcube/smtp-sink.pid" "the SMTP sink"
stop "$DIR/roundcube/dovecot/master.pid" "Dovecot"
rm -f "$DIR/rt.env" "$DIR/roundcube.env"
