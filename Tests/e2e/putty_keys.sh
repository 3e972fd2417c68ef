# The keys PuTTY and Xshell send by default (sourced by run.sh, uses its helpers): they say
# TERM=xterm but send F1–F4 as ESC[11~…ESC[14~ and Home/End as ESC[1~/ESC[4~, which xterm's
# terminfo entry does not list; in their Linux mode F1 is ESC[[A. Bytes go in raw (send-keys
# -H), as the terminal program would write them to the pty, under TERM=xterm and TERM=linux.
PUTTY="$WORK/putty"
"$HALLDESK" init --data "$PUTTY" >/dev/null
for term in xterm linux; do
  tmux kill-session -t "$MAIN-putty" 2>/dev/null
  tmux new-session -d -s "$MAIN-putty" -x 80 -y 24 "env TERM=$term LANG=C.UTF-8 '$HALLDESK' --data '$PUTTY'; sleep 600"
  on "$MAIN-putty"
  check "putty $term: the console opens at 80x24" wait_for "营业厅导办台"
  for sequence in "1b 5b 31 31 7e" "1b 4f 50" "1b 5b 5b 41"; do
    tmux send-keys -t "$SESSION" -H $sequence
    check "putty $term: F1 as ${sequence// /} opens help" wait_for "切换到下一个/上一个窗格"
    keys Escape
    wait_gone "切换到下一个/上一个窗格" >/dev/null
  done
  tmux send-keys -t "$SESSION" -H 1b 5b 31 34 7e
  check "putty $term: F4 as ESC[14~ opens 换人" wait_for "共用终端换人"
  keys Escape
  check "putty $term: Esc closes it" wait_gone "共用终端换人"
  check "putty $term: aligned at 80 columns" bash -c "tmux capture-pane -p -t '$SESSION' | python3 Tests/e2e/aligned.py 80"
done
tmux kill-session -t "$MAIN-putty" 2>/dev/null
