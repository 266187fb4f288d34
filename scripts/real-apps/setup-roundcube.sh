#!/bin/bash
# Roundcube 1.6 for the end-to-end tests (tests/e2e/roundcube.test.ts), from Debian 12's packages: SQLite, PHP's
# built-in server on 127.0.0.1 (no Apache, no systemd), a private Dovecot IMAP server with its own config file
# (the system's Dovecot config is not used), one mailbox agent@example.test, and an SMTP sink (Node,
# scripts/real-apps/smtp-sink.mjs) that keeps what Roundcube sends as files. Run as root, from a clone where
# `npm ci` has run; safe to run again (it restarts what it started).
#
#   sudo scripts/real-apps/setup-roundcube.sh
#
# Environment: RC_PORT (default 18092), IMAP_PORT (18143), SMTP_PORT (18025), SAVY_APPS_DIR (default
# /var/lib/savy-real-apps). The tests read $SAVY_APPS_DIR/roundcube.env, written last.
set -euo pipefail
PORT=${RC_PORT:-18092}
IMAP_PORT=${IMAP_PORT:-18143}
SMTP_PORT=${SMTP_PORT:-18025}
DIR=${SAVY_APPS_DIR:-/var/lib/savy-real-apps}
WORK=$DIR/roundcube
USER_NAME=agent@example.test
PASSWORD=savy-agent-pw
HERE=$(cd "$(dirname "$0")" && pwd)
APP=roundcube
# shellcheck source=common.sh
. "$HERE/common.sh"

require_root "it installs Debian packages and starts servers"
[ -d "$HERE/../../node_modules/smtp-server" ] || die "run npm ci in the clone first (the SMTP sink uses smtp-server)"
mkdir -p "$WORK"
rm -f "$DIR/roundcube.env"
start=$SECONDS

# 1. Packages. php8.2-cgi satisfies roundcube's "php" dependency without Apache (libapache2-mod-php is its
# first alternative); the debconf answers are what the installer would ask.
install_packages roundcube roundcube-sqlite3 php8.2-cgi dovecot-imapd <<EOF
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/hosts string localhost:$IMAP_PORT
roundcube-core roundcube/language select en_US
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
EOF

# What an earlier run of this script started is stopped first (pid files), so a second run leaves one of each.
stop_pidfile "$WORK/php.pid" "php -S"
stop_pidfile "$WORK/smtp-sink.pid" smtp-sink
stop_pidfile "$WORK/dovecot/master.pid" dovecot
ports_free "RC_PORT, IMAP_PORT or SMTP_PORT" "$PORT" "$IMAP_PORT" "$SMTP_PORT"

# 2. Dovecot: a private instance, one user in a passwd file, Maildir under $WORK/mail (the tests drop customer
# messages into its new/ folder, as a delivery agent would).
id savymail >/dev/null 2>&1 || useradd -r -M -d /nonexistent -s /usr/sbin/nologin savymail
mkdir -p "$WORK/dovecot/state" "$WORK/mail"
cat >"$WORK/dovecot.conf" <<EOF
# Written by Sävy's scripts/real-apps/setup-roundcube.sh for its end-to-end tests.
protocols = imap
listen = 127.0.0.1
base_dir = $WORK/dovecot
state_dir = $WORK/dovecot/state
log_path = $WORK/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $WORK/dovecot-users
}
userdb {
  driver = static
  args = uid=savymail gid=savymail home=$WORK/mail/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
echo "$USER_NAME:{PLAIN}$PASSWORD" >"$WORK/dovecot-users"
MAILDIR=$WORK/mail/$USER_NAME/Maildir
mkdir -p "$MAILDIR/cur" "$MAILDIR/new" "$MAILDIR/tmp"
chown -R savymail:savymail "$WORK/mail"
step "starting Dovecot on 127.0.0.1:$IMAP_PORT"
# It daemonizes (pid in $WORK/dovecot/master.pid); its output must not hold the caller's stdout open.
dovecot -c "$WORK/dovecot.conf" </dev/null >>"$WORK/dovecot.log" 2>&1
wait_port "$IMAP_PORT" || { tail -n 20 "$WORK/dovecot.log" >&2; die "Dovecot did not start (log: $WORK/dovecot.log)"; }

# 3. The SMTP sink Roundcube sends through: every message becomes a file in $WORK/outbox.
mkdir -p "$WORK/outbox"
start_server "$WORK/smtp-sink.pid" "$WORK/smtp-sink.log" "$SMTP_PORT" "the SMTP sink on 127.0.0.1:$SMTP_PORT" \
  node "$HERE/smtp-sink.mjs" --port "$SMTP_PORT" --dir "$WORK/outbox"

# 4. Roundcube: our IMAP and SMTP ports, folders created at first login, compose in HTML (TinyMCE) by default
# (Debian's default is the plain textarea; the tests switch a reply to plain text through the composer itself).
CONFIG=/etc/roundcube/config.inc.php
[ -f "$CONFIG" ] || die "$CONFIG is missing: is roundcube-core installed?"
sed -i '/^\/\/ BEGIN Sävy end-to-end/,/^\/\/ END Sävy end-to-end/d' "$CONFIG"
cat >>"$CONFIG" <<EOF
// BEGIN Sävy end-to-end (scripts/real-apps/setup-roundcube.sh rewrites this block)
\$config['imap_host'] = ['localhost:$IMAP_PORT'];
\$config['smtp_host'] = 'localhost:$SMTP_PORT';
\$config['smtp_user'] = '';
\$config['smtp_pass'] = '';
\$config['create_default_folders'] = true;
\$config['htmleditor'] = 1;
\$config['draft_autosave'] = 0;
// END Sävy end-to-end
EOF
start_server "$WORK/php.pid" "$WORK/php.log" "$PORT" "Roundcube (PHP's built-in server) on http://127.0.0.1:$PORT/" \
  runuser -u www-data -- php -S "127.0.0.1:$PORT" -t /var/lib/roundcube/public_html

cat >"$DIR/roundcube.env" <<EOF
RC_URL=http://127.0.0.1:$PORT/
RC_USER=$USER_NAME
RC_PASSWORD=$PASSWORD
RC_IMAP_PORT=$IMAP_PORT
RC_MAILDIR=$MAILDIR
RC_MAIL_OWNER=savymail
RC_OUTBOX=$WORK/outbox
EOF
step "ready in $((SECONDS - start)) s: http://127.0.0.1:$PORT/ ($USER_NAME / $PASSWORD), settings in $DIR/roundcube.env"
