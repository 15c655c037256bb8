"""Too slow: the same recurrence searched depth first without remembering failed (i, j) states, so a C whose
letters fit both A and B for a long time makes it retry exponentially many splits."""
import sys


def merge(a, b, c):
    if len(a) + len(b) != len(c):
        return False
    n, m = len(a), len(b)
    stack = [(0, 0)]
    while stack:
        i, j = stack.pop()
        if i == n and j == m:
            return True
        x = c[i + j]
        if j < m and b[j] == x:
            stack.append((i, j + 1))
        if i < n and a[i] == x:
            stack.append((i + 1, j))
    return False


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join("YES" if merge(*data[1 + 3 * k:4 + 3 * k]) else "NO" for k in range(t)))


main()
