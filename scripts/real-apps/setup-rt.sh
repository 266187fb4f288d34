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
step() { printf '▶ rt: %s\n' "$*"; }
die() { printf '✖ rt: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (it installs Debian packages and starts a server as www-data)"
mkdir -p "$WORK"
rm -f "$DIR/rt.env"
start=$SECONDS

# 1. Packages. The answers below are what the installer would ask; --no-install-recommends keeps Apache out.
packages=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)
installed() { for p; do dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || return 1; done; }
if installed "${packages[@]}"; then
  step "packages already installed"
else
  step "installing ${packages[*]}"
  debconf-set-selections <<EOF
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
  apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -qq "$@"; }
  apt_get install --no-install-recommends "${packages[@]}" >"$WORK/apt.log" 2>&1 \
    || { step "package lists may be old: apt-get update"; apt_get update >>"$WORK/apt.log" 2>&1 && apt_get install --no-install-recommends "${packages[@]}" >>"$WORK/apt.log" 2>&1; } \
    || { tail -n 30 "$WORK/apt.log" >&2; die "apt-get install failed (log: $WORK/apt.log)"; }
fi

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

# 3. The server: RT's standalone server (Starlet, 3 workers rather than 10 on a small machine) as www-data. Stop the one this script started before, if any.
# (Only if that pid is still rt-server: after a reboot the number may belong to another program.)
if [ -f "$WORK/rt-server.pid" ]; then
  pid=$(cat "$WORK/rt-server.pid")
  if tr "\\0" " " <"/proc/$pid/cmdline" 2>/dev/null | grep -q rt-server; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$WORK/rt-server.pid"
fi
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_open "$PORT" && die "port $PORT is taken by another program (set RT_PORT to use another port)"
step "starting rt-server on $URL"
setsid runuser -u www-data -- /usr/share/request-tracker5/libexec/rt-server \
  --host 127.0.0.1 --port "$PORT" --webpath /rt --max-workers 3 >"$WORK/rt-server.log" 2>&1 </dev/null &
echo $! >"$WORK/rt-server.pid"
for _ in $(seq 1 240); do port_open "$PORT" && break; sleep 0.25; done
port_open "$PORT" || { tail -n 20 "$WORK/rt-server.log" >&2; die "rt-server did not start (log: $WORK/rt-server.log)"; }

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
