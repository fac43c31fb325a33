#!/usr/bin/env bash
# Run a command with a real, unlocked Secret Service (gnome-keyring) in a private D-Bus session and a
# throw-away home, so keyring tests never see or touch anyone's real keyring. For example:
#
#   scripts/with-keyring.sh .venv/bin/python -m pytest -m keyring tests/vault -q
#
# The home folder (and the keyring files in it) is removed when the command ends, and the
# gnome-keyring daemon is stopped, whatever the command's result. Exits with the command's status.
# The command sees SAFETYAPP_THROWAWAY_KEYRING=1, which lets tests that lock a keyring run.
# Needs dbus-run-session and dbus-send (package dbus) and gnome-keyring-daemon (gnome-keyring);
# scripts/setup.sh test installs them.
set -euo pipefail

say() { printf '[with-keyring] %s\n' "$*" >&2; }

wait_for() {  # wait_for PID: wait for a background child, through trapped signals; returns its status
  local status
  while :; do
    status=0
    wait "$1" || status=$?
    # A trapped signal also ends `wait` (with 128+n); the child is gone only when kill -0 fails
    # (until it is waited for, a finished child is a zombie, which kill -0 still finds).
    kill -0 "$1" 2>/dev/null || return "$status"
  done
}

if [ "$#" -eq 0 ]; then
  say "usage: $0 COMMAND [ARGUMENTS...]"
  exit 2
fi

if [ "${_SAFETYAPP_KEYRING_STAGE:-}" != inner ]; then
  # Outer stage: a throw-away home, then this script again inside a new D-Bus session.
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      say "$tool is missing: install the dbus and gnome-keyring packages (scripts/setup.sh test does)"
      exit 127
    fi
  done
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/safetyapp-keyring.XXXXXXXX")"
  trap 'rm -rf -- "$scratch"' EXIT
  mkdir -m 700 "$scratch/home" "$scratch/runtime"
  export HOME="$scratch/home"
  export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
  export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
  export XDG_RUNTIME_DIR="$scratch/runtime"
  # Nothing from the caller's own keyring set-up may leak in.
  unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL PYTHON_KEYRING_BACKEND SSH_AUTH_SOCK
  export _SAFETYAPP_KEYRING_STAGE=inner _SAFETYAPP_KEYRING_SCRATCH="$scratch"
  self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
  dbus-run-session -- "$self" "$@" <&0 &
  session_pid=$!
  # On a signal, ask the inner stage to stop its command; it then stops the daemon and the D-Bus
  # session ends as usual, and only then is the home folder removed.
  stop_inner() {
    local inner
    inner="$(cat "$scratch/inner.pid" 2>/dev/null || true)"
    if [ -n "$inner" ]; then kill -TERM "$inner" 2>/dev/null || true; else kill -TERM "$session_pid" 2>/dev/null || true; fi
  }
  signalled=""
  trap 'signalled=130; stop_inner' INT
  trap 'signalled=143; stop_inner' TERM
  trap 'signalled=129; stop_inner' HUP
  status=0
  wait_for "$session_pid" || status=$?
  exit "${signalled:-$status}"
fi

# Inner stage: inside the D-Bus session. Start and unlock gnome-keyring, check it, run the command.
echo "$$" >"$_SAFETYAPP_KEYRING_SCRATCH/inner.pid"
unset _SAFETYAPP_KEYRING_STAGE _SAFETYAPP_KEYRING_SCRATCH
daemon_pid=""
command_pid=""
signalled=""

bus_call() {  # bus_call DEST PATH METHOD [ARGS...]: the reply's values, one per line
  dbus-send --session --print-reply=literal --reply-timeout=5000 --dest="$1" "$2" "${@:3}"
}

running() {  # running PID: true while the process exists and is not a zombie
  local state
  state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ "$state" != Z* ]]
}

stop_daemon() {
  [ -n "$daemon_pid" ] || return 0
  # Only the process that owns the Secret Service name on this private bus, and only if it still is
  # a gnome-keyring daemon (process names are cut to 15 characters).
  [ "$(ps -o comm= -p "$daemon_pid" 2>/dev/null)" = "gnome-keyring-d" ] || return 0
  kill -TERM "$daemon_pid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    running "$daemon_pid" || return 0
    sleep 0.1
  done
  say "gnome-keyring-daemon ($daemon_pid) did not stop; killing it"
  kill -KILL "$daemon_pid" 2>/dev/null || true
}
trap stop_daemon EXIT
on_signal() {  # stop the command if it is running, else stop here; the EXIT trap stops the daemon
  signalled="$1"
  if [ -n "$command_pid" ]; then kill -TERM "$command_pid" 2>/dev/null || true; else exit "$1"; fi
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

# The login keyring's password: random, since nothing needs to know it (the keyring is thrown away).
password="$(head -c 18 /dev/urandom | base64)"
output="$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)"
unset password
# Export whatever it prints (GNOME_KEYRING_CONTROL=..., on some versions).
while IFS= read -r line; do
  if [[ "$line" =~ ^[A-Z_][A-Z0-9_]*= ]]; then
    export "${line?}"
  fi
done <<<"$output"

# Wait for the daemon to own the Secret Service name. (Asking NameHasOwner does not start anything;
# calling the name itself could make D-Bus start a second, locked daemon.)
for _ in $(seq 100); do
  owned="$(bus_call org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
    2>/dev/null || true)"
  [[ "$owned" == *true* ]] && break
  sleep 0.1
done
if [[ "${owned:-}" != *true* ]]; then
  say "gnome-keyring-daemon did not take the Secret Service name on the session bus"
  exit 1
fi
daemon_pid="$(bus_call org.freedesktop.DBus / org.freedesktop.DBus.GetConnectionUnixProcessID \
  string:org.freedesktop.secrets | awk '{print $2}')"

# The "login" collection must exist, be the default, and be unlocked.
default="$(bus_call org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias \
  string:default | tr -d '[:space:]')"
if [ "$default" != "/org/freedesktop/secrets/collection/login" ]; then
  say "the default keyring collection is '$default', not the login collection"
  exit 1
fi
locked="$(bus_call org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
  org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked)"
if [[ "$locked" != *false* ]]; then
  say "the login keyring collection is locked"
  exit 1
fi

export SAFETYAPP_THROWAWAY_KEYRING=1
# In the background (keeping stdin), so a signal to this script can be passed on to it at once.
"$@" <&0 &
command_pid=$!
status=0
wait_for "$command_pid" || status=$?
exit "${signalled:-$status}"
