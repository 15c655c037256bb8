"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

Each game is explained by its moves, not by the pattern the answers follow (that pattern is the task): small counts
by the win/lose table worked up from 0, huge ones by a winning first move, or by the second player's answer to
each first move, both leaving a losing count."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
stone = case["texts"]["stone"]
stones = case["texts"].get("stones", stone)
counts = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
MOVES = (1, 3, 4)
SMALL = 20  # counts up to this are shown in the table


def losing(n):
    """Whether the player to move loses with n left: the table worked up from 0 (moves 1, 3, 4) has period 7, L at
    0 and 2 (used here only to find the moves; the explanation does not say it)."""
    return n % 7 in (0, 2)


def first_win(n):
    """The smallest take that leaves a losing count, or None."""
    return next((t for t in MOVES if t <= n and losing(n - t)), None)


def pile(n):
    return f"{stone} {n}개" if ko else f"{n} {stone if n == 1 else stones}"


def row(n):
    """One count of the table: W with a move to an L count, or L with where every move goes."""
    take = first_win(n)
    if n == 0:
        return "0: 움직일 수 없음 → L" if ko else "0: no move → L"
    if take is not None:
        return f"{n}: {take}개 → {n - take}(L) → W" if ko else f"{n}: take {take} → {n - take} (L) → W"
    reach = ", ".join(f"{n - t}(W)" if ko else f"{n - t} (W)" for t in MOVES if t <= n)
    return f"{n}: {reach}뿐 → L" if ko else f"{n}: only {reach} → L"


def why(n, answer):
    """A count too large for the table: the first player's winning move, or the second player's reply to each
    first move (each leaves a losing count; the reply is the smallest that does)."""
    if answer == "First":
        take = first_win(n)
        if ko:
            return f"N = {n}: 선공이 {take}개를 가져가면 지는 개수인 {pile(n - take)}가 후공 차례에 남습니다 → First"
        return f"N = {n}: the first player takes {take}, leaving {pile(n - take)}, a losing count for the second player → First"
    replies = [first_win(n - t) for t in MOVES]
    left = ", ".join(str(n - t - r) for t, r in zip(MOVES, replies))
    if ko:
        return (f"N = {n}: 선공이 1개, 3개, 4개 중 무엇을 가져가도 후공이 각각 {replies[0]}개, {replies[1]}개, "
                f"{replies[2]}개를 가져가 지는 개수({left})를 선공 차례에 남깁니다 → Second")
    return (f"N = {n}: whatever the first player takes (1, 3 or 4), the second player takes {replies[0]}, "
            f"{replies[1]} or {replies[2]} in reply, leaving a losing count ({left}) → Second")


small = [n for n in counts if n <= SMALL]
top = max(small, default=0)
if ko:
    head = (f"{stone} 0개에서는 움직일 수 없어 차례인 사람이 집니다(L). 어떤 수로 L인 개수를 남길 수 있으면 그 개수는 W이고, "
            "모든 수가 W인 개수를 남기면 L입니다.")
else:
    head = (f"With no {stones} left the player to move cannot move and loses (L). A count is W when some move leaves an L "
            "count, and L when every move leaves a W count.")
if small:
    table = "; ".join(row(n) for n in range(top + 1))
    head += f" 0개부터 차례로 정하면: {table}." if ko else f" Working up from 0: {table}."
shown = [(f"N = {n} → {a}" if n <= SMALL else why(n, a)) for n, a in zip(counts, answers)][:4]
tail = ""
if len(counts) > 4:
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(head + " " + "; ".join(shown) + "." + tail)
