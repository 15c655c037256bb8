"""Wrong: keeps a running total and only the last amount read, so a second 0 in a row erases it again."""
import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
total = last = 0
for tok in data[1:1 + k]:
    x = int(tok)
    if x == 0:
        total -= last
    else:
        total += x
        last = x
print(total)
