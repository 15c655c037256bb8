"""Too slow: the same greedy, but the smaller and larger earlier values are counted by scanning them: O(N^2)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    total = 0
    for i, v in enumerate(a):
        smaller = sum(1 for u in a[:i] if u < v)
        larger = sum(1 for u in a[:i] if u > v)
        total += min(smaller, larger)
    print(total)


main()
