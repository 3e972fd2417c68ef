# The hall floor as it opens (sourced by run.sh, uses its helpers): PuTTY terminals under
# TERM=xterm (F-keys sent as raw bytes, ESC[15~ for F5, ESC[23~ for F11), the guide at
# 80×24, a counter at 200×60, a board and the voice following the log, the SMS notifier
# with a sender the test writes. An appointment booked for now is checked in at the guide
# and called by the fairness rule ahead of ordinary slips that came earlier; the board
# shows it large (latency measured and printed), the voice writes a WAV sox hears as
# speech, a notice is spooled for the consenting slip with three ahead and none for the
# one without consent; the guide killed mid-typing leaves a log that verifies.
FLOOR="$WORK/floor"
"$HALLDESK" init --data "$FLOOR" >/dev/null
# Open all day, so an appointment can be booked for whatever moment the test runs at (the
# real clock, never HALLDESK_NOW: the latency is measured against the record's own time).
python3 - "$FLOOR/seeds/hall.toml" <<'PY'
import re, sys
p = sys.argv[1]; t = open(p, encoding="utf-8").read()
t = re.sub(r'(\[\[opening_hours\]\]\nstart = "[0-9:]+"\nend = "[0-9:]+"\n\n?)+',
           '[[opening_hours]]\nstart = "00:00"\nend = "23:59"\n\n', t, count=1)
t = t.replace('backend = "espeak-ng"', 'backend = "file"').replace("mandarin_repeats = 2", "mandarin_repeats = 1")
open(p, "w", encoding="utf-8").write(t)
PY
cat > "$WORK/sms-send" <<SH
#!/bin/sh
# The bureau's gateway, as the test plays it: notes the phone, the file and its text.
printf '%s %s %s\n' "\$1" "\$2" "\$(cat "\$2")" >> "$WORK/sms-sent.txt"
SH
chmod 755 "$WORK/sms-send"
sed -i "s|^# sender = .*|sender = \"$WORK/sms-send {phone} {file}\"|" "$FLOOR/seeds/notices.toml"
floor() { "$HALLDESK" "$@" --data "$FLOOR"; }
putty() { # putty NAME COLUMNS ROWS ARGS...: a console in a PuTTY-like terminal (TERM=xterm)
  local name="$MAIN-$1" columns=$2 rows=$3; shift 3
  tmux new-session -d -s "$name" -x "$columns" -y "$rows" "env TERM=xterm LANG=C.UTF-8 '$HALLDESK' $* --data '$FLOOR'; sleep 600"
}
fkey() { # fkey N: F-key N as PuTTY sends it by default under TERM=xterm
  local -A code=([1]="31 31" [4]="31 34" [5]="31 35" [9]="32 30" [11]="32 33" [12]="32 34")
  tmux send-keys -t "$SESSION" -H 1b 5b ${code[$1]} 7e
}
floor_aligned() { tmux capture-pane -p -t "$SESSION" | python3 Tests/e2e/aligned.py "$1"; }

# An appointment for now (hall time), and five ordinary customers before it arrives.
read -r TODAY START END < <(python3 - <<'PY'
import datetime, zoneinfo
now = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai"))
start = min(now.hour * 60 + now.minute, 23 * 60 + 58)
end = min(start + 30, 23 * 60 + 59)
print(now.date(), "%02d:%02d" % divmod(start, 60), "%02d:%02d" % divmod(end, 60))
PY
)
check "floor: an appointment is booked for now" \
  bash -c "'$HALLDESK' appointment book --staff G01 --day $TODAY --start $START --end $END --type JF --name 梁秀英 --phone 13800138000 --source 网上国网 --data '$FLOOR' >/dev/null"
for n in 1 2 3; do floor slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 >/dev/null; done
floor slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --phone 13900139004 >/dev/null
floor slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --phone 13900139005 --notice-consent >/dev/null
check "floor: five ordinary slips A001–A005 wait" bash -c "grep -c '\"type\":\"slipIssued\"' '$FLOOR/events.log' | grep -qx 5"

tmux new-session -d -s "$MAIN-floor-board" -x 100 -y 30 "env LANG=C.UTF-8 '$HALLDESK' display --data '$FLOOR'; sleep 600"
tmux new-session -d -s "$MAIN-floor-voice" -x 80 -y 5 "env LANG=C.UTF-8 '$HALLDESK' voice --data '$FLOOR'; sleep 600"
putty floor-guide 80 24 guide --staff G01
putty floor-c1 200 60 counter 1 --staff C01

