"""Too slow: finds the two smallest piles by scanning the list every time, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
piles = list(map(int, data[1:1 + int(data[0])]))
total = 0
while len(piles) > 1:
    a = min(piles)
    piles.remove(a)
    b = min(piles)
    piles.remove(b)
    total += a + b
    piles.append(a + b)
print(total)
