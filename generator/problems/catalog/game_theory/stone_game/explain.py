"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
stone = case["texts"]["stone"]
counts = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()

# The win/lose table for the first counts, found from its definition: a count loses when every move reaches a win.
win = []
for m in range(15):
    win.append(any(take <= m and not win[m - take] for take in (1, 3, 4)))
losing = [m for m in range(15) if not win[m]]


def why(n, answer):
    r = n % 7
    if answer == "Second":
        if ko:
            return f"N = {n}: {n} mod 7 = {r}이므로 지는 개수이고, 선공이 무엇을 가져가도 후공에게 이기는 개수를 남깁니다 → Second"
        return f"N = {n}: {n} mod 7 = {r}, a losing count; whatever the first player takes leaves a winning one → Second"
    take = next(t for t in (1, 3, 4) if t <= n and (n - t) % 7 in (0, 2))
    if ko:
        return f"N = {n}: {n} mod 7 = {r}이므로 선공이 {take}개를 가져가 지는 개수 {n - take}개를 남깁니다 → First"
    return f"N = {n}: {n} mod 7 = {r}; the first player takes {take}, leaving the losing count {n - take} → First"


shown = [why(n, a) for n, a in zip(counts, answers)][:4]
listed = ", ".join(map(str, losing))
if ko:
    head = (f"{stone} 0개에서는 움직일 수 없어 차례인 사람이 집니다. 어떤 수를 써도 상대에게 이기는 개수만 남는 개수가 지는 개수이고, "
            f"작은 개수부터 따져 보면 지는 개수는 {listed}, …입니다. 7개마다 반복되므로 N mod 7이 0 또는 2이면 후공이 이깁니다.")
    tail = "" if len(counts) <= 4 else " 나머지 게임도 같은 방법으로 구합니다."
else:
    head = (f"With 0 {case['texts']['stones']} left the player to move cannot move and loses. A count is losing when every "
            f"move leaves the opponent a winning count; working up from small counts, the losing ones are {listed} and so on. "
            "They repeat every 7, so the second player wins exactly when N mod 7 is 0 or 2.")
    tail = "" if len(counts) <= 4 else " The other games are answered the same way."
print(head + " " + "; ".join(shown) + "." + tail)
