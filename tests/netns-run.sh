#!/usr/bin/env bash
# Runs a command in private mount and network namespaces: only a loopback interface exists,
# /etc/hosts maps the test host names to 127.0.0.x, and /etc/resolv.conf points at 127.0.0.1,
# so no lookup or connection made by a test can leave the machine. Tests see GPSI_TEST_NETNS=1.
# Needs root (unshare); without it the command runs as it is and namespace-only tests skip.
set -euo pipefail

if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null || ! command -v ip >/dev/null; then
    echo "netns-run: not root or no unshare/ip: running without a private namespace;" \
         "tests that need one will skip" >&2
    exec "$@"
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/hosts" <<'HOSTS'
127.0.0.1   localhost
::1         localhost ip6-localhost ip6-loopback
127.0.0.10  win2k3.example.test win2k3
127.0.0.11  nt4srv.example.test nt4srv
127.0.0.12  dc1.example.test dc1 files.example.test
127.0.0.13  nt4.example.test nt4
127.0.0.14  client.example.test client
HOSTS
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$dir/resolv.conf"

unshare --mount --net --propagation private -- bash -c '
    set -e
    ip link set lo up
    mount --bind "$1/hosts" /etc/hosts
    mount --bind "$1/resolv.conf" /etc/resolv.conf
    shift
    GPSI_TEST_NETNS=1 "$@"
' netns-run "$dir" "$@"
