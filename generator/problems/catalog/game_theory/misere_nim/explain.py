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
    shown = " ".join(map(str, piles)) if len(piles) <= 8 else " ".join(map(str, piles[:8])) + " …"
    head = f"{number}번 게임 ({shown}): " if ko else f"Game {number} ({shown}): "
    n = len(piles)
    if max(piles) == 1:
        if ko:
            return head + (f"{texts['stone']} 1개짜리 {texts['pile']}만 {n}개이므로 두 사람이 하나씩 번갈아 가져가고, "
                           f"{'후공' if n % 2 == 0 else '선공'}이 마지막을 가져가 집니다 → {answer}")
        return head + (f"only {n} {texts['pile'] if n == 1 else texts['piles']} of one {texts['stone']}: they are taken "
                       f"one per turn and the {'second' if n % 2 == 0 else 'first'} player takes the last → {answer}")
    x = 0
    for a in piles:
        x ^= a
    if len(piles) == 1:
        xs = "XOR"
    else:
        xs = " ⊕ ".join(map(str, piles)) if len(piles) <= 8 else "XOR"
    if ko:
        rule = ("XOR가 0이 아니므로 선공이 일반 님 게임처럼 두다가, 1개짜리만 남게 될 때 그 수가 홀수가 되도록 남깁니다"
                if x else "XOR가 0이므로 선공이 어떻게 두어도 후공이 일반 님 게임처럼 맞받아 두어 이깁니다")
        return head + f"{texts['stone']}이(가) 2개 이상인 {texts['pile']}이(가) 있으므로 일반 님 게임과 같이 판단합니다. {xs} = {x}, {rule} → {answer}"
    rule = ("the XOR is not 0, so the first player plays as in normal Nim and, when only single "
            f"{texts['stones']} would remain, leaves an odd number of them" if x else "the XOR is 0, so whatever the first player does, the second "
            "player answers as in normal Nim and wins")
    return head + f"some {texts['pile']} has 2 or more, so it goes as in normal Nim: {xs} = {x}; {rule} → {answer}"


parts = [explain(i + 1, g, a) for i, (g, a) in enumerate(zip(games, answers))][:4]
tail = ""
if len(games) > 4:
    tail = " 나머지 게임도 같은 방법으로 구합니다." if ko else " The other games are answered the same way."
print(". ".join(parts) + "." + tail)
