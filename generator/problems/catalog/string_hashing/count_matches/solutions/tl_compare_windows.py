"""Too slow: find the next occurrence from one past the previous one; every overlapping match costs |P|."""
import sys

t, p = sys.stdin.buffer.read().split()
count, i = 0, t.find(p)
while i != -1:
    count += 1
    i = t.find(p, i + 1)
print(count)
