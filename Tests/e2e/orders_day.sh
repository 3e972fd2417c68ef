# A coordinator's day with a real 95598 export, the clock moved between steps (sourced by
# run.sh, uses its helpers). The folder is made with `init --practice`, so HALLDESK_NOW sets
# the hall time each command and console acts at (a console opens at it and runs on).
# The call centre's GBK export names categories its own way: 「员工服务态度」 is in neither
# the hall's table nor its aliases, so GD000002 imports as 待归类 and is counted; an address
# in 龙江 is another station's (非本所属); a row received on 11-30 and imported on 12-02
# counts in November as a late import. The coordinator classifies GD000002 (g) and
# dispatches it; nobody touches it and, with the clock past its warning point, the two
# consoles then open record one escalation to 营销部's head (↑); 营销部 asks to return it
# and the coordinator rejects that with a reason (c, n); it is answered, followed up, and
# three days on (second_follow_up_days) followed up again and closed.
DAY="$WORK/day"
"$HALLDESK" init --practice --data "$DAY" >/dev/null
at() { # at "YYYY-MM-DD HH:MM" HALLDESK-ARGS...: one scripting command at that hall time
  local when=$1; shift
  HALLDESK_NOW="$when" "$HALLDESK" "$@" --data "$DAY"
}
day_desk() { # day_desk NAME "YYYY-MM-DD HH:MM" ARGS...: a console opened at that hall time
  local name="$MAIN-$1" when=$2; shift 2
  tmux kill-session -t "$name" 2>/dev/null
  tmux new-session -d -s "$name" -x 100 -y 30 "env LANG=C.UTF-8 HALLDESK_NOW='$when' '$HALLDESK' $* --data '$DAY'; sleep 600"
}
logged() { # logged TYPE ORDER: how many records of that type the log holds for the order
  grep -F "\"$1\"" "$DAY/events.log" | grep -cF "\"order\":\"$2\""
}

python3 - "$WORK/day.csv" <<'PY'
import sys
rows = [
    "工单编号,受理时间,业务类型,诉求类别,客户名称,联系电话,用电户号,用电地址,诉求内容",
    "2026113000211,2026/11/30 16:20,投诉,电费电价,何丽芬,13600136001,0301000001,乐从镇乐从大道 12 号,电费比上月高很多，要求核查",
    "2026120200212,2026/12/2 8:40,投诉,员工服务态度,梁志强,13600136002,0301000002,乐从镇水藤沙边村 3 号,抄表员说话很冲",
    "2026120200213,2026/12/2 8:50,意见,停电问题,区伟明,13600136003,,龙江镇龙江大道 8 号,希望停电前提前通知",
]
open(sys.argv[1], "wb").write(("\r\n".join(rows) + "\r\n").encode("gbk"))
PY
at "2026-12-02 09:00" import 95598 "$WORK/day.csv" --staff K01 > "$WORK/day-import.txt" 2>&1
check "day: the GBK export imports whole" grep -q "已导入 3 张：GD000001–GD000003" "$WORK/day-import.txt"
check "day: the unknown category is counted as 待归类" grep -q "其中 1 张为待归类" "$WORK/day-import.txt"
check "day: the 龙江 address is counted as 非本所属地" grep -q "其中 1 张非本所属地" "$WORK/day-import.txt"
at "2026-12-02 09:01" order show GD000001 --staff K01 --json > "$WORK/day-gd1.json"
check "day: the alias 电费电价 gave DFZY, the address its area" python3 -c "
import json, sys; o = json.load(open('$WORK/day-gd1.json'))
sys.exit(0 if o['category'] == 'DFZY' and o['customer']['area'] == '乐从城区' else print(o) or 1)"
at "2026-12-02 09:01" report month 2026-11 > "$WORK/day-november.txt" 2>&1
check "day: November counts the 11-30 order as a late import" grep -q "其中 1 件在本期结束后才导入（补录）" "$WORK/day-november.txt"

day_desk dayk "2026-12-02 09:05" coordinator --staff K01
on "$MAIN-dayk"
check "day: the coordinator's list says 待归类" wait_for "待归类"
check "day: and 非本所属" wait_for "非本所属"
keys g
check "day: g asks the category, naming the call centre's" wait_for "归类 GD000002（客服中心：员工服务态度）"
keys -l "fwtd"; keys Enter
check "day: classified on screen" wait_for "归类：服务态度"
check "day: classified once in the log" test "$(logged workOrderClassified GD000002)" = 1
keys ":"; sleep 0.3; keys -l "2026120200212"; keys Enter
check "day: : finds the order by its 95598 number" wait_for "GD000002"
keys d; sleep 0.3
check "day: d opens the dispatch form" wait_for "派单 GD000002"
keys F2
check "day: dispatched to the pre-filled owner 营销部, no reason asked" wait_for "派单：主办 营销部"
check "day: the coordinator pane is aligned" aligned
tmux kill-session -t "$MAIN-dayk"

