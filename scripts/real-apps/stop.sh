#!/bin/bash
# Stops what setup-rt.sh and setup-roundcube.sh started (by their pid files) and removes their settings files, so
# the end-to-end suites see the tools as not set up. Packages, RT's database and the mailbox stay.
DIR=${SAVY_APPS_DIR:-/var/lib/savy-real-apps}
APP=stop
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
stop_pidfile "$DIR/rt/rt-server.pid" rt-server rt-server
stop_pidfile "$DIR/roundcube/php.pid" "php -S" "Roundcube (php -S)"
stop_pidfile "$DIR/roundcube/smtp-sink.pid" smtp-sink "the SMTP sink"
stop_pidfile "$DIR/roundcube/dovecot/master.pid" dovecot Dovecot
rm -f "$DIR/rt.env" "$DIR/roundcube.env"
