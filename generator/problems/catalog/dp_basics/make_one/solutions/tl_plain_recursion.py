"""Too slow: the recurrence as a recursive function with no table, so each number is solved again every time it is
reached (about 2 * 10^8 calls for N = 500)."""
import sys

sys.setrecursionlimit(10000)


def presses(n):
    if n == 1:
        return 0
    best = None
    if n % 3 == 0:
        best = presses(n // 3) + 1
    if n % 2 == 0:
        b = presses(n // 2) + 1
        if best is None or b < best:
            best = b
    b = presses(n - 1) + 1
    if best is None or b < best:
        best = b
    return best


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = [presses(int(data[k])) for k in range(1, t + 1)]
sys.stdout.write("\n".join(map(str, out)) + "\n")
