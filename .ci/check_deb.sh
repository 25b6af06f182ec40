#!/usr/bin/env bash
# CI, as root: the .deb installs with apt (which pulls its Depends), the installed
# command works from an empty folder (version, demo, a badge PDF with a CJK name,
# the window offscreen), its desktop files validate, and it uninstalls cleanly.
#   .ci/check_deb.sh dist/meetup-organiser_0.1.0_amd64.deb
set -euo pipefail
deb=$(readlink -f "$1")
name=meetup-organiser
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

export DEBIAN_FRONTEND=noninteractive
echo "== apt-get install $deb"
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap 'apt-get remove -y -qq "$name" >/dev/null 2>&1 || true' EXIT

try=$(mktemp -d /tmp/organiser-deb-check.XXXXXX)
cd "$try"
run() { env -i PATH=/usr/bin:/bin HOME="$try" LANG=C.UTF-8 "$@"; }

installed=$(command -v "$name")
[ "$installed" = "/usr/bin/$name" ] || { echo "error: $name is at '$installed'" >&2; exit 1; }
got=$(run "$name" --version)
[ "$got" = "$name $version" ] || { echo "error: --version says '$got'" >&2; exit 1; }
event=$(run "$name" --db "$try/deb.sqlite" demo | tail -n 1)
case "$event" in '' | *[!0-9]*) echo "error: demo printed '$event'" >&2; exit 1 ;; esac
layouts=$(run "$name" --db "$try/deb.sqlite" badges --list-layouts)
grep -q avery-l4785 <<<"$layouts" || { echo "error: no label layouts: $layouts" >&2; exit 1; }
run "$name" --db "$try/deb.sqlite" badges "$event" -o "$try/badges.pdf"
text=$(pdftotext "$try/badges.pdf" - | tr -d ' \n')
grep -q '陈伟' <<<"$text" || { echo "error: the badge PDF lacks the CJK name" >&2; exit 1; }
shown=$(run QT_QPA_PLATFORM=offscreen MEETUP_ORGANISER_SMOKE_QUIT_MS=1500 "$name" --db "$try/deb.sqlite")
grep -q '^smoke: window MainWindow icon' <<<"$shown" \
  || { echo "error: the installed GUI did not show its window: $shown" >&2; exit 1; }
desktop-file-validate "/usr/share/applications/$name.desktop"
appstreamcli validate --no-net /usr/share/metainfo/io.github.meetup_organiser.MeetupOrganiser.metainfo.xml
echo "installed command works: $name $version, event $event, badges PDF, GUI"

echo "== apt-get remove $name"
apt-get remove -y -qq "$name" >/dev/null
trap - EXIT
if command -v "$name" >/dev/null || [ -e "/opt/$name" ] || [ -e "/usr/share/applications/$name.desktop" ]; then
  echo "error: files of $name are left after removal" >&2
  exit 1
fi
rm -rf "$try"
echo "removed cleanly"
