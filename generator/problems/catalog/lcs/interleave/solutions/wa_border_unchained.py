"""Wrong: the table is right inside, but the first row and column compare only one letter (ok[0][j] = B[j - 1]
== C[j - 1]) and forget that the whole prefix before it must match too."""
import sys


def merge(a, b, c):
    n, m = len(a), len(b)
    if n + m != len(c):
        return False
    prev = [True] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = b[j - 1] == c[j - 1]
    for i in range(1, n + 1):
        cur = [False] * (m + 1)
        cur[0] = a[i - 1] == c[i - 1]
        letter = a[i - 1]
        for j in range(1, m + 1):
            x = c[i + j - 1]
            cur[j] = (prev[j] and letter == x) or (cur[j - 1] and b[j - 1] == x)
        prev = cur
    return prev[m]


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join("YES" if merge(*data[1 + 3 * k:4 + 3 * k]) else "NO" for k in range(t)))


main()
