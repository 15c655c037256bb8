"""A sample's explanation, computed from the sample: for the first puzzle, one solution written out as numbers
(the smallest in the order of the sorted letters' digits), and every puzzle's count."""
import json
import sys
from itertools import permutations

case = json.load(sys.stdin)
ko = case["language"] == "ko"
puzzles = case["input"].split()[1:]
counts = case["output"].split()


def first_solution(puzzle):
    left, z = puzzle.split("=")
    x, y = left.split("+")
    letters = sorted(set(x + y + z))
    for digits in permutations(range(10), len(letters)):
        value = dict(zip(letters, digits))
        if any(len(w) > 1 and value[w[0]] == 0 for w in (x, y, z)):
            continue
        num = [int("".join(str(value[ch]) for ch in w)) for w in (x, y, z)]
        if num[0] + num[1] == num[2]:
            return num
    return None


shown = next(((p, s) for p in puzzles for s in [first_solution(p)] if s), None)
listing = ", ".join(f"{p}: {k}" for p, k in zip(puzzles, counts))
if ko:
    text = f"퍼즐별 답의 수는 {listing}입니다."
    if shown:
        p, (x, y, z) = shown
        text += f" 예를 들어 {p}의 한 가지 답은 {x} + {y} = {z}입니다."
else:
    text = f"The counts are {listing}."
    if shown:
        p, (x, y, z) = shown
        text += f" For example, one solution of {p} is {x} + {y} = {z}."
print(text)
