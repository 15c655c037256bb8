"""Too slow: selection sort by swaps — for each position, list.index finds the element that belongs there and swaps
it in (the right count, but O(N^2) searching)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
goal = sorted(a)
moves = 0
for i in range(n):
    if a[i] != goal[i]:
        j = a.index(goal[i], i + 1)
        a[i], a[j] = a[j], a[i]
        moves += 1
print(moves)
