"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A witness for the smallest tower (N <= 6): its moves listed from the first up to the K-th; likewise for a tower too tall
to list whole when it is asked about one of its first 16 moves. A tall tower asked about a later move is not explained:
no short witness of it can be checked by hand without the method."""
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


def moves_of(n, k):
    """The first k moves for n disks. They move only the smallest disks: the first 2^m - 1 moves for n disks, with m of
    n's parity, are the whole sequence for m disks (the m smallest go from 1 to 3 while the larger ones stay)."""
    m = n
    while m > 2 and (1 << (m - 2)) > k:
        m -= 2
    moves = []

    def hanoi(m, a, b, c):
        if m:
            hanoi(m - 1, a, c, b)
            moves.append((m, a, b))
            hanoi(m - 1, c, b, a)

    hanoi(m, 1, 3, 2)
    return moves[:k]


def listing(i):
    n, k = queries[i]
    moves = moves_of(n, k)
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
        return (f"{i + 1}번째 질문 (N = {n}, K = {k}): 가장 짧은 순서의 이동을 처음부터 {disk} 번호(떠나는 {peg} → "
                f"놓이는 {peg}) 꼴로 적으면 {'; '.join(groups)}입니다. 그래서 {k}번째 이동은 {disk} {d}번을 {peg} {a}에서 "
                f"{peg} {b}(으)로 옮깁니다.")
    return (f"Question {i + 1} (N = {n}, K = {k}): the shortest sequence begins (each move written as the {disk} "
            f"number, then {peg} left → {peg} reached) {'; '.join(groups)}. So move {k} takes {disk} {d} from {peg} "
            f"{a} to {peg} {b}.")


small = min(range(len(queries)), key=lambda i: (queries[i][1] < 3, queries[i][0]))
# A tower too tall to list whole, asked about one of its first moves: those moves can be listed all the same.
early = next((i for i, (n, k) in enumerate(queries) if n > LISTED and k <= 16), None)
shown = sorted({i for i in (small, early) if i is not None and (i == early or queries[i][0] <= LISTED)})
print(" ".join(listing(i) for i in shown))
