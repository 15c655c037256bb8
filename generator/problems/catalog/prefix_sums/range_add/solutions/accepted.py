"""Range additions offline: record +x at l and -x at r + 1 in a difference array, then one prefix-sum pass adds
every update to every element it covers (O(N + Q))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    diff = [0] * (n + 2)
    pos = 2 + n
    for _ in range(q):
        l, r, x = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        diff[l] += x
        diff[r + 1] -= x
    run = 0
    out = []
    for i in range(n):
        run += diff[i + 1]
        out.append(a[i] + run)
    print(" ".join(map(str, out)))


main()
