#!/bin/sh
# Make the macOS disk image from dist/Mentorat.app (after `python3 tasks.py package` on a Mac):
#     sh packaging/macos/make_dmg.sh
# The image opens on the application and a link to /Applications, to drag it there.
# Not run on the machines this project is developed on (no macOS there): CI builds it
# (.github/workflows/package.yml).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/mentorat_desktop/__init__.py")
app="$root/dist/Mentorat.app"
[ -d "$app" ] || { echo "dist/Mentorat.app is missing: run python3 tasks.py package first"; exit 2; }
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Mentorat" -srcfolder "$stage" -ov -format UDZO \
    "$root/dist/Mentorat-$version.dmg"
rm -rf "$stage"
echo "dist/Mentorat-$version.dmg"
