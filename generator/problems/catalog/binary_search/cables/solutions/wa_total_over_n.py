"""Wrong: total length divided by N ignores the waste at the end of every cable."""
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)

print(sum(ls) // n)
