# A work order from the 95598 export to its responsibility ruling, in three terminals at
# once (sourced by run.sh, uses its helpers): the coordinator (K01) imports and dispatches
# it to the wrong department (not the category's owner, so with a reason); 计量班's handler
# (D03) asks to return it; the coordinator rejects that with a reason, 计量班 asks again and the
# coordinator confirms and redispatches to 营销部, whose handler (D01) accepts, records the call and
# replies; the coordinator reviews, follows up, closes and rules. The log tells the story.
ORDERS="$WORK/orders"
"$HALLDESK" init --data "$ORDERS" >/dev/null
# This hall makes no second follow-up (second_follow_up_days = 0, its own choice), so the
# complaint closes on the machine's clock right after its follow-up; orders_day.sh moves the
# clock through the shipped three days.
sed -i 's/^second_follow_up_days = .*/second_follow_up_days = 0/' "$ORDERS/seeds/work-order-rules.toml"
received=$(TZ=Asia/Shanghai date -d '-30 minutes' '+%Y/%m/%d %H:%M')
printf '\xef\xbb\xbf工单编号,受理时间,业务类型,诉求类别,客户名称,联系电话,用电户号,用电地址,供电单位,所属区域,诉求内容\r\n' > "$WORK/95598.csv"
printf '2026112300901,%s,投诉,电费、电价争议,林美玲,13800138000,0301234567,天河路88号,天河供电所,天河北,"本月电费比上月多一倍，要求核查"\r\n' "$received" >> "$WORK/95598.csv"
check "import: the 95598 export becomes GD000001" bash -c "'$HALLDESK' import 95598 '$WORK/95598.csv' --data '$ORDERS' --staff K01 | grep -q 'GD000001'"

desk() { # desk NAME ARGS...: a work-order console in its own 100x30 terminal
  local name="$MAIN-$1"; shift
  tmux new-session -d -s "$name" -x 100 -y 30 "env LANG=C.UTF-8 '$HALLDESK' $* --data '$ORDERS'; sleep 600"
}
desk coordinator coordinator --staff K01
desk metering department --staff D03
desk marketing department --staff D01

on "$MAIN-coordinator"
check "coordinator sees the imported order waiting" wait_for "1待派 1"
check "its phone is masked in the list" wait_for "138****8000"
check "coordinator pane aligned" aligned
keys d; sleep 0.3
check "dispatch pre-fills the category's owner" wait_for "已预填"
keys C-u; keys -l "计量班"; keys Tab; keys Tab; keys -l "客户称电表走快，先请计量班核查"; keys F2
check "coordinator: dispatched to 计量班" wait_for "派单：主办 计量班"

on "$MAIN-metering"
check "计量班 sees the order" wait_for "GD000001"
check "department pane aligned" aligned
keys b; sleep 0.3; keys -l "3"; keys Tab; keys -l "电费争议应由营销部处理"; keys F2
check "计量班 asks to return it" wait_for "计量班申请回退"

on "$MAIN-coordinator"
check "coordinator sees the return request" wait_for "申请回退"
keys c; sleep 0.3; keys n; sleep 0.3; keys -l "请先核实表计"; keys Enter
check "coordinator rejects the return with a reason" wait_for "驳回计量班的回退申请：请先核实表计"
on "$MAIN-metering"
check "计量班 sees the rejection in its list" wait_for "回退驳回"
keys b; sleep 0.3; keys -l "3"; keys Tab; keys -l "表计已核实正常，电费争议应由营销部处理"; keys F2
check "计量班 asks again" wait_for "计量班申请回退"

on "$MAIN-coordinator"
check "coordinator sees the new request" wait_for "申请回退"
keys c; sleep 0.3; keys y
check "coordinator confirms the return" wait_for "确认回退"
on "$MAIN-metering"
check "计量班 no longer holds it" wait_for "本部门没有待办工单"

on "$MAIN-coordinator"
keys d; sleep 0.3; keys C-u; keys -l "营销部"; keys F2
check "coordinator redispatches to 营销部" wait_for "派单：主办 营销部"

on "$MAIN-marketing"
check "营销部 sees the order" wait_for "GD000001"
keys a
check "营销部 accepts" wait_for "营销部接单"
keys c; sleep 0.3; keys Tab; keys -l "电话联系客户，约定上门核查电表"; keys F2
check "营销部 records the first contact" wait_for "联系客户：电话联系客户"
keys r; sleep 0.3; keys Tab Tab; keys -l "上门核查电表读数，解释阶梯电价"; keys Tab; keys -l "读数无误，电费按阶梯计算"
keys F2
check "a reply without the customer's feedback is refused, the form kept" wait_for "答复缺少：客户反馈"
keys Tab; keys -l "客户表示理解"; keys F2
check "营销部 replies" wait_for "答复："

on "$MAIN-coordinator"
check "coordinator sees it waiting for review" wait_for "5待审核 1"
keys r; sleep 0.3; keys y
check "coordinator accepts the reply" wait_for "审核通过"
keys f; sleep 0.3; keys 1; sleep 0.3; keys 1; sleep 0.3; keys Enter
check "follow-up: satisfied" wait_for "回访：满意"
keys x; sleep 0.3; keys y
check "coordinator closes the order" wait_for "办结"
keys j; sleep 0.3; keys F2
check "responsibility ruled: not at fault" wait_for "定责：无责"
check "coordinator pane aligned at the end" aligned

"$HALLDESK" order show GD000001 --data "$ORDERS" --staff K01 --json > "$WORK/order.json"
check "the log tells the whole story in order" python3 - "$WORK/order.json" <<'PY'
import json, sys
order = json.load(open(sys.argv[1]))
text = "\n".join(entry["summary"] for entry in order["timeline"])
steps = ["受理", "派单：主办 计量班（非主管部门主办，理由：客户称电表走快", "申请回退", "确认回退", "派单：主办 营销部", "接单", "联系客户", "答复", "审核通过", "回访：满意", "办结", "定责：无责"]
positions = [text.find(step) for step in steps]
ok = all(p >= 0 for p in positions) and positions == sorted(positions) and order["status"] == "closed"
sys.exit(0 if ok else print(text) or 1)
PY
check "the work-order log verifies" "$HALLDESK" log verify --data "$ORDERS"