# 15:00: first contact is due 12-03 08:40; its warning point (3.5 working hours before) was 14:10.
check "day: nothing escalated before the clock moved" test "$(logged workOrderEscalated GD000002)" = 0
day_desk dayk "2026-12-02 15:00" coordinator --staff K01
day_desk dayh "2026-12-02 15:00" department --staff H01
on "$MAIN-dayh"
check "day: 营销部's head sees the escalation" wait_for "↑ 升级待部门负责人知悉 1 张"
check "day: and the ↑ mark in the list" wait_for_regex "↑ *GD000002"
on "$MAIN-dayk"
check "day: the coordinator sees it too" wait_for_regex "↑ *GD000002"
sleep 1
check "day: two consoles open, the escalation is in the log once" test "$(logged workOrderEscalated GD000002)" = 1

on "$MAIN-dayh"
keys b; sleep 0.3; keys -l "3"; keys Tab; keys -l "服务态度归营业厅管"; keys F2
check "day: 营销部 asks to return it" wait_for "营销部申请回退"
on "$MAIN-dayk"
check "day: the coordinator sees the request" wait_for "申请回退"
keys ":"; sleep 0.3; keys -l "GD000002"; keys Enter; sleep 0.3
keys c; sleep 0.3; keys n; sleep 0.3; keys -l "抄表员属营销部，请营销部办理"; keys Enter
check "day: the coordinator rejects it with a reason" wait_for "驳回营销部的回退申请：抄表员属营销部，请营销部办理"
check "day: the rejection is in the log" test "$(logged workOrderReturnRejected GD000002)" = 1
on "$MAIN-dayh"
check "day: 营销部 sees the rejection" wait_for "回退驳回"
keys a
check "day: 营销部 accepts" wait_for "营销部接单"
keys c; sleep 0.3; keys Tab; keys -l "电话向客户致歉"; keys F2
check "day: 营销部 records the first contact" wait_for "联系客户：电话向客户致歉"
keys r; sleep 0.3; keys Tab Tab; keys C-u; keys -l "约谈抄表员并向客户致歉"; keys Tab; keys C-u; keys -l "抄表员已道歉"; keys Tab
keys -l "客户接受"; keys F2
check "day: 营销部 replies" wait_for "答复："

on "$MAIN-dayk"
check "day: the reply waits for review" wait_for "5待审核 1"
keys 5; sleep 0.3; keys r; sleep 0.3; keys y
check "day: the coordinator accepts the reply" wait_for "审核通过"
keys 6; sleep 0.3; keys f; sleep 0.3; keys 1; sleep 0.3; keys 1; sleep 0.3; keys Enter
check "day: the first follow-up leaves the complaint for a second one" wait_for "待二次回访"
keys x; sleep 0.3; keys y
check "day: it cannot be closed before the second follow-up" wait_for "须做完二次回访才能办结"
tmux kill-session -t "$MAIN-dayk"; tmux kill-session -t "$MAIN-dayh"

# Three days on (the seeds' second_follow_up_days = 3).
day_desk dayk "2026-12-05 16:00" coordinator --staff K01
on "$MAIN-dayk"
keys ":"; sleep 0.3; keys -l "GD000002"; keys Enter
check "day: three days on the order is in the coordinator's list" wait_for "GD000002"
keys f
check "day: f opens the second follow-up" wait_for "二次回访 GD000002"
keys 1; sleep 0.3; keys 1; sleep 0.3; keys -l "没有再出现"; keys Enter
check "day: the second follow-up is recorded" wait_for "二次回访：满意"
keys x; sleep 0.3; keys y
check "day: then it closes" wait_for "办结"
check "day: the second follow-up is in the log" bash -c "grep -F '\"workOrderFollowedUp\"' '$DAY/events.log' | grep -F '\"order\":\"GD000002\"' | grep -qF '\"second\":true'"
tmux kill-session -t "$MAIN-dayk"

at "2026-12-05 16:10" order show GD000002 --staff K01 --json > "$WORK/day-gd2.json"
check "day: GD000002's timeline tells the day in order" python3 - "$WORK/day-gd2.json" <<'PY'
import json, sys
order = json.load(open(sys.argv[1]))
text = "\n".join(entry["summary"] for entry in order["timeline"])
steps = ["受理", "归类：服务态度", "派单：主办 营销部", "升级至部门负责人", "申请回退", "驳回营销部的回退申请", "接单", "联系客户",
         "答复", "审核通过", "回访：满意", "待二次回访", "二次回访：满意", "办结"]
positions = [text.find(step) for step in steps]
ok = all(p >= 0 for p in positions) and positions == sorted(positions) and order["status"] == "closed"
sys.exit(0 if ok else print(text) or 1)
PY
check "day: the day's log verifies" "$HALLDESK" log verify --data "$DAY"
