"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
games = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
lines = case["output"].split("\n")


def why(n, k, line):
    group = k + 1
    if line.startswith("Second"):
        if ko:
            return (f"N = {n}, K = {k}: {n}은(는) {group}의 배수이므로 선공이 t개를 가져가면 후공이 {group} - t개를 가져가 "
                    f"다시 {group}의 배수를 남깁니다 → Second")
        return (f"N = {n}, K = {k}: {n} is a multiple of {group}; whenever the first player takes t, the second takes "
                f"{group} - t and leaves a multiple of {group} again → Second")
    m = int(line.split()[1])
    if m == n:
        return (f"N = {n}, K = {k}: {n} ≤ K이므로 {n}개를 모두 가져가 이깁니다 → First {m}" if ko else
                f"N = {n}, K = {k}: {n} ≤ K, so take all {n} → First {m}")
    if ko:
        return f"N = {n}, K = {k}: {n} mod {group} = {m}이므로 {m}개를 가져가 {group}의 배수 {n - m}개를 남깁니다 → First {m}"
    return f"N = {n}, K = {k}: {n} mod {group} = {m}, so take {m} and leave {n - m}, a multiple of {group} → First {m}"


shown = [why(n, k, line) for (n, k), line in zip(games, lines)][:4]
if ko:
    head = ("남은 개수가 K + 1의 배수이면 차례인 사람이 집니다. 0개에서는 움직일 수 없고, 상대가 t개를 가져가면 "
            "K + 1 - t개를 가져가 다시 배수로 돌려놓을 수 있기 때문입니다.")
    tail = " 나머지 게임도 같은 방법으로 구합니다." if len(games) > 4 else ""
else:
    head = ("The player to move loses exactly when the count left is a multiple of K + 1: at 0 there is no move, and "
            "after the opponent takes t, taking K + 1 - t restores a multiple.")
    tail = " The other games are answered the same way." if len(games) > 4 else ""
print(head + " " + "; ".join(shown) + "." + tail)
