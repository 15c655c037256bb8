"""Too slow: loops over a, b and c and looks up -(a + b + c) among the counted values of D, O(n^3)."""
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + 4 * n]))
    a, b, c, d = values[0::4], values[1::4], values[2::4], values[3::4]
    last = Counter(d)
    total = 0
    for x in a:
        for y in b:
            for z in c:
                total += last.get(-x - y - z, 0)
    print(total)


main()
