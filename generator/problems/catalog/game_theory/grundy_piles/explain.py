"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
pile = case["texts"]["pile"]
piles_word = case["texts"].get("piles", pile)
nums = list(map(int, case["input"].split()))
k = nums[0]
moves = nums[1:1 + k]
games, pos = [], 2 + k
for _ in range(nums[1 + k]):
    n = nums[pos]
    games.append(nums[pos + 1:pos + 1 + n])
    pos += 1 + n
answers = case["output"].split()

top = max(max(g) for g in games)
grundy = [0] * (top + 1)
for a in range(1, top + 1):
    seen = {grundy[a - s] for s in moves if s <= a}
    m = 0
    while m in seen:
        m += 1
    grundy[a] = m
shown = min(top, 12)
row = ", ".join(f"g({a}) = {grundy[a]}" for a in range(shown + 1))
if top > shown:
    row += ", …" if ko else " and so on"


def explain(number, piles, answer):
    x = 0
    for a in piles:
        x ^= grundy[a]
    values = " ⊕ ".join(f"g({a})" for a in piles) + " = " + " ⊕ ".join(str(grundy[a]) for a in piles)
    values += f" = {x}" if len(piles) > 1 else ""
    head = (f"{number}번 게임: {values}" if ko else f"Game {number}: {values}")
    if x == 0:
        return head + (". XOR가 0이므로 선공이 지고 답은 0입니다" if ko else ". The XOR is 0, so the first player loses: 0")
    found = [(i, a, s) for i, a in enumerate(piles) for s in sorted(moves) if s <= a and grundy[a - s] == grundy[a] ^ x]
    listed = ", ".join(
        (f"{i + 1}번 {pile}에서 {s}개 (g({a - s}) = {grundy[a - s]} = {grundy[a]} ⊕ {x})" if ko else
         f"{s} from {pile} {i + 1} (g({a - s}) = {grundy[a - s]} = {grundy[a]} ⊕ {x})") for i, a, s in found[:3])
    if len(found) > 3:
        listed += f" 외 {len(found) - 3}개" if ko else f" and {len(found) - 3} more"
    if ko:
        return (head + f". 이기는 첫 수는 옮긴 {pile}의 그런디 수를 g(a) ⊕ {x}(으)로 바꿔 전체 XOR를 0으로 만드는 수입니다: "
                f"{listed}. 답은 {answer}입니다")
    return (head + f". A winning first move changes the moved {pile}'s Grundy number to g(a) ⊕ {x}, making the XOR 0: "
            f"{listed}. The answer is {answer}")


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers))][:3]
order = ", ".join(map(str, sorted(moves)))
if ko:
    head = (f"{pile} 하나의 그런디 수 g(a)는 한 수로 갈 수 있는 g(a - s) (s = {order})에 없는 가장 작은 음이 아닌 정수입니다: "
            f"{row}. 여러 {pile}의 게임은 각 그런디 수의 XOR가 0이 아닐 때 선공이 이깁니다.")
    tail = " 나머지 게임도 같은 방법으로 구합니다." if len(games) > 3 else ""
else:
    head = (f"The Grundy number g(a) of one {pile} is the smallest non-negative integer missing among the g(a - s) one "
            f"move away (s = {order}): {row}. A game of several {piles_word} is won by the first player exactly when the XOR "
            "of their Grundy numbers is not 0.")
    tail = " The other games are answered the same way." if len(games) > 3 else ""
print(head + " " + ". ".join(parts) + "." + tail)
