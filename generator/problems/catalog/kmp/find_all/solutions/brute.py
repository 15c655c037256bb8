"""Obviously correct: compare P with every window of T."""
import sys

t, p = sys.stdin.read().split()
found = [i + 1 for i in range(len(t) - len(p) + 1) if t[i:i + len(p)] == p]
print(len(found))
if found:
    print(" ".join(map(str, found)))
