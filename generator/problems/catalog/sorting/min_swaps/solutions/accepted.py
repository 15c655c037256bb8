"""Reference: map every value to the position it must reach; the row is a permutation of positions, and each swap
can split one cycle into two at most, so the answer is N minus the number of cycles."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
target = {v: i for i, v in enumerate(sorted(a))}
dest = [target[v] for v in a]  # the element at position i belongs at dest[i]
seen = [False] * n
cycles = 0
for start in range(n):
    if not seen[start]:
        cycles += 1
        i = start
        while not seen[i]:
            seen[i] = True
            i = dest[i]
print(n - cycles)
