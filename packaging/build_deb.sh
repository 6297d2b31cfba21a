#!/usr/bin/env bash
# Build dist/municipal-eservices_VERSION_ARCH.deb from the one-folder bundle (`make bundle`).
#
#   /opt/municipal-eservices/               the bundle (citizen-app, _internal/, LICENSE, notices)
#   /usr/bin/citizen-app                    symbolic link to the bundle's executable
#   /usr/share/applications/citizen-app.desktop, icons in /usr/share/icons/hicolor/
#   /etc/xdg/municipal-eservices/site.toml  commented example; a conffile (upgrades keep it)
#   /usr/share/doc/municipal-eservices/     copyright and THIRD_PARTY_NOTICES
#
# Depends: is derived from the bundle: every library its files load (ldd) that the bundle does
# not carry itself, mapped to the Debian package that holds it on this (Debian 12) machine.
#
# DEB_COMPRESSION=zstd builds in seconds instead of minutes (56 MB instead of 41 MB with xz,
# the default); Debian 12's dpkg reads both. CI uses zstd.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=dist/citizen-app
if [ ! -x "$bundle/citizen-app" ]; then
    echo "build_deb.sh: no bundle in $bundle; run 'make bundle' first" >&2
    exit 1
fi
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' citizen_app/__init__.py)
arch=$(dpkg --print-architecture)
package=municipal-eservices
root=build/deb/${package}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps" \
    "$root/etc/xdg/$package" "$root/usr/share/doc/$package"

cp -a "$bundle" "$root/opt/$package"
ln -s "/opt/$package/citizen-app" "$root/usr/bin/citizen-app"
install -m 644 packaging/linux/citizen-app.desktop "$root/usr/share/applications/"
install -m 644 resources/icons/citizen-app.svg "$root/usr/share/icons/hicolor/scalable/apps/"
install -m 644 resources/icons/citizen-app.png "$root/usr/share/icons/hicolor/256x256/apps/"
install -m 644 packaging/site.toml "$root/etc/xdg/$package/site.toml"
cp -a "$bundle/THIRD_PARTY_NOTICES" "$root/usr/share/doc/$package/"
cat > "$root/usr/share/doc/$package/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: municipal-eservices

Files: *
Copyright: the municipal e-services authors
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3; it is also in
 /opt/$package/LICENSE.

Files: opt/$package/_internal/*
Comment: third-party components bundled with the app (Qt under the LGPL-3.0, Qt Charts under
 the GPL-3.0, Python, and Python packages under MIT, BSD, Apache-2.0, MPL-2.0 and other
 licences); see THIRD_PARTY_NOTICES/README.txt beside this file, which lists each one with
 its licence text and says how to replace the Qt libraries.
License: various
EOF

# Depends: what the bundle's files need from the system and do not carry themselves.
internal="$root/opt/$package/_internal"
needed=$(find "$root/opt/$package" -type f \( -name '*.so*' -o -name citizen-app \) -print0 |
    xargs -0 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null |
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$PWD/" | sort -u)
missing=$(find "$root/opt/$package" -type f -name '*.so*' -print0 |
    xargs -0 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null | awk '/not found/ {print $1}' |
    sort -u)
if [ -n "$missing" ]; then
    echo "build_deb.sh: libraries the bundle needs and this machine lacks:" $missing >&2
    echo "(install them so that their packages can be named in Depends)" >&2
    exit 1
fi
packages=$(for lib in $needed; do
    real=$(readlink -f "$lib")
    dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "$lib"
done | cut -d: -f1 | sort -u)
depends=$(echo $packages | sed 's/ /, /g')

installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: Municipal e-services IT <it@example.ps>
Installed-Size: $installed_size
Depends: $depends
Section: misc
Priority: optional
Homepage: https://eservices.example.ps
Description: municipal e-services desktop app (Arabic, English, French)
 Citizens send requests to their municipality (a broken pipe, a street light, a
 certificate) and follow them; clerks process them. Speaks Open311 GeoReport v2.
 A self-contained bundle in /opt/$package; configure it for the municipality in
 /etc/xdg/$package/site.toml.
EOF
echo "/etc/xdg/$package/site.toml" > "$root/DEBIAN/conffiles"

output="dist/${package}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$output" >/dev/null
echo "deb: $output ($(du -h "$output" | cut -f1)), Depends: $depends"
