"""Too slow: raises h one step at a time and recounts the qualifying values each time, O(N * h)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
c = list(map(int, data[1:1 + n]))
h = 0
while h < n and sum(1 for x in c if x >= h + 1) >= h + 1:
    h += 1
print(h)
