"""Obviously correct: a boy changes switch i when i % k == 0, checking every switch; a girl tries every half-width d
from the widest that fits down to 0 and takes the first whose stretch reads the same both ways."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
state = {i: int(data[i]) for i in range(1, n + 1)}
s = int(data[n + 1])
for t in range(s):
    g, k = int(data[n + 2 + 2 * t]), int(data[n + 3 + 2 * t])
    if g == 1:
        for i in range(1, n + 1):
            if i % k == 0:
                state[i] = 1 - state[i]
    else:
        for d in range(min(k - 1, n - k), -1, -1):
            stretch = [state[i] for i in range(k - d, k + d + 1)]
            if stretch == stretch[::-1]:
                break
        for i in range(k - d, k + d + 1):
            state[i] = 1 - state[i]
print(" ".join(str(state[i]) for i in range(1, n + 1)))
