"""Too slow: XOR of every pair, O(N^2)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    total = 0
    for i in range(n):
        x = a[i]
        total += sum(1 for y in a[i + 1:] if x ^ y < k)
    print(total)


main()
