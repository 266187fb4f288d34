#!/bin/sh
# Runs a command in a private mount namespace where the browsers' machine-wide policy folders are empty tmpfs mounts
# (Chromium /etc/chromium/policies, Firefox /etc/firefox/policies), so end-to-end runs that write policy files never
# see each other's, nor a policy of the machine. Needs root (as the policy tests do). Usage: scripts/isolated.sh npm test
for d in /etc/chromium/policies /etc/firefox/policies; do mkdir -p "$d"; done
exec unshare -m sh -c 'for d in /etc/chromium/policies /etc/firefox/policies; do mount -t tmpfs none "$d" || exit 1; done; exec "$@"' sh "$@"
