"""Too slow: the natural shortcut, a sorted list kept with bisect.insort. Each insertion shifts the list (O(N)),
so N insertions at the front cost O(N^2)."""
import sys
from bisect import insort

data = sys.stdin.buffer.read().split()
ordered = []
out = []
for x in map(int, data[1:1 + int(data[0])]):
    insort(ordered, x)
    out.append(ordered[(len(ordered) - 1) // 2])
sys.stdout.write("".join(f"{v}\n" for v in out))
