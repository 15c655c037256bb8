"""Reference: with k ropes the weakest one limits the load to k times its strength; the best k ropes are the k
strongest, so sort in decreasing order and try every k."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
w = sorted(map(int, data[1:1 + n]), reverse=True)
print(max(w[i] * (i + 1) for i in range(n)))
