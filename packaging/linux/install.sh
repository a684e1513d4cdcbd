#!/bin/sh
# Put Mentorat in the applications menu of this user (no administrator rights needed).
# Run it from the unpacked folder:  ./install.sh        To take it out:  ./install.sh --remove
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "$1" = "--remove" ]; then
    rm -f "$apps/mentorat-desktop.desktop" "$icons/mentorat.png"
    echo "Mentorat n'est plus dans le menu (vos données sont gardées)."
    echo "Mentorat was taken out of the menu (your data is kept)."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/mentorat.png" "$icons/mentorat.png"
sed "s|^Exec=.*|Exec=\"$here/mentorat-desktop\"|" "$here/mentorat-desktop.desktop" \
    > "$apps/mentorat-desktop.desktop"
chmod 644 "$apps/mentorat-desktop.desktop"
# Qt's window needs a few system libraries: name the missing ones now, with the line to type.
"$here/mentorat-desktop" --version >/dev/null 2>&1 || true
echo "Mentorat est dans le menu des applications (Bureautique)."
echo "Mentorat is in the applications menu (Office)."
