"""Wrong: one plus the number of distinct smaller values before i (they need not appear in increasing order)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
print(" ".join(str(1 + len({a[j] for j in range(i) if a[j] < a[i]})) for i in range(n)))
