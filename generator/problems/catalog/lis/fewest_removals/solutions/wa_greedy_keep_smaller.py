"""Wrong: greedy from the left, keep the first value and then every value smaller than the last kept one."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
kept = [a[0]]
for x in a[1:]:
    if x < kept[-1]:
        kept.append(x)
print(n - len(kept))
