#!/usr/bin/env bash
# Start a private CUPS (its own folder, its own socket) with a PDF queue (cups-pdf)
# for the door-printing test, and print the variables the test reads.
# Usage: eval "$(.ci/cups.sh start DIR)"   ...   .ci/cups.sh stop DIR
# Needs Debian's cups and printer-driver-cups-pdf, and root (cups-pdf runs as root).
set -euo pipefail
action=${1:?start|stop}
dir=$(realpath -m "${2:?folder}")
queue=OrganiserPDF
case "$action" in
  start)
    command -v cupsd >/dev/null || { echo "cupsd not installed" >&2; exit 1; }
    "$0" stop "$dir"  # a cupsd left over from an earlier run of the same folder
    mkdir -p "$dir/root/ppd" "$dir/cache" "$dir/spool/tmp" "$dir/log" "$dir/out"
    chmod 0755 "$dir" "$dir/root"
    chmod 1777 "$dir/out" "$dir/spool/tmp"
    cat >"$dir/root/cupsd.conf" <<CONF
Listen $dir/cups.sock
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
    cat >"$dir/root/cups-files.conf" <<CONF
ServerRoot $dir/root
CacheDir $dir/cache
RequestRoot $dir/spool
TempDir $dir/spool/tmp
StateDir $dir/cache
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
SystemGroup root
FileDevice Yes
Sandboxing relaxed
CONF
    # cups-pdf reads /etc/cups/cups-pdf-<name>.conf for the device URI cups-pdf:/<name>.
    cat >/etc/cups/cups-pdf-organisertest.conf <<CONF
Out $dir/out
AnonDirName $dir/out
Label 0
UserUMask 0022
Grp root
CONF
    cupsd -c "$dir/root/cupsd.conf" -s "$dir/root/cups-files.conf" >"$dir/log/cupsd.out" 2>&1
    for _ in $(seq 1 50); do
      [ -S "$dir/cups.sock" ] && CUPS_SERVER="$dir/cups.sock" lpstat -r >/dev/null 2>&1 && break
      sleep 0.2
    done
    ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || true)
    CUPS_SERVER="$dir/cups.sock" lpadmin -p "$queue" -E -v cups-pdf:/organisertest ${ppd:+-P "$ppd"}
    CUPS_SERVER="$dir/cups.sock" cupsenable "$queue"
    CUPS_SERVER="$dir/cups.sock" cupsaccept "$queue"
    echo "export ORGANISER_TEST_CUPS_SERVER=$dir/cups.sock"
    # For the whole test run: libcups (also inside Qt) reads it once per process.
    echo "export CUPS_SERVER=$dir/cups.sock"
    echo "export ORGANISER_TEST_CUPS_QUEUE=$queue"
    echo "export ORGANISER_TEST_CUPS_OUT=$dir/out"
    ;;
  stop)
    if [ -f "$dir/cache/cupsd.pid" ]; then kill "$(cat "$dir/cache/cupsd.pid")" 2>/dev/null || true; fi
    pid=$(pgrep -f "cupsd -[cC] $dir/root/cupsd.conf" || true)
    [ -n "$pid" ] && kill $pid 2>/dev/null || true
    for _ in $(seq 1 50); do
      pgrep -f "cupsd -[cC] $dir/root/cupsd.conf" >/dev/null || break
      sleep 0.1
    done
    rm -f "$dir/cups.sock"
    rm -f /etc/cups/cups-pdf-organisertest.conf
    ;;
esac
