"""Wrong: assumes every swap fixes two misplaced elements (true only for 2-cycles), so prints misplaced / 2."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
misplaced = sum(1 for x, y in zip(a, sorted(a)) if x != y)
print(misplaced // 2)
