"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A witness for the smallest tower (N <= 6): its moves listed from the first up to the K-th. For a tower too tall to list:
how many moves it has and where the K-th falls against the middle move (the largest disk's), then the answer."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
disk, peg = texts["disk"], texts["peg"]
disks = texts.get("disks", disk)
nums = case["input"].split()
queries = [(int(nums[1 + 2 * i]), int(nums[2 + 2 * i])) for i in range(int(nums[0]))]
outputs = [line.split() for line in case["output"].strip().split("\n")]
LISTED = 6  # towers up to this height are listed move by move


def nth(i):
    """Korean ordinal: 첫 번째, 두 번째, …, then 11번째"""
    words = ["첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
    return f"{words[i - 1]} 번째" if i <= 10 else f"{i}번째"


def moves_of(n):
    moves = []

    def hanoi(m, a, b, c):
        if m:
            hanoi(m - 1, a, c, b)
            moves.append((m, a, b))
            hanoi(m - 1, c, b, a)

    hanoi(n, 1, 3, 2)
    return moves


def listing(i):
    n, k = queries[i]
    moves = moves_of(n)[:k]
    groups = []
    for start in range(0, k, 8):
        chunk = ", ".join(f"{d} ({a} → {b})" for d, a, b in moves[start:start + 8])
        end = min(start + 8, k)
        if k <= 8:
            groups.append(chunk)
        elif ko:
            groups.append(f"{start + 1}~{end}번째: {chunk}")
        else:
            groups.append(f"moves {start + 1}–{end}: {chunk}")
    d, a, b = moves[-1]
    if ko:
        return (f"{nth(i + 1)} 질문 (N = {n}, K = {k}): 가장 짧은 순서의 이동을 처음부터 {disk} 번호(떠나는 {peg} → "
                f"놓이는 {peg}) 꼴로 적으면 {'; '.join(groups)}입니다. 그래서 {nth(k)} 이동은 {disk} {d}번을 {peg} {a}에서 "
                f"{peg} {b}(으)로 옮깁니다.")
    return (f"Question {i + 1} (N = {n}, K = {k}): the shortest sequence begins (each move written as the {disk} "
            f"number, then {peg} left → {peg} reached) {'; '.join(groups)}. So move {k} takes {disk} {d} from {peg} "
            f"{a} to {peg} {b}.")


def tall(i):
    n, k = queries[i]
    d, a, b = outputs[i]
    total, mid = (1 << n) - 1, 1 << (n - 1)
    if ko:
        where = "바로 그 이동이며" if k == mid else ("그보다 앞에 있으며" if k < mid else "그보다 뒤에 있으며")
        return (f"{nth(i + 1)} 질문 (N = {n}, K = {k}): {disk} {n}개를 옮기는 가장 짧은 순서는 2^{n} − 1 = {total}번 "
                f"이동하고, 그 가운데인 2^{n - 1} = {mid}번째 이동에서 {disk} {n}번이 {peg} 1에서 {peg} 3(으)로 "
                f"옮겨집니다. K번째 이동은 {where}, {disk} {d}번을 {peg} {a}에서 {peg} {b}(으)로 옮깁니다.")
    where = "is that move" if k == mid else ("comes before it" if k < mid else "comes after it")
    return (f"Question {i + 1} (N = {n}, K = {k}): the shortest sequence for {n} {disks} has 2^{n} − 1 = {total} "
            f"moves, and its middle one, move 2^{n - 1} = {mid}, takes {disk} {n} from {peg} 1 to {peg} 3; move K "
            f"{where}, and takes {disk} {d} from {peg} {a} to {peg} {b}.")


small = min(range(len(queries)), key=lambda i: (queries[i][1] < 3, queries[i][0]))
big = next((i for i, (n, _) in enumerate(queries) if n > LISTED), None)
shown = sorted({i for i in (big, small) if i is not None and (i == big or queries[i][0] <= LISTED)})
print(" ".join(listing(i) if queries[i][0] <= LISTED else tall(i) for i in shown))
