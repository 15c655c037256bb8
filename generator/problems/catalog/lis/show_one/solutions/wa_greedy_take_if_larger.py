"""Wrong: greedy from the left, takes every value larger than the last taken one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
chosen = [a[0]]
for x in a[1:]:
    if x > chosen[-1]:
        chosen.append(x)
print(len(chosen))
print(" ".join(map(str, chosen)))
