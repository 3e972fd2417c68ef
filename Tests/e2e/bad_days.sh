# Bad days (sourced by run.sh, uses its helpers): a guide console on a data folder on a
# 2 MiB tmpfs. The disk fills, the log is made immutable, the log is moved away: each time
# the console shows a banner naming the file, refuses the slip with the reason, writes
# nothing, and the same console issues the slip once the cause is gone, with no restart.
# The scripting commands say the same in Chinese with exit code 1. Needs root (mount,
# chattr); says so and skips otherwise.
BAD="$WORK/bad"
mkdir -p "$BAD"
if mount -t tmpfs -o size=2m tmpfs "$BAD" 2>/dev/null; then
  BADHALL="$BAD/hall"
  BADLOG="$BADHALL/events.log"
  trap 'chattr -i "$BADLOG" 2>/dev/null; umount "$BAD" 2>/dev/null; cleanup' EXIT
  "$HALLDESK" init --data "$BADHALL" >/dev/null
  tmux new-session -d -s "$MAIN-baddays" -x 100 -y 30 "env LANG=C.UTF-8 '$HALLDESK' guide --staff G01 --data '$BADHALL'; sleep 600"
  on "$MAIN-baddays"
  issue_payment() { keys -l jf; keys Enter; sleep 0.3; keys " "; sleep 0.3; keys F5; }
  retry() { keys F5; }   # a refused slip leaves the guide's form as it was: F5 asks again
  cli_issue() { "$HALLDESK" slip issue --type JF --kind residential --have 用电户号或电费通知单 --staff G01 --data "$BADHALL" 2>"$WORK/bad-cli.txt" >/dev/null; }
  check "bad days: guide pane opens" wait_for "各队等候"

  # --- disk full --------------------------------------------------------------------------
  dd if=/dev/zero of="$BAD/filler" bs=64k 2>/dev/null
  check "disk full: banner says so" wait_for "⚠ 磁盘已满"
  check "disk full: banner names the log" shows "$BADLOG"
  check "disk full: status line says the log cannot be written" shows "日志不可写"
  size_before=$(stat -c %s "$BADLOG")
  issue_payment
  check "disk full: the slip is refused with the reason" wait_for "磁盘空间已满，本次操作未保存"
  cli_issue; rc=$?
  check "disk full: slip issue exits 3 (log not writable)" test "$rc" = 3
  check "disk full: slip issue says why in Chinese" grep -q "磁盘空间已满" "$WORK/bad-cli.txt"
  check "disk full: nothing was written" test "$(stat -c %s "$BADLOG")" = "$size_before"
  check "disk full: the log verifies" "$HALLDESK" log verify --data "$BADHALL"
  rm -f "$BAD/filler"
  check "disk full: the banner goes by itself" wait_gone "⚠"
  retry
  check "disk full: the same console issues A001 once space is back" wait_for "已发号 A001"

  # --- read-only log ----------------------------------------------------------------------
  chattr +i "$BADLOG"
  check "read-only: banner says so" wait_for "⚠ 日志 $BADLOG 当前只读"
  issue_payment
  check "read-only: the slip is refused with the reason" wait_for "日志文件当前只读"
  cli_issue; rc=$?
  check "read-only: slip issue exits 3 and says why" bash -c "test $rc = 3 && grep -q 只读 '$WORK/bad-cli.txt'"
  chattr -i "$BADLOG"
  check "read-only: the banner goes by itself" wait_gone "⚠"
  retry
  check "read-only: A002 issued once writable again" wait_for "已发号 A002"

  # --- the log moved away -----------------------------------------------------------------
  mv "$BADLOG" "$BADLOG.moved"
  check "moved: banner says the log was moved" wait_for "已被移走、改名或删除"
  issue_payment
  check "moved: the slip is refused with the reason" wait_for "本次操作未保存"
  cli_issue; rc=$?
  check "moved: slip issue exits 3" test "$rc" = 3
  check "moved: no new empty log was created" test ! -e "$BADLOG"
  mv "$BADLOG.moved" "$BADLOG"
  check "moved: the banner goes once the file is back" wait_gone "⚠"
  retry
  check "moved: A003 issued once the log is back" wait_for "已发号 A003"
  check "bad days: the log verifies at the end" "$HALLDESK" log verify --data "$BADHALL"
  check "bad days: three slips, no more" test "$("$HALLDESK" log tail --data "$BADHALL" --no-follow --json | grep -c '"slipIssued"')" = 3
  check "bad days: doctor passes on the folder" bash -c "'$HALLDESK' doctor --data '$BADHALL' >/dev/null"
  check "bad days: screen aligned" aligned
  tmux kill-session -t "$MAIN-baddays" 2>/dev/null
else
  echo "skip bad days: cannot mount a tmpfs here (needs root)"
fi
