"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n = int(data[0])
m = int(data[n + 1])
answer = case["output"].strip()
if answer == "IMPOSSIBLE":
    last = [int(x) for x in data[1:n + 1]]
    pos = {v: i for i, v in enumerate(last)}
    listed = {frozenset((int(data[n + 2 + 2 * i]), int(data[n + 3 + 2 * i]))) for i in range(m)}

    def above(a, b):  # must a now be above b?
        return (pos[a] < pos[b]) != (frozenset((a, b)) in listed)

    # Every pair is ordered, so a ranking is impossible exactly when three items go round in a circle.
    a, b, c = next((a, b, c) for a in last for b in last for c in last
                   if len({a, b, c}) == 3 and above(a, b) and above(b, c) and above(c, a))

    def why(x, y):  # x must be above y: because the pair swapped, or because it kept last time's order
        if ko:
            return (f"{x}번은 {y}번보다 위여야 합니다(목록에 있는 쌍이고 지난번에는 {y}번이 위)" if frozenset((x, y)) in listed else
                    f"{x}번은 {y}번보다 위여야 합니다(목록에 없는 쌍이고 지난번에도 {x}번이 위)")
        return (f"{x} above {y} (the pair is listed and {y} was higher last time)" if frozenset((x, y)) in listed else
                f"{x} above {y} (the pair is not listed and {x} was higher last time)")

    if ko:
        print(f"새 순위에서 {why(a, b)}. {why(b, c)}. {why(c, a)}. 세 조건을 함께 지키면 {a}번이 "
              f"자기 자신보다 위에 있어야 하므로 맞는 순위가 없고, 답은 IMPOSSIBLE입니다.")
    else:
        print(f"The new ranking must have {why(a, b)}, {why(b, c)}, and {why(c, a)}. Together these would put {a} "
              f"above itself, so no ranking matches: IMPOSSIBLE.")
else:
    print(f"모든 쌍의 앞뒤를 지난 순위대로 정하고 목록의 {m}쌍만 뒤집은 뒤 위상 정렬하면 {answer} 순서 하나만 나옵니다." if ko else
          f"Ordering every pair as last time, reversing the {m} listed pairs and sorting topologically gives the only ranking {answer}.")
