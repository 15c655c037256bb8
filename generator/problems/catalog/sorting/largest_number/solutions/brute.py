"""Obviously correct: every order of the numbers (compared as integers)."""
import sys
from itertools import permutations

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
print(max(int("".join(p)) for p in permutations(words)))
