"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
p, q = [int(x) for x in tokens[1:1 + n]], [int(x) for x in tokens[1 + n:1 + 2 * n]]
answer = int(case["output"])





total = sum(p) + sum(q)
if answer == -1:
    if total % 2:
        print(f"전체 합 {total}이(가) 홀수이므로 두 합이 같아질 수 없습니다." if ko else
              f"The grand total {total} is odd, so the two totals can never be equal.")
    else:
        print("어떻게 이동해도 두 합이 같아지지 않습니다." if ko else "No sequence of moves makes the totals equal.")
else:
    moves = []
    sp, sq = sum(p), sum(q)
    while sp != sq:
        if sp > sq:
            x = p.pop(0)
            q.append(x)
            moves.append(f"{x}(1→2)")
        else:
            x = q.pop(0)
            p.append(x)
            moves.append(f"{x}(2→1)")
        sp, sq = sum(p), sum(q)
    shown = ", ".join(moves)
    if ko:
        print(f"옮긴 값과 방향을 값(출발→도착)으로 쓰면, 예를 들어 {shown} 순서로 옮겨 두 합이 같아지고"
              f"(각각 {sp}), {answer}번보다 적게 옮겨서는 같아지지 않습니다." if moves else f"처음부터 두 합이 같습니다(각각 {sp}).")
    else:
        print(f"Writing a move as value(from line→to line), for example {shown} makes both totals {sp}; fewer than "
              f"{answer} moves cannot do it." if moves else f"Both totals are already {sp}.")
