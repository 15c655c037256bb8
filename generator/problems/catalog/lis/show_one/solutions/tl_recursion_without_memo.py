"""Too slow: from every start, tries every next larger element recursively and never remembers a result, so the
same suffixes are solved again and again (exponential)."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))


def longest_from(i):
    best = [a[i]]
    for j in range(i + 1, n):
        if a[j] > a[i]:
            rest = longest_from(j)
            if len(rest) + 1 > len(best):
                best = [a[i]] + rest
    return best


chosen = []
for i in range(n):
    seq = longest_from(i)
    if len(seq) > len(chosen):
        chosen = seq
print(len(chosen))
print(" ".join(map(str, chosen)))
