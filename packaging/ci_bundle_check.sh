#!/usr/bin/env bash
# CI (after `make test`): build the bundle and the .deb, then prove they work on this machine.
#
#  1. `make bundle`; `citizen-app --version` from the bundle.
#  2. The reference server from the project's .venv on 127.0.0.1 with the demo municipality;
#     the frozen app, in an empty environment (no venv, no PYTHONPATH), must show its main
#     window with the server's catalogue, in Arabic with our translation and font
#     (`--smoke-test`): offscreen, and on a real X server (Xvfb) when there is one.
#  3. Frozen with no server configured, it must say so (exit 1 with the message), not crash.
#  4. `make deb` (zstd, fast); its control data and files checked with dpkg-deb -I / -c;
#     installed with dpkg into a throw-away root and started from there the same way, with
#     the shipped site.toml pointing at the server.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "ci_bundle_check: $*" >&2; exit 1; }

make bundle
app=dist/citizen-app/citizen-app
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' citizen_app/__init__.py)
[ "$("$app" --version)" = "citizen-app $version" ] || fail "--version: $("$app" --version)"
echo "bundle: $(du -sh dist/citizen-app | cut -f1), $(find dist/citizen-app -type f | wc -l) files"

# The reference server, from the project's environment (`make test` made it; VENV=… to use
# another): never part of the bundle.
venv=${VENV:-.venv}
port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
database="sqlite:///$work/server.db"
"$venv/bin/municipal-server" --database-url "$database" seed-demo >/dev/null
"$venv/bin/municipal-server" --database-url "$database" serve --host 127.0.0.1 --port "$port" \
    >"$work/server.log" 2>&1 &
server_pid=$!
server="http://127.0.0.1:$port"
"$venv/bin/python" - "$server" <<'EOF' || fail "the server did not start: $(cat "$work/server.log")"
import sys, time, urllib.request
for _ in range(150):
    try:
        urllib.request.urlopen(sys.argv[1] + "/open311/discovery.json", timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit(1)
EOF

# The frozen app in an empty environment: nothing of the build machine's Python leaks in.
frozen() {
    local home=$1
    shift
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
expect_smoke() {  # <output>: the smoke test's line for an Arabic start
    grep -q "right-to-left; qtbase_ar.qm, citizen_app_ar.qm; Noto Naskh Arabic UI), [0-9]* services from $server" "$1" ||
        fail "unexpected smoke test output: $(cat "$1")"
    grep "^smoke test:" "$1"
}
frozen "$work/home1" QT_QPA_PLATFORM=offscreen "$app" --server "$server" --smoke-test 60 \
    >"$work/offscreen.txt" 2>&1 || fail "offscreen smoke test: $(cat "$work/offscreen.txt")"
expect_smoke "$work/offscreen.txt"
if command -v xvfb-run >/dev/null; then
    frozen "$work/home2" xvfb-run -a -s "-screen 0 1280x800x24" "$PWD/$app" --server "$server" \
        --smoke-test 60 >"$work/xcb.txt" 2>&1 || fail "X11 smoke test: $(cat "$work/xcb.txt")"
    expect_smoke "$work/xcb.txt"
fi
if frozen "$work/home3" QT_QPA_PLATFORM=offscreen CITIZEN_APP_SITE_CONFIG="$work/none.toml" \
    "$app" --language en --smoke-test 30 >"$work/no-server.txt" 2>&1; then
    fail "with no server configured the smoke test passed"
fi
grep -q "No municipality server is set up on this computer" "$work/no-server.txt" ||
    fail "no 'no server' message: $(cat "$work/no-server.txt")"
echo "no server configured: the app says so and exits 1 (no crash, no demo server)"

# The Debian package.
DEB_COMPRESSION=zstd make deb
deb=dist/municipal-eservices_${version}_$(dpkg --print-architecture).deb
dpkg-deb -I "$deb" >"$work/info.txt"
dpkg-deb -c "$deb" >"$work/contents.txt"
grep -q "^ Depends: .*libc6" "$work/info.txt" || fail "no Depends in the control file"
dpkg-deb -f "$deb" Depends
[ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles)" = /etc/xdg/municipal-eservices/site.toml ] ||
    fail "site.toml is not a conffile"
for path in ./opt/municipal-eservices/citizen-app ./opt/municipal-eservices/LICENSE \
    "./usr/bin/citizen-app -> /opt/municipal-eservices/citizen-app" \
    ./usr/share/applications/citizen-app.desktop \
    ./usr/share/icons/hicolor/scalable/apps/citizen-app.svg \
    ./usr/share/icons/hicolor/256x256/apps/citizen-app.png \
    ./etc/xdg/municipal-eservices/site.toml \
    ./usr/share/doc/municipal-eservices/copyright \
    ./usr/share/doc/municipal-eservices/THIRD_PARTY_NOTICES/README.txt \
    ./usr/share/doc/municipal-eservices/THIRD_PARTY_NOTICES/LGPL-3.0-only.txt; do
    grep -qF " $path" "$work/contents.txt" || fail "$path is not in the package"
done
if command -v desktop-file-validate >/dev/null; then
    dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/citizen-app.desktop \
        >"$work/citizen-app.desktop"
    desktop-file-validate "$work/citizen-app.desktop"
fi
echo "deb: $(du -h "$deb" | cut -f1), $(wc -l <"$work/contents.txt") entries, control and files as expected"

# Installed by dpkg into a throw-away root, then started from there (through a link, as
# /usr/bin/citizen-app is) with the shipped site.toml, given the server's address.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$work/bin"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends -i "$deb" >/dev/null 2>&1 || fail "dpkg -i into $root failed"
ln -s "$root/opt/municipal-eservices/citizen-app" "$work/bin/citizen-app"
sed "s|^#server_url = .*|server_url = \"$server\"|" "$root/etc/xdg/municipal-eservices/site.toml" \
    >"$work/site.toml"
frozen "$work/home4" QT_QPA_PLATFORM=offscreen CITIZEN_APP_SITE_CONFIG="$work/site.toml" \
    PATH="$work/bin:/usr/bin:/bin" citizen-app --smoke-test 60 >"$work/installed.txt" 2>&1 ||
    fail "installed smoke test: $(cat "$work/installed.txt")"
expect_smoke "$work/installed.txt"

# The Linux kiosk's command (packaging/linux/citizen-app-kiosk.service) under cage on a
# headless wlroots output, where cage and Xwayland are installed (.ci/run leaves them out to
# save time). cage refuses to run as root, and its exit status is not the app's.
if command -v cage >/dev/null && command -v Xwayland >/dev/null; then
    chmod 755 "$work"
    mkdir -m 700 "$work/run" && mkdir "$work/home5" && chown nobody "$work/run" "$work/home5"
    chmod 644 "$work/site.toml"
    frozen "$work/home5" XDG_RUNTIME_DIR="$work/run" WLR_BACKENDS=headless WLR_RENDERER=pixman \
        WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland CITIZEN_APP_SITE_CONFIG="$work/site.toml" \
        PATH="$work/bin:/usr/bin:/bin" setpriv --reuid=nobody --regid=nogroup --clear-groups \
        cage -d -- citizen-app --kiosk --smoke-test 60 >"$work/cage.txt" 2>&1 || true
    expect_smoke "$work/cage.txt"
fi
echo "ci_bundle_check: all passed in $((SECONDS - started)) s"
