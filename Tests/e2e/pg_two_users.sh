# One hall shared through PostgreSQL by two Unix users (sourced by run.sh, uses its
# helpers; issue 17): a throwaway server on a Unix socket, three data folders whose
# store.toml names the same hall (the owner's, which installs the schema, a counter
# clerk's and the board's, each folder its user's own), a counter console under one login
# and `halldesk display` under another, in tmux. A call at the counter shows on the board
# within 300 ms (measured from the call's record to the screen, as display.sh does), and
# the hall's export verifies as a log file. Then a second hall in the same database and the
# bureau's coordinator over both with a SELECT-only login: `bureau status`, the screen,
# `report month --all-halls`, and a write refused by the server.
PG_BIN=${HALLDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "skip pg_two_users.sh: PostgreSQL 15 is not installed ($PG_BIN/initdb); apt-get install postgresql-15"
elif [ "$(id -u)" != 0 ]; then
  echo "skip pg_two_users.sh: two Unix users need root"
else
  PG_ROOT=$(mktemp -d /tmp/hdpg-e2e.XXXXXX)   # short: the socket's path stays under 108 bytes
  chmod 755 "$PG_ROOT"
  PG_ACCOUNT=postgres
  if ! id -u "$PG_ACCOUNT" >/dev/null 2>&1; then
    PG_ACCOUNT=hdtest-pg
    getent group hdtest-pg >/dev/null || groupadd hdtest-pg
    id -u hdtest-pg >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin -g hdtest-pg hdtest-pg
  fi
  for u in hdtest-clerk hdtest-board; do
    getent group "$u" >/dev/null || groupadd "$u"
    id -u "$u" >/dev/null 2>&1 || useradd -M -s /bin/sh -g "$u" "$u"
  done
  # The server's own folder: its data, its log and its socket (every login may connect).
  PG_RUN="$PG_ROOT/run"
  mkdir -m 755 "$PG_RUN"; chown "$PG_ACCOUNT" "$PG_RUN"
  pg() { runuser -u "$PG_ACCOUNT" -- "$PG_BIN/$@" </dev/null >>"$PG_RUN/tools.log" 2>&1; }
  pg initdb -D "$PG_RUN/db" -U halldesk_owner -A trust -E UTF8 --locale=C --no-sync
  pg pg_ctl -D "$PG_RUN/db" -l "$PG_RUN/server.log" -w -t 60 -o "-k $PG_RUN -c listen_addresses='' -p 5432" start
  psql_owner() { "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_RUN" -p 5432 -U halldesk_owner "$@"; }
  check "pg: a throwaway server starts" psql_owner -d postgres -c "CREATE DATABASE halls"
  PG_URL() { echo "postgres://$1@/halls?host=$PG_RUN"; }

  # The binary and seeds where the two logins can reach them; C01 is the clerk's login.
  install -m 755 "$HALLDESK" "$PG_ROOT/halldesk"
  PGHD="$PG_ROOT/halldesk"
  cp -r seeds "$PG_ROOT/seeds"; chmod -R a+rX "$PG_ROOT/seeds"
  python3 - "$PG_ROOT/seeds/staff.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r'(id = "C01".*?login = )"[^"]*"', r'\1"hdtest-clerk"', text, count=1, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
  sed -i 's/^backend = "espeak-ng"/backend = "file"/' "$PG_ROOT/seeds/hall.toml"

  check "pg: an unreachable server is refused at init, saying what to check" \
    bash -c "'$PGHD' init --data '$PG_ROOT/nowhere' --seeds '$PG_ROOT/seeds' --store 'postgres://x@/halls?host=/nonexistent' --hall 乐从 2>&1 | grep -q 'PostgreSQL 服务是否在运行'"
  check "pg: nothing was made for it" test ! -e "$PG_ROOT/nowhere"
  check "pg: the owner installs the schema and makes its folder" \
    "$PGHD" init --data "$PG_ROOT/owner" --seeds "$PG_ROOT/seeds" --store "$(PG_URL halldesk_owner)" --hall 乐从 --install
  check "pg: the folder names the hall and holds no events.log" \
    bash -c "grep -q 'hall = \"乐从\"' '$PG_ROOT/owner/store.toml' && test ! -e '$PG_ROOT/owner/events.log'"
  psql_owner -d halls -c 'CREATE ROLE "hdtest-clerk" LOGIN IN ROLE halldesk_console; CREATE ROLE "hdtest-board" LOGIN IN ROLE halldesk_console' >/dev/null
  for u in hdtest-clerk hdtest-board; do
    mkdir "$PG_ROOT/$u"; chown "$u:$u" "$PG_ROOT/$u"
    check "pg: $u makes its own folder on the same hall" \
      runuser -u "$u" -- "$PGHD" init --data "$PG_ROOT/$u/data" --seeds "$PG_ROOT/seeds" --store "$(PG_URL "$u")" --hall 乐从
  done
  for n in 1 2; do
    "$PGHD" slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --data "$PG_ROOT/owner" >/dev/null
  done
  PG_HEAD=$("$PGHD" log head --data "$PG_ROOT/owner")
  check "pg: the board's login reads the owner's slips (the same head)" \
    bash -c "[[ '$PG_HEAD' =~ ^[1-9][0-9]*:[0-9a-f]{64}$ ]] && test \"\$(runuser -u hdtest-board -- '$PGHD' log head --data '$PG_ROOT/hdtest-board/data')\" = '$PG_HEAD'"
  check "pg: log verify checks the hall in the database" \
    bash -c "runuser -u hdtest-board -- '$PGHD' log verify --data '$PG_ROOT/hdtest-board/data' --head '$PG_HEAD' | grep -q '日志完好'"

  tmux new-session -d -s "$MAIN-pgboard" -x 100 -y 30 "runuser -u hdtest-board -- env LANG=C.UTF-8 TERM=xterm '$PGHD' display --data '$PG_ROOT/hdtest-board/data'; sleep 600"
  tmux new-session -d -s "$MAIN-pgc1" -x 100 -y 30 "runuser -u hdtest-clerk -- env LANG=C.UTF-8 TERM=xterm '$PGHD' counter 1 --data '$PG_ROOT/hdtest-clerk/data'; sleep 600"
  on "$MAIN-pgboard"
  check "pg: the board opens under its own login" wait_for "暂无叫号"
  on "$MAIN-pgc1"
  check "pg: the counter opens under the clerk's login" wait_for "1号窗口"
  keys o
  check "pg: counter 1 opens" wait_for "开放"
  PG_LATENCY=$(EXPORT="'$PGHD' log export --store '$(PG_URL halldesk_owner)' --hall 乐从 --to '$PG_ROOT/export.log'" \
    python3 Tests/e2e/display_latency.py "$MAIN-pgc1" n "$MAIN-pgboard" "请 A001 号 到 1 号窗口" "$PG_ROOT/export.log")
  echo "     call on counter 1 (its row in PostgreSQL) → the other login's board shows A001 large: ${PG_LATENCY} ms"
  check "pg: the board shows the call within 300 ms" test "${PG_LATENCY:-99999}" -le 300
  check "pg: the call is the clerk's, from its tty" \
    bash -c "grep '\"type\":\"slipCalled\"' '$PG_ROOT/export.log' | grep '\"actor\":\"C01\"' | grep -q '\"terminal\":\"pts/'"
  mkdir "$PG_ROOT/audit"; cp -r "$PG_ROOT/seeds" "$PG_ROOT/audit/seeds"; cp "$PG_ROOT/export.log" "$PG_ROOT/audit/events.log"
  check "pg: the hall's export verifies as a log file" "$PGHD" log verify --data "$PG_ROOT/audit"
  keys q
  on "$MAIN-pgboard"; keys q

  # A second hall in the same database, and the bureau's coordinator over both with a
  # SELECT-only login: its view lists each hall, its month report has a column for each.
  check "pg: a second hall starts its own chain in the same database" \
    "$PGHD" init --data "$PG_ROOT/ronggui" --seeds "$PG_ROOT/seeds" --store "$(PG_URL halldesk_owner)" --hall 容桂
  "$PGHD" slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --data "$PG_ROOT/ronggui" >/dev/null
  psql_owner -d halls -c 'CREATE ROLE "hdtest-bureau" LOGIN IN ROLE halldesk_bureau' >/dev/null
  check "pg: the bureau's folder opens with a SELECT-only login" \
    "$PGHD" init --data "$PG_ROOT/bureau" --seeds "$PG_ROOT/seeds" --store "$(PG_URL hdtest-bureau)" --hall 区局
  check "pg: bureau status lists both halls" \
    bash -c "'$PGHD' bureau status --data '$PG_ROOT/bureau' | grep -q '^乐从' && '$PGHD' bureau status --data '$PG_ROOT/bureau' | grep -q '^容桂'"
  check "pg: the month report has a column per hall and 合计" \
    bash -c "'$PGHD' report month \$(date +%Y-%m) --all-halls --data '$PG_ROOT/bureau' | grep -qE '^指标 +(乐从 +容桂|容桂 +乐从) +合计'"
  check "pg: the bureau's login cannot write" \
    bash -c "'$PGHD' slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --data '$PG_ROOT/bureau' 2>&1 | grep -q '42501 permission denied'"
  # The smallest terminal a coordinator may have: 80×24, keys as PuTTY sends them.
  tmux new-session -d -s "$MAIN-pgbureau" -x 80 -y 24 "env LANG=C.UTF-8 TERM=xterm '$PGHD' bureau --data '$PG_ROOT/bureau'; sleep 600"
  on "$MAIN-pgbureau"
  both_halls() { wait_for 容桂 && shows 乐从; }
  check "pg: the bureau's screen lists both halls" both_halls
  check "pg: the bureau's screen says it only reads, with its keys, at 80x24" \
    bash -c "tmux capture-pane -p -t '$MAIN-pgbureau' | grep -q '各营业厅（只读）' && tmux capture-pane -p -t '$MAIN-pgbureau' | grep -q 'Enter看工单'"
  keys Down Enter
  check "pg: Enter lists a hall's open orders" wait_for "的未办结工单"
  keys q
  tmux kill-session -t "$MAIN-pgboard" 2>/dev/null; tmux kill-session -t "$MAIN-pgc1" 2>/dev/null; tmux kill-session -t "$MAIN-pgbureau" 2>/dev/null
  pg pg_ctl -D "$PG_RUN/db" -m immediate -w stop
  rm -rf "$PG_ROOT"
fi
