"""Obviously correct for small ranges: check the neighbouring digits of every number from A to B."""
import sys


def smooth(x, k):
    s = str(x)
    return all(abs(int(s[i]) - int(s[i + 1])) <= k for i in range(len(s) - 1))


data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(sum(1 for x in range(a, b + 1) if smooth(x, k)))
