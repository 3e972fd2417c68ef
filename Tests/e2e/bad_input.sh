# Bad input (sourced by run.sh, uses its helpers). A 95598 export whose description
# carries `ESC ]0;…BEL` (retitle), `ESC [2J` (clear) and BEL is imported; the coordinator's
# console shows them as inert marks, the window keeps its title and nothing is cleared,
# and the scripting commands print no raw escape. Then the console takes a 10,000-character
# paste into a form field (refused by length, the text kept), a burst of random keys with
# invalid UTF-8, and a resize to 10x3 and back: it is still running, its screen is whole,
# and the log verifies.
BAD="$WORK/badinput"
"$HALLDESK" init --data "$BAD" >/dev/null
received=$(TZ=Asia/Shanghai date -d '-30 minutes' '+%Y/%m/%d %H:%M')
printf '工单编号,受理时间,业务类型,诉求类别,客户名称,联系电话,用电地址,供电单位,所属区域,诉求内容\n' > "$WORK/escapes.csv"
printf '2026112300777,%s,投诉,电费、电价争议,林美玲,13800138000,天河路88号,天河供电所,天河北,"改标题\033]0;pwned\007清屏\033[2J响铃\007完"\n' "$received" >> "$WORK/escapes.csv"
check "bad input: the export with escapes imports as GD000001" \
  bash -c "'$HALLDESK' import 95598 '$WORK/escapes.csv' --data '$BAD' --staff K01 | grep -q GD000001"
"$HALLDESK" order show GD000001 --data "$BAD" --staff K01 > "$WORK/show.txt"
check "order show prints the escapes as marks" grep -qF '改标题␛]0;pwned␇清屏␛[2J响铃␇完' "$WORK/show.txt"
"$HALLDESK" order list --data "$BAD" --staff K01 > "$WORK/list.txt"
"$HALLDESK" order show GD000001 --json --data "$BAD" --staff K01 > "$WORK/show.json"
"$HALLDESK" log tail --no-follow --after 0 --data "$BAD" > "$WORK/tail.txt"
for out in show.txt list.txt show.json tail.txt; do
  check "$out has no ESC or BEL byte" bash -c "! grep -q \$'[\\x1b\\x07]' '$WORK/$out'"
done
check "order show --json keeps the escapes as JSON escapes" grep -qF 'pwned\u0007' "$WORK/show.json"

on "$MAIN-bad"
tmux new-session -d -s "$SESSION" -x 100 -y 30 "env LANG=C.UTF-8 '$HALLDESK' coordinator --staff K01 --data '$BAD'; sleep 600"
check "bad input: the coordinator sees the order" wait_for "GD000001"
sleep 0.5; keys Enter
check "the description shows with inert marks" wait_for "␛]0;pwned␇"
check "the clear-screen sequence shows as text" shows "␛[2J"
check "the window title was not changed" bash -c "[ \"\$(tmux display -p -t '$SESSION' '#{pane_title}')\" != pwned ]"
check "nothing was cleared: the status line is there" shows "F1"
check "the screen with marks is aligned" aligned
keys Escape

keys d; sleep 0.3
keys C-u   # the lead comes pre-filled with the category's owner (营销部)
# Pasted through a tmux buffer: send-keys refuses an argument this long.
python3 -c 'print("营销部停电" * 2000, end="")' > "$WORK/paste.txt"
tmux load-buffer -b halldesk-paste "$WORK/paste.txt"
tmux paste-buffer -d -b halldesk-paste -t "$SESSION"
sleep 1
keys F2
check "a 10,000-character paste is refused by length" wait_for "部门名称太长"
check "the refusal says how long it was" shows "这次有 10000 字"
check "the pasted text is kept in the form" shows "停电营销部停电"
keys C-u; keys Escape

python3 - "$WORK/keys.txt" <<'PY'
import random, sys
random.seed(7)
letters = "abcdefghijklmnoprstuvwxyz0123456789 /:,.-ABCDEFGHIJKLMNOPRSTUVWXYZ营业厅工单停电"
open(sys.argv[1], "w").write("".join(random.choice(letters) for _ in range(3000)))
PY
keys -l "$(cat "$WORK/keys.txt")"
keys -H ff fe c3 28 a0 a1 e2 28 a1 f0 90 28 bc 80 c0 af
keys Escape Tab BTab Up Down PageDown Home End F2 Escape
tmux resize-window -t "$SESSION" -x 10 -y 3; sleep 0.5
tmux resize-window -t "$SESSION" -x 100 -y 30; sleep 0.5
keys Escape Escape Escape
check "after random keys and 10x3 the console still runs" bash -c "ps -o comm= --ppid \"\$(tmux display -p -t '$SESSION' '#{pane_pid}')\" | grep -qx halldesk"
check "and draws whole rows again" wait_for "F1"
check "the screen is aligned after the burst" aligned
check "the log verifies after the burst" "$HALLDESK" log verify --data "$BAD"
