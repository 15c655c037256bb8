"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
a = nums[1:1 + nums[0]]
# replay the greedy, recording the sides
l, r, last, moves = 0, len(a) - 1, 0, []
while l <= r:
    left_ok, right_ok = a[l] > last, a[r] > last
    if left_ok and right_ok and a[l] == a[r]:
        run_l = [a[l]]
        while l + len(run_l) <= r and a[l + len(run_l)] > run_l[-1]:
            run_l.append(a[l + len(run_l)])
        run_r = [a[r]]
        while r - len(run_r) >= l and a[r - len(run_r)] > run_r[-1]:
            run_r.append(a[r - len(run_r)])
        moves += [("F", v) for v in run_l] if len(run_l) >= len(run_r) else [("B", v) for v in run_r]
        break
    if left_ok and (not right_ok or a[l] < a[r]):
        moves.append(("F", a[l]))
        last, l = a[l], l + 1
    elif right_ok:
        moves.append(("B", a[r]))
        last, r = a[r], r - 1
    else:
        break
if ko:
    steps = ", ".join(f"{'앞' if side == 'F' else '뒤'}에서 {v}" for side, v in moves)
    text = f"예를 들어 {steps}의 순서로 빼내면 {len(moves)}개를 적을 수 있고, 더 많이는 불가능합니다."
else:
    steps = ", ".join(f"{v} from the {'front' if side == 'F' else 'back'}" for side, v in moves)
    text = f"For example, take {steps}: {len(moves)} numbers in all, and no order writes down more."
print(text)
