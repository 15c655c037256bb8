"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
disk, peg = texts["disk"], texts["peg"]
nums = case["input"].split()
queries = [(int(nums[1 + 2 * i]), int(nums[2 + 2 * i])) for i in range(int(nums[0]))]
outputs = [line.split() for line in case["output"].strip().split("\n")]

# A witness when a question is small enough to list its moves: the smallest tower's moves up to the K-th.
small = min(range(len(queries)), key=lambda i: (queries[i][1] < 3, queries[i][0]))


def nth(i):
    """Korean ordinal: 첫 번째, 두 번째, …, then 11번째"""
    words = ["첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
    return f"{words[i - 1]} 번째" if i <= 10 else f"{i}번째"


if queries[small][0] <= 5:
    n, k = queries[small]
    moves = []

    def hanoi(m, a, b, c):
        if m:
            hanoi(m - 1, a, c, b)
            moves.append((m, a, b))
            hanoi(m - 1, c, b, a)

    hanoi(n, 1, 3, 2)
    listed = ", ".join(f"{d}: {a} → {b}" for d, a, b in moves[:k])
    d, a, b = moves[k - 1]
    if ko:
        print(f"{nth(small + 1)} 질문 (N = {n}, K = {k}): 가장 짧은 순서의 이동을 처음부터 ({disk} 번호: 떠나는 {peg} → 놓이는 "
              f"{peg}) 적으면 {listed}입니다. 그래서 {nth(k)} 이동은 {disk} {d}번을 {peg} {a}에서 {peg} {b}(으)로 "
              "옮깁니다.")
    else:
        print(f"Question {small + 1} (N = {n}, K = {k}): the shortest sequence begins ({disk} number: {peg} left → "
              f"{peg} reached) {listed}. So move {k} takes {disk} {d} from {peg} {a} to {peg} {b}.")
    sys.exit()

n, k = queries[0]
answer = outputs[0]
src, dst, spare = 1, 3, 2


def smaller(count):
    return f"the smaller {disk} goes" if count == 1 else f"the {count} smaller {texts['disks']} go"


steps = []
m, kk = n, k
while True:
    half = 1 << (m - 1)
    if kk == half:
        steps.append(f"K = {kk} = 2^{m - 1}: {disk} {m}번이 {src} → {dst}" if ko else
                     f"K = {kk} = 2^{m - 1}: {disk} {m} moves {src} → {dst}")
        break
    if kk < half:
        steps.append(f"K = {kk} < {half}: 앞쪽 절반, 작은 {disk} {m - 1}개가 {src} → {spare}" if ko else
                     f"K = {kk} < {half}: first half, {smaller(m - 1)} {src} → {spare}")
        dst, spare = spare, dst
    else:
        steps.append(f"K = {kk} > {half}: 뒤쪽 절반, 작은 {disk} {m - 1}개가 {spare} → {dst}, K는 {kk - half}" if ko else
                     f"K = {kk} > {half}: second half, {smaller(m - 1)} {spare} → {dst}, "
                     f"K becomes {kk - half}")
        kk -= half
        src, spare = spare, src
    m -= 1
if len(steps) > 6:  # a tall tower: the first levels and the last
    steps = steps[:3] + ["…"] + steps[-2:]
# the rule the trace applies, said once: the middle move of a level is its largest disk's own move
if ko:
    rule = (f"{disk} m개를 옮길 때 2^(m-1)번째 이동이 가장 큰 것의 이동이며, 그 앞에는 작은 것들이 남는 {peg}(으)로, "
            f"그 뒤에는 그 위로 옮겨집니다. ")
else:
    rule = (f"Of the moves for m {texts['disks']}, move 2^(m-1) moves the largest one; before it the smaller ones go "
            f"to the spare {peg}, after it back on top. ")
if ko:
    print(rule + f"첫 질문 (N = {n}, K = {k}): " + "; ".join(steps) + f". 그래서 {disk} {answer[0]}번을 {peg} {answer[1]}에서 "
          f"{peg} {answer[2]}(으)로 옮깁니다.")
else:
    print(rule + f"First question (N = {n}, K = {k}): " + "; ".join(steps) + f". So {disk} {answer[0]} moves from {peg} "
          f"{answer[1]} to {peg} {answer[2]}.")
