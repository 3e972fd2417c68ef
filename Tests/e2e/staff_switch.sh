# F4 换人 at the guide's shared terminal (sourced by run.sh, uses its helpers): G02's PIN is
# set on the command line; G01's console takes a wrong PIN (said in the dialog, never shown),
# then the right one, and the next slip issued there is G02's. The terminal is the tmux
# pane's own pty (a live folder: no HALLDESK_TERMINAL), and the switch is recorded there.
SWITCH="$WORK/switch"
"$HALLDESK" init --data "$SWITCH" >/dev/null
echo 482135 | "$HALLDESK" staff set-pin G02 --data "$SWITCH" >/dev/null
tmux new-session -d -s "$MAIN-switch" -x 100 -y 30 "env LANG=C.UTF-8 '$HALLDESK' guide --staff G01 --data '$SWITCH'; sleep 600"
on "$MAIN-switch"
check "switch: the guide pane opens" wait_for "各队等候"
keys F4
check "switch: F4 asks for staff id and PIN" wait_for "共用终端换人"
keys -l G02; keys Tab; keys -l 111111; keys Enter
check "switch: a wrong PIN is said in the dialog" wait_for "PIN 不对，还可再试 2 次"
check "switch: the PIN is never on screen" bash -c "! tmux capture-pane -p -t '$MAIN-switch' | grep -q 111111"
check "switch: the wrong PIN is on the record" grep -q '"type":"pinRejected"' "$SWITCH/events.log"
keys -l 482135; keys Enter
check "switch: the dialog closes once the PIN is right" wait_gone "共用终端换人"
keys -l jf; keys Enter; sleep 0.3; keys " "; sleep 0.3; keys F5
check "switch: a slip is issued" wait_for_regex "A001"
check "switch: that slip is G02's" bash -c "grep '\"type\":\"slipIssued\"' '$SWITCH/events.log' | grep -q '\"actor\":\"G02\"'"
check "switch: the switch was logged by G01" bash -c "grep '\"type\":\"staffSwitched\"' '$SWITCH/events.log' | grep -q '\"actor\":\"G01\"'"
check "switch: at the tmux pane's own tty, not a name anyone chose" bash -c "grep '\"type\":\"staffSwitched\"' '$SWITCH/events.log' | grep -q '\"terminal\":\"pts/'"
tmux kill-session -t "$MAIN-switch" 2>/dev/null