# The guide: F11 lists the appointment, Enter takes it into the form, F5 checks it in.
on "$MAIN-floor-guide"
check "floor guide: opens at 80x24 under TERM=xterm" wait_for "各队等候"
fkey 11
check "floor guide: F11 (ESC[23~) lists today's appointment" wait_for "梁秀英 138****8000 网上国网"
check "floor guide: the list is aligned at 80 columns" floor_aligned 80
keys Enter
check "floor guide: Enter takes it into the form" wait_for "已带入预约"
keys " "; sleep 0.2; fkey 5
check "floor guide: F5 (ESC[15~) checks it in for A006" wait_for "已发号 A006"
check "floor guide: aligned at 80 columns" floor_aligned 80
check "floor: A006 has appointment priority and the check-in is recorded" bash -c "
  grep '\"type\":\"slipIssued\"' '$FLOOR/events.log' | grep '\"A006\"' | grep -q '\"appointment\"' &&
  grep '\"type\":\"appointmentCheckedIn\"' '$FLOOR/events.log' | grep -q '\"A006\"'"

# The counter: one key calls A006 ahead of A001–A005, and the board shows it large.
on "$MAIN-floor-board"
check "floor board: shows the queue waiting" wait_for "A 缴费与票据  等候 6 人"
on "$MAIN-floor-c1"
check "floor counter: opens at 200x60 under TERM=xterm" wait_for "1号窗口"
keys o
check "floor counter: counter 1 opens" wait_for "开放"
FLOOR_LATENCY=$(python3 Tests/e2e/display_latency.py "$MAIN-floor-c1" n "$MAIN-floor-board" "请 A006 号 到 1 号窗口" "$FLOOR/events.log")
echo "     counter 1 calls the appointment (its log record) → board shows A006 large: ${FLOOR_LATENCY} ms"
check "floor board: shows A006 within 300 ms" test "${FLOOR_LATENCY:-99999}" -le 300
on "$MAIN-floor-c1"
check "floor counter: A006 is called ahead, with the rule's reason" wait_for "预约客户按时签到，排在普通号前"
check "floor counter: aligned at 200 columns" floor_aligned 200
floor_wav() { for _ in $(seq 100); do ls "$FLOOR/voice" 2>/dev/null | grep -q 'A006-cmn\.wav$' && return 0; sleep 0.1; done; return 1; }
check "floor voice: halldesk voice wrote A006's WAV" floor_wav
check "floor voice: sox measures it as speech (over 1 s, RMS over 0.02)" bash -c "sox \"\$(ls -d '$FLOOR'/voice/*-A006-cmn.wav | head -1)\" -n stat 2>&1 | awk -F: '/Length/ {l=\$2} /RMS +amplitude/ {r=\$2} END {exit !(l > 1 && r > 0.02)}'"

# F5 as PuTTY sends it: the counter (call_next_finishes) finishes A006 and calls A001, so
# A005 has three ahead; the notifier spools its notice and A004 (no consent) gets none.
fkey 5
check "floor counter: F5 (ESC[15~) finishes A006 and calls A001" wait_for "叫号 A001"
floor notify --once --staff G01 >"$WORK/notify.txt" 2>&1
check "floor notify: the sender got A005's notice from outbox/" grep -q "^13900139005 $FLOOR/outbox/[^ ]*A005-ahead.txt .*A005 号前面还有 3 人" "$WORK/sms-sent.txt"
check "floor notify: the file moved to outbox/sent/" bash -c "ls '$FLOOR/outbox/sent/' | grep -q 'A005-ahead.txt' && ! ls '$FLOOR/outbox/' | grep -q 'A005-ahead'"
check "floor notify: noticeQueued and noticeDelivered logged" bash -c "
  grep '\"type\":\"noticeQueued\"' '$FLOOR/events.log' | grep -q 'A005-ahead' &&
  grep '\"type\":\"noticeDelivered\"' '$FLOOR/events.log' | grep -q 'A005-ahead'"
check "floor notify: nothing for A004, which gave a phone but no consent" bash -c "
  ! grep -q 13900139004 '$WORK/sms-sent.txt' && ! grep '\"type\":\"noticeQueued\"' '$FLOOR/events.log' | grep -q A004"

# A recall (r): the board marks it apart from the first call.
on "$MAIN-floor-c1"
keys r
on "$MAIN-floor-board"
check "floor board: a recall reads 再次呼叫" wait_for "再次呼叫：请 A001 号 到 1 号窗口"

# The guide's console killed while a search is half typed: the log still verifies.
on "$MAIN-floor-guide"
keys -l dian; sleep 0.2
guide_pid=$(pgrep -P "$(tmux list-panes -t "$MAIN-floor-guide" -F '#{pane_pid}')" -x halldesk)
check "floor guide: found the console's process" test -n "$guide_pid"
kill -9 "$guide_pid" 2>/dev/null
check "floor: the log verifies after kill -9 mid-typing" bash -c "'$HALLDESK' log verify --data '$FLOOR' >/dev/null"
for s in floor-board floor-voice floor-guide floor-c1; do tmux kill-session -t "$MAIN-$s" 2>/dev/null; done
