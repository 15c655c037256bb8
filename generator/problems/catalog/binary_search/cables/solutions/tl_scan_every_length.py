"""Too slow: tries every length from the longest cable downwards."""
import sys
data = sys.stdin.buffer.read().split()
k, n = int(data[0]), int(data[1])
ls = list(map(int, data[2:2 + k]))
def pieces(x):
    return sum(l // x for l in ls)

x = max(ls)
while pieces(x) < n:
    x -= 1
print(x)
