"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

Each game is explained by its positions and moves, not by the values that decide it (Grundy numbers are the task):
the winning first moves with the position each leaves, and an example of a first move that loses with the second
player's reply. Where a position left has its {piles} (those still playable) in equal pairs, the copying play that
wins from it is said; otherwise the win is stated, not proved."""
import json
import sys
from collections import Counter

case = json.load(sys.stdin)
ko = case["language"] == "ko"
pile = case["texts"]["pile"]
piles_word = case["texts"].get("piles", pile)
nums = list(map(int, case["input"].split()))
k = nums[0]
moves = sorted(nums[1:1 + k])
games, pos = [], 2 + k
for _ in range(nums[1 + k]):
    n = nums[pos]
    games.append(nums[pos + 1:pos + 1 + n])
    pos += 1 + n
answers = case["output"].split()
SEARCH = 60  # first moves searched for one whose reply leaves equal pairs

top = max(max(g) for g in games)
grundy = [0] * (top + 1)  # used only to find the moves; the explanation does not show them
for a in range(1, top + 1):
    seen = {grundy[a - s] for s in moves if s <= a}
    m = 0
    while m in seen:
        m += 1
    grundy[a] = m


def value(piles):
    x = 0
    for a in piles:
        x ^= grundy[a]
    return x


def after(piles, i, s):
    left = list(piles)
    left[i] -= s
    return left


def state(piles):
    return " ".join(map(str, piles))


def paired(piles):
    """The piles still playable (at least the smallest move) come in equal pairs: the player to move loses to
    copying."""
    return all(c % 2 == 0 for a, c in Counter(piles).items() if a >= moves[0])


def winning(piles):
    x = value(piles)
    return [(i, s) for i, a in enumerate(piles) for s in moves if x and s <= a and grundy[a - s] == grundy[a] ^ x]


def move(i, s, left):
    return f"{i + 1}번 {pile}에서 {s}개 → {state(left)}" if ko else f"{s} from {pile} {i + 1} → {state(left)}"


def took(i, s):
    return f"{i + 1}번 {pile}에서 {s}개를 가져가" if ko else f"takes {s} from {pile} {i + 1}"


def copying(who_ko, who_en, other_ko, other_en, left):
    dead = any(0 < a < moves[0] for a in left)
    if all(a < moves[0] for a in left):
        return (f" 이제 어느 {pile}에서도 둘 수 있는 수가 없어 {other_ko}이(가) 집니다." if ko else
                f" no move can be made on any {pile}, and {other_en} loses.")
    if ko:
        return ((f" {moves[0]}개보다 적은 {pile}에서는 더 둘 수 없고, 나머지는" if dead else "") +
                f" 크기가 같은 {pile}끼리 짝이 지어지므로, {who_ko}은(는) {other_ko}이(가) 한 {pile}에서 가져가는 만큼 그 "
                f"짝에서 똑같이 가져가면 마지막 수를 두게 됩니다.")
    return ((f" no move can be made on a {pile} of fewer than {moves[0]}, and the others" if dead else
             f" the {piles_word}") + f" pair up by size, so {who_en} answers every move of {other_en} by taking as "
            f"many from the other {pile} of the pair, and makes the last move.")


def losing_example(piles, wins):
    firsts = [(i, s) for i, a in enumerate(piles) for s in moves if s <= a and (i, s) not in wins]
    best = None
    for i, s in firsts[:SEARCH]:
        left = after(piles, i, s)
        for j, r in winning(left):
            reply = after(left, j, r)
            if best is None or (paired(reply) and not paired(best[4])):
                best = (i, s, j, r, reply)
            if paired(reply):
                return best
    return best


def explain(number, piles, answer):
    head = f"{number}번 게임 ({state(piles)})" if ko else f"Game {number} ({state(piles)})"
    wins = winning(piles)
    if wins:
        listed = ", ".join(move(i, s, after(piles, i, s)) for i, s in wins[:3])
        if len(wins) > 3:
            listed += f" 외 {len(wins) - 3}가지" if ko else f" and {len(wins) - 3} more"
        text = (f"{head}: 선공이 이기는 첫 수는 {listed}의 {answer}가지입니다." if ko and len(wins) > 1 else
                f"{head}: 선공이 이기는 첫 수는 {listed} 하나뿐입니다." if ko else
                f"{head}: the first player wins with {answer} first moves: {listed}." if len(wins) > 1 else
                f"{head}: the first player wins with one first move only: {listed}.")
        even = next(((i, s) for i, s in wins if paired(after(piles, i, s))), None)
        if even:
            i, s = even
            left = after(piles, i, s)
            lead = ("예를 들어 " if len(wins) > 1 else "") if ko else ("For example, after" if len(wins) > 1 else "After")
            text += (f" {lead}{took(i, s)} {state(left)}을(를) 남기면" if ko else
                     f" {lead} the first player {took(i, s)}, leaving {state(left)},")
            text += copying("선공", "the first player", "후공", "the second player", left)
        else:
            text += (f" {'이런' if len(wins) > 1 else '이'} 수를 두고 나면 후공이 무엇을 두든 선공에게 다시 이기는 응수가 "
                     "있습니다." if ko else
                     f" After {'such a' if len(wins) > 1 else 'this'} move, whatever the second player does, the first "
                     "player has a winning reply.")
        example = losing_example(piles, set(wins))
        if example:
            i, s, j, r, reply = example
            text += (f" 다른 첫 수는 후공에게 이기는 응수를 줍니다. 예를 들어 선공이 {took(i, s)} "
                     f"{state(after(piles, i, s))}이(가) 되면 후공이 {took(j, r)} {state(reply)}을(를) 남깁니다." if ko else
                     f" Any other first move gives the second player a winning reply: for example, when the first "
                     f"player {took(i, s)}, leaving {state(after(piles, i, s))}, the second player {took(j, r)}, "
                     f"leaving {state(reply)}.")
        return text
    if not any(s <= a for a in piles for s in moves):
        return (f"{head}: 어느 {pile}에서도 둘 수 있는 수가 없어 선공이 바로 지므로 답은 {answer}입니다." if ko else
                f"{head}: no move can be made on any {pile}, so the first player loses at once: {answer}.")
    text = (f"{head}: 선공이 어떤 첫 수를 두어도 후공에게 이기는 응수가 있으므로 답은 {answer}입니다." if ko else
            f"{head}: whatever the first player does, the second player has a winning reply, so the answer is {answer}.")
    if paired(piles):
        return text + (copying("후공", "the second player", "선공", "the first player", piles) if ko else
                       " Here" + copying("후공", "the second player", "선공", "the first player", piles))
    example = losing_example(piles, set())
    if example:
        i, s, j, r, reply = example
        text += (f" 예를 들어 선공이 {took(i, s)} {state(after(piles, i, s))}이(가) 되면 후공이 {took(j, r)} "
                 f"{state(reply)}을(를) 남깁니다." if ko else
                 f" For example, when the first player {took(i, s)}, leaving {state(after(piles, i, s))}, the second "
                 f"player {took(j, r)}, leaving {state(reply)}.")
        if paired(reply):
            text += (copying("후공", "the second player", "선공", "the first player", reply) if ko else
                     " Now" + copying("후공", "the second player", "선공", "the first player", reply))
    return text


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers)) if len(g) <= 8][:3]
order = ", ".join(map(str, moves))
head = (f"한 번에 가져갈 수 있는 개수는 {order}개입니다." if ko else f"A move takes {order.replace(', ' + str(moves[-1]), ' or ' + str(moves[-1])) if len(moves) > 1 else order}.")
tail = ""
if len(games) > len(parts):
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(head + " " + " ".join(parts) + tail)
