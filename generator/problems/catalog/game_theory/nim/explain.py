"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
nums = list(map(int, case["input"].split()))
answers = case["output"].split()
games, pos = [], 1
for _ in range(nums[0]):
    n = nums[pos]
    games.append(nums[pos + 1:pos + 1 + n])
    pos += 1 + n


def explain(number, piles, answer):
    x = 0
    for a in piles:
        x ^= a
    sizes = " ⊕ ".join(map(str, piles))
    width = max(piles).bit_length()
    if ko:
        head = f"{number}번 게임: {sizes} = {x}"
    else:
        head = f"Game {number}: {sizes} = {x}"
    if len(piles) <= 4 and max(piles) < 64:
        head += " (" + " ⊕ ".join(format(a, f"0{width}b") for a in piles) + f" = {format(x, f'0{width}b')})"
    if x == 0:
        return head + (". XOR가 0이므로 선공이 무엇을 해도 0이 아니게 되고, 후공이 다시 0으로 돌려놓을 수 있어 답은 0입니다"
                       if ko else ". The XOR is 0: every move makes it non-zero and the second player can make it 0 "
                       "again, so the answer is 0")
    moves, others = [], 0
    for a in piles:
        if a ^ x < a:
            if len(moves) < 3:
                moves.append(f"{a} → {a ^ x}" + (f" ({a - (a ^ x)}개를 가져감)" if ko else f" (take {a - (a ^ x)})"))
        else:
            others += 1
    more = len([a for a in piles if a ^ x < a]) - len(moves)
    listed = ", ".join(moves) + ((f" 외 {more}개" if ko else f" and {more} more") if more else "")
    top = 1 << (x.bit_length() - 1)
    if ko:
        return (head + f". XOR가 0이 아니므로 선공이 이깁니다. 이기는 첫 수는 한 {texts['pile']}의 a를 a ⊕ {x}(으)로 줄여 XOR를 "
                f"0으로 만드는 수이고, a가 {x}의 가장 높은 비트({top})를 가질 때만 줄어듭니다: {listed}. 답은 {answer}입니다")
    return (head + f". The XOR is non-zero, so the first player wins. A winning first move lowers one {texts['pile']} "
            f"a to a ⊕ {x}, making the XOR 0, and that is smaller only when a has {x}'s highest bit ({top}): "
            f"{listed}. The answer is {answer}")


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers)) if len(g) <= 8][:3]
tail = ""
if len(games) > len(parts):
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(". ".join(parts) + "." + tail)
