"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
k = nums[0]
moves = nums[1:1 + k]
counts = nums[2 + k:]
lines = case["output"].split("\n")

top = max(counts)
win = [False] * (top + 1)
for n in range(1, top + 1):
    win[n] = any(s <= n and not win[n - s] for s in moves)
first = [n for n in range(min(top, 40) + 1) if not win[n]]
listed = ", ".join(map(str, first[:8]))
order = ", ".join(map(str, sorted(moves)))


def why(n, line):
    if line.startswith("Second"):
        reach = sorted({n - s for s in moves if s <= n})
        if not reach:
            return (f"N = {n}: 가능한 수가 없어 선공이 집니다 → Second" if ko else
                    f"N = {n}: no move is possible, so the first player loses → Second")
        shown = ", ".join(map(str, reach[:5])) + (", …" if len(reach) > 5 else "")
        return (f"N = {n}: 어떤 수를 두어도 남는 개수({shown})가 모두 이기는 개수 → Second" if ko else
                f"N = {n}: every move reaches a winning count ({shown}) → Second")
    m = int(line.split()[1])
    smaller = [s for s in sorted(moves) if s < m and s <= n]
    if ko:
        skip = f"{', '.join(map(str, smaller))}개를 가져가면 이기는 개수가 남고, " if smaller else ""
        return f"N = {n}: {skip}{m}개를 가져가면 지는 개수 {n - m}개가 남습니다 → First {m}"
    skip = f"taking {', '.join(map(str, smaller))} leaves a winning count, " if smaller else ""
    return f"N = {n}: {skip}taking {m} leaves the losing count {n - m} → First {m}"


shown = [why(n, line) for n, line in zip(counts, lines)][:4]
if ko:
    head = (f"차례인 사람이 어떤 수를 두어도 상대에게 이기는 개수만 남는 개수가 지는 개수입니다. 0개부터 차례로 표를 채우면 "
            f"지는 개수는 {listed}, …입니다. 각 게임에서는 작은 수({order})부터 보면서 지는 개수를 남기는 첫 수를 찾습니다.")
    tail = " 나머지 게임도 같은 방법으로 구합니다." if len(counts) > 4 else ""
else:
    head = (f"A count is losing when every move leaves the opponent a winning count. Filling the table from 0 up, the "
            f"losing counts are {listed}, and so on. For each game, try the moves from the smallest ({order}) and take "
            "the first that leaves a losing count.")
    tail = " The other games are answered the same way." if len(counts) > 4 else ""
print(head + " " + "; ".join(shown) + "." + tail)
