"""Obviously correct: compare P with every window of T."""
import sys

t, p = sys.stdin.read().split()
print(sum(1 for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p))
