"""Too slow: the classic O(N·M) LCS table (one row at a time), which ignores that values are distinct."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a, b = data[2:2 + n], data[2 + n:2 + n + m]
    prev = [0] * (m + 1)
    for x in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if x == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                up, left = prev[j + 1], cur[j]
                cur[j + 1] = up if up > left else left
        prev = cur
    print(prev[m])


main()
