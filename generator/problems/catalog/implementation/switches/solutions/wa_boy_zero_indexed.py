"""Wrong: keeps the switches 0-indexed but lets a boy change indices k, 2k, ... of that list, which are switches
k + 1, 2k + 1, ...; the girls are handled right (index k - 1 is switch k)."""
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    state = [int(x) for x in data[1:1 + n]]
    s = int(data[1 + n])
    pos = 2 + n
    for _ in range(s):
        g, k = int(data[pos]), int(data[pos + 1])
        pos += 2
        if g == 1:
            for i in range(k, n, k):
                state[i] ^= 1
        else:
            c = k - 1
            d = 0
            while c - d - 1 >= 0 and c + d + 1 < n and state[c - d - 1] == state[c + d + 1]:
                d += 1
            for i in range(c - d, c + d + 1):
                state[i] ^= 1
    print(" ".join(map(str, state)))


main()
