"""Reference (meet in the middle): a + b + c + d = 0 means a + b = -(c + d). Count every sum a + b of the first
two lists in a hash map (n^2 entries), then for every pair (c, d) add how many first-half sums equal -(c + d).
O(n^2) time and memory instead of O(n^4)."""
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + 4 * n]))
    a, b, c, d = values[0::4], values[1::4], values[2::4], values[3::4]
    first = Counter([x + y for x in a for y in b])
    get = first.get
    total = 0
    for x in c:
        total += sum([get(-x - y, 0) for y in d])
    print(total)


main()
