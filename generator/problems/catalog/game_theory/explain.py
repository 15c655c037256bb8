"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Shared by the pile games (params.variant): nim, misere_nim (the player who takes the last {stone} loses) and
grundy_piles (a move takes one of the K given counts).

Each game is explained by its positions and moves, not by the rule that decides it (the XOR, the misere exception,
Grundy numbers: that rule is the task; it is used here only to find the moves). nim and grundy_piles list the winning
first moves with the position each leaves, and an example of a first move that loses with the second player's reply;
where a position left has its {piles} (those still playable) in equal pairs, the copying play that wins from it is
said, otherwise the win is stated, not proved. misere_nim: {piles} of one {stone} only are taken one per turn;
otherwise the first player's winning move with the position it leaves, or a first move with the second player's
winning reply; where the position left can be seen to lose (an odd number of single {stones}, or {piles} in equal
pairs), the play that wins from it is said."""
import json
import sys
from collections import Counter

case = json.load(sys.stdin)
variant = case["params"]["variant"]
ko = case["language"] == "ko"
texts = case["texts"]
pile, stone = texts["pile"], texts["stone"]
piles_word, stones_word = texts.get("piles", pile), texts.get("stones", stone)
nums = list(map(int, case["input"].split()))
answers = case["output"].split()
if variant == "grundy_piles":  # "K", the K counts a move may take, then the games
    moves = sorted(nums[1:1 + nums[0]])
    nums = nums[1 + nums[0]:]
games, pos = [], 1
for _ in range(nums[0]):
    n = nums[pos]
    games.append(nums[pos + 1:pos + 1 + n])
    pos += 1 + n
# The first moves searched for one whose reply leaves a position seen to lose: grundy_piles tries at most 60 of its
# moves; the others try every move when the game has at most 200 stones, else one stone from each pile.
SEARCH_STONES, SEARCH_MOVES = 200, 60


def xor(values):
    x = 0
    for a in values:
        x ^= a
    return x


def after(piles, i, k):
    left = list(piles)
    left[i] -= k
    return left


def shown(piles):
    return " ".join(map(str, piles)) if len(piles) <= 8 else " ".join(map(str, piles[:8])) + " …"


def took(i, k):
    return f"{i + 1}번 {pile}에서 {k}개를 가져가" if ko else f"takes {k} from {pile} {i + 1}"


def options(a):
    """The counts a move may take from a pile of a."""
    return [s for s in moves if s <= a] if variant == "grundy_piles" else range(1, a + 1)


if variant == "grundy_piles":
    top = max(max(g) for g in games)
    grundy = [0] * (top + 1)  # used only to find the moves; the explanation does not show them
    for a in range(1, top + 1):
        reach = {grundy[a - s] for s in moves if s <= a}
        m = 0
        while m in reach:
            m += 1
        grundy[a] = m


def paired(piles):
    """The piles still playable come in equal pairs (misere_nim: and some pile holds 2 or more): the player to move
    loses to copying."""
    smallest = moves[0] if variant == "grundy_piles" else 1
    return (variant != "misere_nim" or max(piles) >= 2) and \
        all(c % 2 == 0 for a, c in Counter(piles).items() if a >= smallest)


def single_odd(piles):
    """misere_nim: only piles of one stone, an odd number of them: the player to move takes the last one."""
    return max(piles) == 1 and sum(piles) % 2 == 1


def seen(piles):
    """A position the player to move can be seen to lose."""
    return (variant == "misere_nim" and single_odd(piles)) or paired(piles)


def misere_move(piles):
    """misere_nim: a move that leaves the player to move then losing, or None."""
    big = [i for i, a in enumerate(piles) if a >= 2]
    if not big:
        return (next(i for i, a in enumerate(piles) if a), 1) if sum(piles) % 2 == 0 and sum(piles) else None
    if len(big) == 1:
        i = big[0]
        ones = sum(1 for j, a in enumerate(piles) if j != i and a == 1)
        return i, piles[i] - (0 if ones % 2 else 1)
    x = xor(piles)
    found = [(i, a - (a ^ x)) for i, a in enumerate(piles) if x and a ^ x < a]
    return next((m for m in found if seen(after(piles, *m))), found[0] if found else None)


def winning(piles):
    """The moves that leave the player to move then losing (misere_nim: one of them, or none)."""
    if variant == "misere_nim":
        m = misere_move(piles)
        return [m] if m else []
    if variant == "grundy_piles":
        x = xor(grundy[a] for a in piles)
        return [(i, s) for i, a in enumerate(piles) for s in moves if x and s <= a and grundy[a - s] == grundy[a] ^ x]
    x = xor(piles)
    return [(i, a - (a ^ x)) for i, a in enumerate(piles) if x and a ^ x < a]


def losing_example(piles, wins):
    """A first move that does not win, with the second player's winning reply; one whose reply leaves a position
    seen to lose, if the search finds one."""
    if variant == "grundy_piles":
        firsts = [(i, s) for i, a in enumerate(piles) for s in options(a) if (i, s) not in wins][:SEARCH_MOVES]
    elif sum(piles) <= SEARCH_STONES:
        firsts = [(i, k) for i, a in enumerate(piles) for k in options(a) if (i, k) not in wins]
    else:
        firsts = [(i, 1) for i in range(len(piles)) if (i, 1) not in wins]
    best = None
    for i, k in firsts:
        left = after(piles, i, k)
        for j, r in winning(left):
            reply = after(left, j, r)
            if best is None or (seen(reply) and not seen(best[4])):
                best = (i, k, j, r, reply)
            if seen(reply):
                return best
    return best


def answered(piles, example):
    """The sentence showing a first move that does not win and the second player's winning reply to it."""
    i, k, j, r, reply = example
    return (f"선공이 {took(i, k)} {shown(after(piles, i, k))}이(가) 되면 후공이 {took(j, r)} {shown(reply)}을(를) "
            f"남깁니다." if ko else
            f"when the first player {took(i, k)}, leaving {shown(after(piles, i, k))}, the second player "
            f"{took(j, r)}, leaving {shown(reply)}.")


