"""Too slow: counts the steps of every query one by one, O(N * Q) for long queries."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    pos = 2 + n
    for _ in range(q):
        x, y = int(data[pos]), int(data[pos + 1])
        pos += 2
        count = 0
        for i in range(x - 1, y - 1):
            if a[i] > a[i + 1]:
                count += 1
        out.append(count)
    print("\n".join(map(str, out)))


main()
