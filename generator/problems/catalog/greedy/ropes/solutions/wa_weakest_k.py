"""Wrong: sorts in increasing order, so the rope at position k is the strongest of k ropes, not the weakest."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
w = sorted(map(int, data[1:1 + n]))
print(max(w[i] * (i + 1) for i in range(n)))
