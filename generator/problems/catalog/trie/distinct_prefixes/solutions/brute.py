"""Obviously correct: put every non-empty prefix of every word into a set."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
print(len({w[:k] for w in data[1:1 + n] for k in range(1, len(w) + 1)}))
