"""Wrong: builds the sums of two DIFFERENT values only (j starts at i + 1), so a total that needs one kind twice
(x_k = 2 x_a + x_c) is missed."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = sorted(int(v) for v in data[1:1 + n])
    pairs = set()
    for i in range(n):
        xi = x[i]
        pairs.update([xi + v for v in x[i + 1:]])
    for k in range(n - 1, -1, -1):
        target = x[k]
        for c in range(k):
            if target - x[c] in pairs:
                print(target)
                return
    print(-1)


main()
