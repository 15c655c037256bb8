"""Wrong: measures the distance in the original numbering, (want - front) mod N, as if no item had been taken out."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
front = 1
moves = 0
for want in map(int, data[2:2 + m]):
    d = (want - front) % n
    moves += min(d, n - d)
    front = want % n + 1
print(moves)
