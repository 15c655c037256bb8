"""Wrong: off by one, the loop over sorted neighbours stops before the last pair."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = sorted(map(int, data[1:1 + n]))
best = words[0] ^ words[1]
for i in range(1, n - 2):
    best = min(best, words[i] ^ words[i + 1])
print(best)
