"""Obviously correct: every injective assignment of digits to the letters (small puzzles), checked as numbers."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
for puzzle in data[1:1 + int(data[0])]:
    left, z = puzzle.split("=")
    x, y = left.split("+")
    letters = sorted(set(x + y + z))
    good = 0
    for digits in permutations(range(10), len(letters)):
        value = dict(zip(letters, digits))
        if any(len(w) > 1 and value[w[0]] == 0 for w in (x, y, z)):
            continue
        num = [int("".join(str(value[ch]) for ch in w)) for w in (x, y, z)]
        good += num[0] + num[1] == num[2]
    print(good)
