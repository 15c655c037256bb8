"""Obviously correct on tiny inputs: try every palindrome of length N over the letters of S (a letter not in S
never helps) and keep the smallest number of positions where it differs from S."""
import itertools
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
letters = sorted(set(s))
best = n
for half in itertools.product(letters, repeat=(n + 1) // 2):
    word = "".join(half) + "".join(reversed(half))[n % 2:]
    best = min(best, sum(1 for a, b in zip(word, s) if a != b))
print(best)
