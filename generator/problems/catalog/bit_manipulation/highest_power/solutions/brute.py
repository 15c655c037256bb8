"""Obviously correct: double from 1 while the next power still fits."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    x, power = int(token), 1
    while power * 2 <= x:
        power *= 2
    out.append(power)
print("\n".join(map(str, out)))
