"""Too slow: the natural search, building every valid order one task at a time (a task may be placed once all
its prerequisites are placed) and counting the complete ones; as many leaves as the answer, up to N!."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    need = [0] * n
    for k in range(m):
        a, b = int(data[2 + 2 * k]) - 1, int(data[3 + 2 * k]) - 1
        need[b] |= 1 << a
    full = (1 << n) - 1

    def count(mask):
        if mask == full:
            return 1
        total = 0
        for i in range(n):
            if not mask >> i & 1 and need[i] & mask == need[i]:
                total += count(mask | 1 << i)
        return total

    print(count(0))


main()
