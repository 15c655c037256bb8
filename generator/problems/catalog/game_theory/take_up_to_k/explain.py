"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
games = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
lines = case["output"].split("\n")


SMALL = 20  # games with N up to this are played out round by round


def options(values, ko):
    values = list(map(str, values))
    if len(values) > 6:
        values = values[:2] + ["…"] + values[-2:]
    if ko or len(values) == 1:
        return ", ".join(values)
    return ", ".join(values[:-1]) + " or " + values[-1]


def rounds(n, k, first, ko):
    """Every take t answered with k + 1 - t from n on: the counts left after each answer, down to 0 (small n)."""
    left = list(range(n - (k + 1), -1, -(k + 1)))
    who = ("선공" if first else "후공") if ko else ("first" if first else "second")
    took = options(range(1, k + 1), ko)
    answer = options(range(k, 0, -1), ko)
    if ko:
        return f"{who}이 상대가 가져가는 {took}개에 각각 {answer}개로 답하면 남는 개수는 차례로 {', '.join(map(str, left))}입니다"
    shown = ", ".join(map(str, left[:-1])) + (", then " if len(left) > 1 else "") + str(left[-1])
    return f"the {who} player answers a take of {took} with {answer}, leaving {shown}"


def why(n, k, line):
    """Small N: the game played out; huge N: the first player's winning move, or that every first move loses."""
    m = int(line.split()[1]) if line.startswith("First") else 0
    if m == n:
        return (f"N = {n}, K = {k}: {n} ≤ K이므로 {n}개를 모두 가져가 이깁니다 → First {m}" if ko else
                f"N = {n}, K = {k}: {n} ≤ K, so take all {n} → First {m}")
    if n <= SMALL:
        if m:
            return (f"N = {n}, K = {k}: 선공이 {m}개를 가져가 {n - m}개를 남기고, 이후 {rounds(n - m, k, True, ko)} → First {m}"
                    if ko else f"N = {n}, K = {k}: the first player takes {m}, leaving {n - m}; then "
                    f"{rounds(n - m, k, True, ko)} → First {m}")
        return (f"N = {n}, K = {k}: 선공이 무엇을 가져가도 {rounds(n, k, False, ko)} → Second" if ko else
                f"N = {n}, K = {k}: whatever the first player takes, {rounds(n, k, False, ko)} → Second")
    if m:
        return (f"N = {n}, K = {k}: 선공이 {m}개를 가져가면 지는 개수인 {n - m}개가 후공 차례에 남습니다 → First {m}" if ko
                else f"N = {n}, K = {k}: the first player takes {m}, leaving {n - m}, a losing count for the second "
                f"player → First {m}")
    return (f"N = {n}, K = {k}: 선공이 1개부터 {k}개까지 무엇을 가져가도 후공에게 이기는 개수가 남습니다 → Second" if ko
            else f"N = {n}, K = {k}: whatever the first player takes (1 to {k}), the second player is left a winning "
            "count → Second")


shown = [why(n, k, line) for (n, k), line in zip(games, lines)][:4]
if ko:
    head = ("남은 것을 모두 가져갈 수 있는 사람(남은 개수 ≤ K)은 바로 이깁니다. 어떤 수로 지는 개수를 상대 차례에 남길 수 있으면 "
            "이기는 개수이고, 모든 수가 상대에게 이기는 개수를 남기면 지는 개수입니다.")
    tail = " 나머지 게임도 같은 방법으로 구합니다." if len(games) > 4 else ""
else:
    head = ("A player who can take everything left (at most K) wins at once. A count is winning when some move leaves "
            "the opponent a losing count, and losing when every move leaves the opponent a winning one.")
    tail = " The other games are answered the same way." if len(games) > 4 else ""
print(head + " " + "; ".join(shown) + "." + tail)
