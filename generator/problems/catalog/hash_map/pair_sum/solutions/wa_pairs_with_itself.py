"""Wrong: counts all values first, then halves sum(cnt[x] * cnt[K - x]): a value with 2x = K is paired with itself."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
count = {}
for x in map(int, data[2:2 + n]):
    count[x] = count.get(x, 0) + 1
print(sum(c * count.get(k - x, 0) for x, c in count.items()) // 2)
