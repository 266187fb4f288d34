#!/bin/bash
# Request Tracker 5 for the end-to-end tests (tests/e2e/rt.test.ts), from Debian 12's packages: SQLite, RT's own
# standalone server on 127.0.0.1 (no Apache, no systemd), a queue "Support" that any e-mail sender may write to,
# and outgoing mail written to a file instead of sent. Run as root; safe to run again (it restarts the server).
#
#   sudo scripts/real-apps/setup-rt.sh        # then: npx wxt build && isolated npx vitest run --config vitest.e2e.config.ts tests/e2e/rt.test.ts
#
# Environment: RT_PORT (default 18091), SAVY_APPS_DIR (default /var/lib/savy-real-apps). The tests read
# $SAVY_APPS_DIR/rt.env, which this script writes last, so a half-finished setup is never mistaken for a working one.
set -euo pipefail
PORT=${RT_PORT:-18091}
DIR=${SAVY_APPS_DIR:-/var/lib/savy-real-apps}
WORK=$DIR/rt
PASSWORD=savy-rt-root
URL=http://127.0.0.1:$PORT/rt
APP=rt
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"

require_root "it installs Debian packages and starts a server as www-data"
mkdir -p "$WORK"
rm -f "$DIR/rt.env"
start=$SECONDS

# 1. Packages. The answers below are what the installer would ask; --no-install-recommends keeps Apache out.
install_packages request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients <<EOF
request-tracker5 request-tracker5/rtname string rt.example.test
request-tracker5 request-tracker5/organization string example.test
request-tracker5 request-tracker5/correspondaddress string support@example.test
request-tracker5 request-tracker5/commentaddress string support-comment@example.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:$PORT
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password $PASSWORD
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
EOF

# 2. Configuration. The (empty) RT_SiteConfig.pm is root-only after install: rt-server running as www-data
# would log "Couldn't load RT config file RT_SiteConfig.pm ... Permission denied" and serve nothing.
chgrp www-data /etc/request-tracker5/RT_SiteConfig.pm && chmod 640 /etc/request-tracker5/RT_SiteConfig.pm
# Outgoing mail (the agent's reply to the customer) is appended to an mbox file in RT's var directory
# (/var/lib/request-tracker5/*.mbox): there is no MTA here, and RT logs a failed send on every reply without one.
cat > /etc/request-tracker5/RT_SiteConfig.d/90-savy-e2e.pm <<EOF
# Written by Sävy's scripts/real-apps/setup-rt.sh for its end-to-end tests.
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $PORT);
Set(\$WebPath, '/rt');
Set(\$WebBaseURL, 'http://127.0.0.1:$PORT');
Set(\$MailCommand, 'mbox');
EOF
chmod 644 /etc/request-tracker5/RT_SiteConfig.d/90-savy-e2e.pm

# 3. The server: RT's standalone server (Starlet, 3 workers rather than 10 on a small machine) as www-data. Stop the one
# this script started before, if any.
stop_pidfile "$WORK/rt-server.pid" rt-server
ports_free RT_PORT "$PORT"
start_server "$WORK/rt-server.pid" "$WORK/rt-server.log" "$PORT" "rt-server on $URL" \
  runuser -u www-data -- /usr/share/request-tracker5/libexec/rt-server --host 127.0.0.1 --port "$PORT" --webpath /rt --max-workers 3

# 4. A queue for customers: any e-mail sender may open tickets and reply in "Support" (without CreateTicket for
# Everyone, rt-mailgate exits 0 and creates nothing).
export RTUSER=root RTPASSWD=$PASSWORD RTSERVER=$URL
if rt show -t queue Support -f name 2>/dev/null | grep -q '^Name: Support$'; then
  step "queue Support already there"
else
  step "creating queue Support"
  cat >"$WORK/rt-initial.pl" <<'EOF'
@Queues = ({ Name => 'Support', CorrespondAddress => 'support@example.test', CommentAddress => 'support-comment@example.test' });
@ACL = (
    { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'Support', Right => 'CreateTicket' },
    { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'Support', Right => 'ReplyToTicket' },
);
EOF
  /usr/sbin/rt-setup-database-5 --action insert --datafile "$WORK/rt-initial.pl" --skip-create >"$WORK/rt-setup.log" 2>&1 \
    || { cat "$WORK/rt-setup.log" >&2; die "could not create the queue"; }
  rt show -t queue Support -f name | grep -q '^Name: Support$' || die "queue Support missing after creating it (log: $WORK/rt-setup.log)"
fi

cat >"$DIR/rt.env" <<EOF
RT_URL=$URL
RT_USER=root
RT_PASSWORD=$PASSWORD
RT_QUEUE=Support
RT_MAILGATE=$(command -v rt-mailgate)
EOF
step "ready in $((SECONDS - start)) s: $URL (root / $PASSWORD), server pid $(cat "$WORK/rt-server.pid"), settings in $DIR/rt.env"
