"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

Each game is explained by its positions and moves, not by the rule that decides it (that rule is the task): {piles}
of one {stone} only are taken one per turn; otherwise the first player's winning move with the position it leaves, or
a first move with the second player's winning reply. Where the position left can be seen to lose (an odd number of
single {stones}, or {piles} in equal pairs), the play that wins from it is said; otherwise the win is stated."""
import json
import sys
from collections import Counter

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
pile, stone = texts["pile"], texts["stone"]
piles_word, stones_word = texts.get("piles", pile), texts.get("stones", stone)
nums = list(map(int, case["input"].split()))
answers = case["output"].split()
games, pos = [], 1
for _ in range(nums[0]):
    n = nums[pos]
    games.append(nums[pos + 1:pos + 1 + n])
    pos += 1 + n
SEARCH = 200  # positions with at most this many stones are searched for a reply that leaves a position seen to lose


def xor(piles):
    x = 0
    for a in piles:
        x ^= a
    return x


def after(piles, i, k):
    left = list(piles)
    left[i] -= k
    return left


def state(piles):
    return " ".join(map(str, piles))


def shown(piles):
    return state(piles) if len(piles) <= 8 else state(piles[:8]) + " …"


def winning_move(piles):
    """A move that leaves the player to move then losing, or None (the task's rule, used here only to find it)."""
    big = [i for i, a in enumerate(piles) if a >= 2]
    if not big:
        return (next(i for i, a in enumerate(piles) if a), 1) if sum(piles) % 2 == 0 and sum(piles) else None
    if len(big) == 1:
        i = big[0]
        ones = sum(1 for j, a in enumerate(piles) if j != i and a == 1)
        return i, piles[i] - (0 if ones % 2 else 1)
    x = xor(piles)
    moves = [(i, a - (a ^ x)) for i, a in enumerate(piles) if x and a ^ x < a]
    return next((m for m in moves if seen(after(piles, *m))), moves[0] if moves else None)


def single_odd(piles):
    """Only piles of one stone, an odd number of them: the player to move takes the last one."""
    return max(piles) == 1 and sum(piles) % 2 == 1


def paired(piles):
    """Every non-empty size twice, four times, ..., and some pile of 2 or more."""
    return max(piles) >= 2 and all(c % 2 == 0 for a, c in Counter(piles).items() if a)


def seen(piles):
    return single_odd(piles) or paired(piles)


def took(i, k):
    return f"{i + 1}번 {pile}에서 {k}개를 가져가" if ko else f"takes {k} from {pile} {i + 1}"


def why(left, winner_ko, winner_en, loser_ko, loser_en):
    """Why the player to move loses the position `left`, when it can be seen."""
    if single_odd(left) and sum(left) == 1:
        return (f" {stone} 1개짜리 {pile} 하나만 남아 {loser_ko}이(가) 그것을 가져갈 수밖에 없어 집니다." if ko else
                f" Only one {pile} of one {stone} is left: {loser_en} must take it, and loses.")
    if single_odd(left):
        c = sum(left)
        return (f" {stone} 1개짜리 {pile}만 {c}개 남아 한 번에 하나씩 번갈아 가져가게 되고, {c}개가 홀수이므로 "
                f"{loser_ko}이(가) 마지막 {stone}을(를) 가져가 집니다." if ko else
                f" Only {c} {pile if c == 1 else piles_word} of one {stone} {'is' if c == 1 else 'are'} left; they are "
                f"taken one per turn and, {c} being odd, {loser_en} takes the last {stone} and loses.")
    if paired(left):
        return (f" 크기가 같은 {pile}끼리 짝이 지어지므로, {winner_ko}은(는) {loser_ko}이(가) 한 {pile}에서 가져가는 만큼 "
                f"그 짝에서 똑같이 가져가다가, 2개 이상인 {pile}이(가) 하나만 남는 순간 그 {pile}을(를) 0개나 1개로 "
                f"만들어 1개짜리 {pile}을(를) 홀수 개 남깁니다." if ko else
                f" The {piles_word} pair up by size, so {winner_en} answers every move of {loser_en} by taking as many "
                f"from the other {pile} of the pair until only one {pile} of 2 or more is left, then leaves that one "
                f"with 0 or 1 so that an odd number of single {stones_word} remains.")
    return ""


def reply_example(piles):
    """A first move with the second player's winning reply; one whose reply leaves a position seen to lose, if the
    position is small enough to search."""
    firsts = [(i, k) for i, a in enumerate(piles) for k in range(1, a + 1)] if sum(piles) <= SEARCH else \
        [(i, 1) for i in range(len(piles)) if piles[i]]
    best = None
    for i, k in firsts:
        left = after(piles, i, k)
        reply = winning_move(left)
        if reply is None:
            continue
        j, r = reply
        if best is None or (seen(after(left, j, r)) and not seen(best[4])):
            best = (i, k, j, r, after(left, j, r))
            if seen(best[4]):
                break
    return best


def explain(number, piles, answer):
    head = f"{number}번 게임 ({shown(piles)}): " if ko else f"Game {number} ({shown(piles)}): "
    n = len(piles)
    if max(piles) == 1 and n == 1:
        return head + (f"{stone} 1개짜리 {pile} 하나뿐이므로 선공이 그것을 가져갈 수밖에 없어 집니다 → {answer}" if ko else
                       f"only one {pile} of one {stone}: the first player must take it, and loses → {answer}")
    if max(piles) == 1:
        if ko:
            return head + (f"{stone} 1개짜리 {pile}만 {n}개이므로 두 사람이 하나씩 번갈아 가져가고, "
                           f"{'후공' if n % 2 == 0 else '선공'}이 마지막을 가져가 집니다 → {answer}")
        return head + (f"only {n} {pile if n == 1 else piles_word} of one {stone}: they are taken one per turn and the "
                       f"{'second' if n % 2 == 0 else 'first'} player takes the last → {answer}")
    move = winning_move(piles)
    if move:
        i, k = move
        left = after(piles, i, k)
        text = head + (f"선공이 {took(i, k)} {shown(left)}을(를) 남기면 이깁니다." if ko else
                       f"the first player wins by a first move that {took(i, k)}, leaving {shown(left)}.")
        reason = why(left, "선공", "the first player", "후공", "the second player")
        return (text + (reason or (" 그 뒤로는 후공이 무엇을 가져가든 선공에게 다시 이기는 응수가 있습니다." if ko else
                                   " After it, whatever the second player takes, the first player has a winning reply.")
                        )).rstrip(".") + f" → {answer}"
    text = head + ("선공이 무엇을 가져가든 후공에게 이기는 응수가 있습니다." if ko else
                   "whatever the first player takes, the second player has a winning reply.")
    reason = why(piles, "후공", "the second player", "선공", "the first player") if paired(piles) else ""
    if reason:
        return (text + reason).rstrip(".") + f" → {answer}"
    example = reply_example(piles)
    if example:
        i, k, j, r, reply = example
        text += (f" 예를 들어 선공이 {took(i, k)} {shown(after(piles, i, k))}이(가) 되면 후공이 {took(j, r)} "
                 f"{shown(reply)}을(를) 남깁니다." if ko else
                 f" For example, when the first player {took(i, k)}, leaving {shown(after(piles, i, k))}, the second "
                 f"player {took(j, r)}, leaving {shown(reply)}.")
        text += why(reply, "후공", "the second player", "선공", "the first player")
    return text.rstrip(".") + f" → {answer}"


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers))][:4]
tail = ""
if len(games) > 4:
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(". ".join(p.rstrip(".") for p in parts) + "." + tail)
