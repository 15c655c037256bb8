"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

Each game is explained by its positions and moves, not by the rule that finds them (that rule is the task): the
winning first moves with the position each leaves, and an example of a first move that loses with the second
player's reply. Where a position left has its {piles} in equal pairs, the copying play that wins from it is said
(as the statement's note does); otherwise the win is stated, not proved."""
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
SEARCH = 200  # positions with at most this many stones are searched for a move that leaves equal pairs


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


def paired(piles):
    """Every non-empty size appears an even number of times: the player to move loses to copying."""
    return all(c % 2 == 0 for a, c in Counter(piles).items() if a)


def move(i, k, left):
    return f"{i + 1}번 {pile}에서 {k}개 → {state(left)}" if ko else f"{k} from {pile} {i + 1} → {state(left)}"


def took(i, k):
    return f"{i + 1}번 {pile}에서 {k}개를 가져가" if ko else f"takes {k} from {pile} {i + 1}"


def replies(piles):
    """The moves that leave a position the player to move then loses (every size's bits even: the task's rule,
    used here only to find the moves)."""
    x = xor(piles)
    return [(i, a - (a ^ x)) for i, a in enumerate(piles) if x and a ^ x < a]


def copying(who_ko, who_en, other_ko, other_en):
    return (f" 크기가 같은 {pile}끼리 짝이 지어지므로, {who_ko}은(는) {other_ko}이(가) 한 {pile}에서 가져가는 만큼 그 짝에서 "
            f"똑같이 가져가면 마지막 {stone}을(를) 가져가게 됩니다." if ko else
            f" the {piles_word} pair up by size, so {who_en} answers every move of {other_en} by taking as many from "
            f"the other {pile} of the pair, and takes the last {stone}.")


def losing_example(piles, wins):
    """A first move that does not win, with the second player's reply; one whose reply leaves equal pairs if the
    position is small enough to search."""
    firsts = [(i, k) for i, a in enumerate(piles) for k in range(1, a + 1)] if sum(piles) <= SEARCH else \
        [(i, 1) for i in range(len(piles))]
    best = None
    for i, k in firsts:
        if (i, k) in wins:
            continue
        left = after(piles, i, k)
        for j, r in replies(left):
            reply = after(left, j, r)
            if best is None or (paired(reply) and not paired(best[4])):
                best = (i, k, j, r, reply)
            if paired(reply):
                break
        if best and paired(best[4]):
            break
    return best


def explain(number, piles, answer):
    head = f"{number}번 게임 ({state(piles)})" if ko else f"Game {number} ({state(piles)})"
    wins = replies(piles)
    if wins:
        listed = ", ".join(move(i, k, after(piles, i, k)) for i, k in wins[:3])
        if len(wins) > 3:
            listed += f" 외 {len(wins) - 3}가지" if ko else f" and {len(wins) - 3} more"
        text = (f"{head}: 선공이 이기는 첫 수는 {listed}의 {answer}가지입니다." if ko and len(wins) > 1 else
                f"{head}: 선공이 이기는 첫 수는 {listed} 하나뿐입니다." if ko else
                f"{head}: the first player wins with {answer} first moves: {listed}." if len(wins) > 1 else
                f"{head}: the first player wins with one first move only: {listed}.")
        even = next(((i, k) for i, k in wins if paired(after(piles, i, k))), None)
        if even:
            i, k = even
            lead = ("예를 들어 " if len(wins) > 1 else "") if ko else ("For example, after" if len(wins) > 1 else "After")
            text += (f" {lead}{took(i, k)} {state(after(piles, i, k))}을(를) 남기면" if ko else
                     f" {lead} the first player {took(i, k)}, leaving {state(after(piles, i, k))},")
            text += copying("선공", "the first player", "후공", "the second player")
        else:
            text += (f" {'이런' if len(wins) > 1 else '이'} 수를 두고 나면 후공이 무엇을 가져가든 선공에게 다시 이기는 응수가 "
                     "있습니다." if ko else
                     f" After {'such a' if len(wins) > 1 else 'this'} move, whatever the second player takes, the first "
                     "player has a winning reply.")
        example = losing_example(piles, set(wins))
        if example:
            i, k, j, r, reply = example
            text += (f" 다른 첫 수는 후공에게 이기는 응수를 줍니다. 예를 들어 선공이 {took(i, k)} "
                     f"{state(after(piles, i, k))}이(가) 되면 후공이 {took(j, r)} {state(reply)}을(를) 남깁니다." if ko else
                     f" Any other first move gives the second player a winning reply: for example, when the first "
                     f"player {took(i, k)}, leaving {state(after(piles, i, k))}, the second player {took(j, r)}, "
                     f"leaving {state(reply)}.")
        return text
    text = (f"{head}: 선공이 어떤 첫 수를 두어도 후공에게 이기는 응수가 있으므로 답은 {answer}입니다." if ko else
            f"{head}: whatever the first player does, the second player has a winning reply, so the answer is {answer}.")
    if paired(piles):
        return text + (copying("후공", "the second player", "선공", "the first player") if ko else
                       " Here" + copying("후공", "the second player", "선공", "the first player"))
    example = losing_example(piles, set())
    if example:
        i, k, j, r, reply = example
        text += (f" 예를 들어 선공이 {took(i, k)} {state(after(piles, i, k))}이(가) 되면 후공이 {took(j, r)} "
                 f"{state(reply)}을(를) 남깁니다." if ko else
                 f" For example, when the first player {took(i, k)}, leaving {state(after(piles, i, k))}, the second "
                 f"player {took(j, r)}, leaving {state(reply)}.")
        if paired(reply):
            text += (copying("후공", "the second player", "선공", "the first player") if ko else
                     " Now" + copying("후공", "the second player", "선공", "the first player"))
    return text


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers)) if len(g) <= 8][:3]
tail = ""
if len(games) > len(parts):
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(" ".join(parts) + tail)
