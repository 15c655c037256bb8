"""Too slow at N = 2*10^5: the same greedy, but it scans the piles from the first for one whose top fits,
O(N * piles)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
tops = []
for x in map(int, data[1:1 + n]):
    for k in range(len(tops)):
        if tops[k] >= x:
            tops[k] = x
            break
    else:
        tops.append(x)
print(len(tops))
