# The console as a hall's own logins run it (sourced by run.sh, uses its helpers): the
# binary installed setuid to a service account, the data folder that account's own, and
# the guide's Unix login at an 80×24 xterm. The guide acts as itself on its own tty, F4
# switches in G02 with a PIN, the folder is out of the login's reach except through
# HallDesk, and a clock set in the environment is refused in a live hall.
if [ "$(id -u)" != 0 ]; then
  echo "skip other_login.sh: making Unix users needs root"
else
  LOGIN_ROOT=$(mktemp -d /tmp/halldesk-login.XXXXXX)
  chmod 755 "$LOGIN_ROOT"
  for g in hdtest-hall hdtest-data; do getent group "$g" >/dev/null || groupadd "$g"; done
  id -u hdtest-svc >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin -g hdtest-hall hdtest-svc
  id -u hdtest-guide >/dev/null 2>&1 || useradd -M -s /bin/sh -g hdtest-hall hdtest-guide
  INSTALLED="$LOGIN_ROOT/halldesk"
  install -o hdtest-svc -g hdtest-hall -m 4755 "$HALLDESK" "$INSTALLED"
  cp -r seeds "$LOGIN_ROOT/seeds"; chmod -R a+rX "$LOGIN_ROOT/seeds"
  mkdir "$LOGIN_ROOT/halls"; chown hdtest-svc:hdtest-data "$LOGIN_ROOT/halls"
  LHALL="$LOGIN_ROOT/halls/hall"
  AS_GUIDE="setpriv --reuid=hdtest-guide --regid=hdtest-hall --clear-groups"
  check "login: the service account makes the hall" \
    setpriv --reuid=hdtest-svc --regid=hdtest-data --clear-groups "$INSTALLED" init --data "$LHALL" --seeds "$LOGIN_ROOT/seeds"
  # G01 is the guide's login; the file keeps its owner (the service account) and mode.
  python3 - "$LHALL/seeds/staff.toml" <<'EOF'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r'(id = "G01".*?login = )"[^"]*"', r'\1"hdtest-guide"', text, count=1, flags=re.S)
with open(path, "r+", encoding="utf-8") as f:
    f.write(text); f.truncate()
EOF
  check "login: root (the admin) sets G02's PIN through the install" \
    bash -c "echo 482135 | '$INSTALLED' staff set-pin G02 --data '$LHALL' >/dev/null"
  check "login: pins.json belongs to the service account" test "$(stat -c %U "$LHALL/pins.json")" = hdtest-svc

  tmux new-session -d -s "$MAIN-login" -x 80 -y 24 "$AS_GUIDE env TERM=xterm LANG=C.UTF-8 '$INSTALLED' guide --data '$LHALL'; sleep 600"
  on "$MAIN-login"
  check "login: the guide's own login opens the guide pane" wait_for "各队等候"
  check "login: aligned at 80 columns" bash -c "tmux capture-pane -p -t '$MAIN-login' | python3 Tests/e2e/aligned.py 80"
  keys -l jf; keys Enter; sleep 0.3; keys " "; sleep 0.3; keys F5
  check "login: a slip is issued" wait_for_regex "A001"
  check "login: the slip is G01's, on the pane's tty" \
    bash -c "grep '\"type\":\"slipIssued\"' '$LHALL/events.log' | grep '\"actor\":\"G01\"' | grep -q '\"terminal\":\"pts/'"
  keys F4
  check "login: F4 asks for staff id and PIN" wait_for "共用终端换人"
  keys -l G02; keys Tab; keys -l 482135; keys Enter
  check "login: the dialog closes once the PIN is right" wait_gone "共用终端换人"
  keys -l jf; keys Enter; sleep 0.3; keys " "; sleep 0.3; keys F5
  check "login: the next slip is G02's" \
    bash -c "grep '\"type\":\"slipIssued\"' '$LHALL/events.log' | grep -q '\"actor\":\"G02\"'"
  keys Tab; sleep 0.2; keys q   # no letter quits the guide pane: q from the next one
  check "login: q quits" wait_gone "各队等候"

  check "login: the guide cannot cat the log" bash -c "! $AS_GUIDE cat '$LHALL/events.log' >/dev/null 2>&1"
  check "login: nor the PIN secret" bash -c "! $AS_GUIDE cat '$LHALL/pin-secret' >/dev/null 2>&1"
  check "login: a clock set in the environment is refused in a live hall" \
    bash -c "$AS_GUIDE env HALLDESK_NOW='2099-12-31 23:59' '$INSTALLED' queue status --data '$LHALL' 2>&1 | grep -q 'init --practice'"
  check "login: nothing stamped 2099" bash -c "! grep -q '\"ts\":\"2099' '$LHALL/events.log'"
  check "login: a terminal named in the environment is refused too" \
    bash -c "$AS_GUIDE env HALLDESK_TERMINAL=door-9 '$INSTALLED' slip issue --type jf --kind residential --data '$LHALL' 2>&1 | grep -q 'HALLDESK_TERMINAL 只在练习用'"
  check "login: the log verifies" "$INSTALLED" log verify --data "$LHALL"
  tmux kill-session -t "$MAIN-login" 2>/dev/null
  rm -rf "$LOGIN_ROOT"
fi
