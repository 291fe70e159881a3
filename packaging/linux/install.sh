#!/bin/sh
# Install Digital Trust Moderator from this unpacked tarball (made by packaging/linux/make_dist.py).
#
#   ./install.sh                      for yourself: ~/.local (no administrator rights)
#   ./install.sh --prefix /usr/local  for everyone on this computer (run it as root)
#   ./install.sh --uninstall [--prefix DIR]
#
# The program folder goes to PREFIX/lib/moderator-app, with PREFIX/bin/moderator-app linking to
# it, and the launcher entry, AppStream metainfo, icon and sync-package file type under
# PREFIX/share. Workspaces (~/.local/share/moderator-app) are never touched, not even by --uninstall.
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$prefix" in
    /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
esac

app_id=vn.niemtinso.ModeratorApp
program="$prefix/lib/moderator-app"
files="share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg"

refresh() {
    # The desktop's caches, where the tools are there; a desktop without them looks anyway.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
    fi
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$prefix/share/mime/packages" ]; then
        update-mime-database "$prefix/share/mime" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -rf "$program"
    rm -f "$prefix/bin/moderator-app"
    for f in $files; do rm -f "$prefix/$f"; done
    refresh
    echo "Removed Digital Trust Moderator from $prefix (workspaces are kept)."
    exit 0
fi

[ -x "$here/app/moderator-app" ] || { echo "install.sh: no app/moderator-app beside this script" >&2; exit 2; }
mkdir -p "$prefix/lib" "$prefix/bin"
staging="$prefix/lib/.moderator-app.new.$$"
rm -rf "$staging"
cp -R "$here/app" "$staging"
rm -rf "$program"
mv "$staging" "$program"  # the old version is replaced whole, never mixed with the new one
ln -sf "$program/moderator-app" "$prefix/bin/moderator-app"
for f in $files; do
    mkdir -p "$(dirname "$prefix/$f")"
    cp "$here/$f" "$prefix/$f"
    chmod 644 "$prefix/$f"
done
# The launcher starts the program by its full path: PREFIX/bin need not be on the PATH.
sed -i "s|^Exec=moderator-app |Exec=\"$prefix/bin/moderator-app\" |" "$prefix/share/applications/$app_id.desktop"
refresh
echo "Installed Digital Trust Moderator in $program; start it from the menu or with $prefix/bin/moderator-app"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Note: $prefix/bin is not on your PATH; add it to start moderator-app by name from a terminal." ;;
esac
