"""Wrong: on different letters it keeps the diagonal value instead of the better of dropping a letter of A or of B."""
import sys


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = [0] * (m + 1)
    for ch in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if ch == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                cur[j + 1] = prev[j]
        prev = cur
    print(max(prev))


main()
