"""Obviously correct: simulate the switches with a set of devices that are on."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
on = set()
for token in data[1:1 + n]:
    on ^= {int(token)}
print(on.pop())
