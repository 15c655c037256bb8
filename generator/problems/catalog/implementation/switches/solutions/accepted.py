"""Reference: simulate the students in order on a 1-indexed list (index 0 unused)."""
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    state = [0] + [int(x) for x in data[1:1 + n]]
    s = int(data[1 + n])
    pos = 2 + n
    for _ in range(s):
        g, k = int(data[pos]), int(data[pos + 1])
        pos += 2
        if g == 1:
            for i in range(k, n + 1, k):
                state[i] ^= 1
        else:
            d = 0
            while k - d - 1 >= 1 and k + d + 1 <= n and state[k - d - 1] == state[k + d + 1]:
                d += 1
            for i in range(k - d, k + d + 1):
                state[i] ^= 1
    print(" ".join(map(str, state[1:])))


main()
