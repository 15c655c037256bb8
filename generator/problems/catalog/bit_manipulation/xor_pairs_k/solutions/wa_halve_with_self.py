"""Wrong: counts, for every code, all codes equal to it XOR K and halves the total; with K = 0 each code also
matches itself."""
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = Counter(a)
print(sum(count[x ^ k] for x in a) // 2)