def copying(who_ko, who_en, other_ko, other_en, left):
    """nim, grundy_piles: why `other` loses the paired position `left` to `who`."""
    if variant == "nim":
        return (f" 크기가 같은 {pile}끼리 짝이 지어지므로, {who_ko}은(는) {other_ko}이(가) 한 {pile}에서 가져가는 만큼 그 "
                f"짝에서 똑같이 가져가면 마지막 {stone}을(를) 가져가게 됩니다." if ko else
                f" the {piles_word} pair up by size, so {who_en} answers every move of {other_en} by taking as many "
                f"from the other {pile} of the pair, and takes the last {stone}.")
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


def explain_moves(number, piles, answer):
    """nim, grundy_piles: the winning first moves (their number is the answer), or why there is none."""
    head = f"{number}번 게임 ({shown(piles)})" if ko else f"Game {number} ({shown(piles)})"
    takes_ko, takes_en = ("두든", "does") if variant == "grundy_piles" else ("가져가든", "takes")
    wins = winning(piles)
    if wins:
        listed = ", ".join(f"{i + 1}번 {pile}에서 {k}개 → {shown(after(piles, i, k))}" if ko else
                           f"{k} from {pile} {i + 1} → {shown(after(piles, i, k))}" for i, k in wins[:3])
        if len(wins) > 3:
            listed += f" 외 {len(wins) - 3}가지" if ko else f" and {len(wins) - 3} more"
        text = (f"{head}: 선공이 이기는 첫 수는 {listed}의 {answer}가지입니다." if ko and 1 < len(wins) <= 3 else
                f"{head}: 선공이 이기는 첫 수는 모두 {answer}가지로, {listed}입니다." if ko and len(wins) > 3 else
                f"{head}: 선공이 이기는 첫 수는 {listed} 하나뿐입니다." if ko else
                f"{head}: the first player wins with {answer} first moves: {listed}." if len(wins) > 1 else
                f"{head}: the first player wins with one first move only: {listed}.")
        even = next(((i, k) for i, k in wins if paired(after(piles, i, k))), None)
        if even:
            i, k = even
            left = after(piles, i, k)
            lead = ("예를 들어 " if len(wins) > 1 else "") if ko else ("For example, after" if len(wins) > 1 else "After")
            text += (f" {lead}{took(i, k)} {shown(left)}을(를) 남기면" if ko else
                     f" {lead} the first player {took(i, k)}, leaving {shown(left)},")
            text += copying("선공", "the first player", "후공", "the second player", left)
        else:
            text += (f" {'이런' if len(wins) > 1 else '이'} 수를 두고 나면 후공이 무엇을 {takes_ko} 선공에게 다시 이기는 "
                     "응수가 있습니다." if ko else
                     f" After {'such a' if len(wins) > 1 else 'this'} move, whatever the second player {takes_en}, the "
                     "first player has a winning reply.")
        example = losing_example(piles, set(wins))
        if example:
            lead = (" 다른 첫 수는 후공에게 이기는 응수를 줍니다. 예를 들어 " if ko else
                    " Any other first move gives the second player a winning reply: for example, ")
            text += lead + answered(piles, example)
        return text
    if not any(options(a) for a in piles):
        return (f"{head}: 어느 {pile}에서도 둘 수 있는 수가 없어 선공이 바로 지므로 답은 {answer}입니다." if ko else
                f"{head}: no move can be made on any {pile}, so the first player loses at once: {answer}.")
    text = (f"{head}: 선공이 어떤 첫 수를 두어도 후공에게 이기는 응수가 있으므로 답은 {answer}입니다." if ko else
            f"{head}: whatever the first player does, the second player has a winning reply, so the answer is {answer}.")
    if paired(piles):
        return text + (copying("후공", "the second player", "선공", "the first player", piles) if ko else
                       " Here" + copying("후공", "the second player", "선공", "the first player", piles))
    example = losing_example(piles, set())
    if example:
        reply = example[4]
        text += (" 예를 들어 " if ko else " For example, ") + answered(piles, example)
        if paired(reply):
            text += (copying("후공", "the second player", "선공", "the first player", reply) if ko else
                     " Now" + copying("후공", "the second player", "선공", "the first player", reply))
    return text


def why(left, winner_ko, winner_en, loser_ko, loser_en):
    """misere_nim: why the player to move loses the position `left`, when it can be seen."""
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


def explain_misere(number, piles, answer):
    """misere_nim: who wins, with the move or the reply that shows it."""
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
    move = misere_move(piles)
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
    example = losing_example(piles, set())
    if example:
        reply = example[4]
        text += (" 예를 들어 " if ko else " For example, ") + answered(piles, example)
        text += why(reply, "후공", "the second player", "선공", "the first player")
    return text.rstrip(".") + f" → {answer}"


others = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
if variant == "misere_nim":
    parts = [explain_misere(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers))][:4]
    print(". ".join(p.rstrip(".") for p in parts) + "." + (others if len(games) > 4 else ""))
else:
    parts = [explain_moves(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers)) if len(g) <= 8][:3]
    head = ""
    if variant == "grundy_piles":
        order = ", ".join(map(str, moves))
        head = (f"한 번에 가져갈 수 있는 개수는 {order}개입니다. " if ko else
                f"A move takes {order.replace(', ' + str(moves[-1]), ' or ' + str(moves[-1])) if len(moves) > 1 else order}. ")
    print(head + " ".join(parts) + (others if len(games) > len(parts) else ""))
