"""Wrong: glues the strings with the longest overlap of an end of one and a start of the other (a shortest common
superstring, where the letters must be consecutive), instead of a supersequence."""
import sys

a, b = sys.stdin.read().split()


def overlap(x, y):
    for k in range(min(len(x), len(y)), 0, -1):
        if x.endswith(y[:k]):
            return k
    return 0


if b in a or a in b:
    print(max(len(a), len(b)))
else:
    print(len(a) + len(b) - max(overlap(a, b), overlap(b, a)))
