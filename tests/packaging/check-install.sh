#!/usr/bin/env bash
# Installs the build into a scratch prefix as `cmake --install` would for a user, checks that every file a
# desktop needs is in place and passes the validators distributions use, then builds the .deb with CPack and
# checks what it holds and depends on.
#   check-install.sh BUILD_DIR
set -euo pipefail
build_dir=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cmake --install "$build_dir" --prefix "$scratch/usr" >/dev/null
for file in bin/fieldlink bin/fieldlink-cli bin/fieldlink-sandbox \
    share/applications/io.github.fieldlink.Fieldlink.desktop \
    share/metainfo/io.github.fieldlink.Fieldlink.metainfo.xml \
    share/icons/hicolor/scalable/apps/io.github.fieldlink.Fieldlink.svg \
    share/doc/fieldlink/app.md share/doc/fieldlink/api.md; do
    if [ ! -s "$scratch/usr/$file" ]; then
        echo "missing after install: $file" >&2
        exit 1
    fi
done
desktop-file-validate "$scratch/usr/share/applications/io.github.fieldlink.Fieldlink.desktop"
appstreamcli validate --no-net --pedantic "$scratch/usr/share/metainfo/io.github.fieldlink.Fieldlink.metainfo.xml" >/dev/null
# The installed app starts and answers, with no build tree around.
QT_QPA_PLATFORM=offscreen "$scratch/usr/bin/fieldlink" --version | grep -q '^Fieldlink '

(cd "$scratch" && cpack --config "$build_dir/CPackConfig.cmake" -B "$scratch/package" >/dev/null)
deb=$(ls "$scratch"/package/fieldlink_*.deb)
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/fieldlink ./usr/share/applications/io.github.fieldlink.Fieldlink.desktop \
    ./usr/share/metainfo/io.github.fieldlink.Fieldlink.metainfo.xml ./usr/share/doc/fieldlink/app.md; do
    grep -q " $path\$" <<<"$contents" || { echo "the .deb lacks $path" >&2; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6widgets6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libphonenumber8; do
    grep -q "$package" <<<"$depends" || { echo "the .deb does not depend on $package: $depends" >&2; exit 1; }
done
echo "installed and packaged: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
