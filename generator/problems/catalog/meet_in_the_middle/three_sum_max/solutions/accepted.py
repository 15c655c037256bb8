"""Reference (meet in the middle): x_k = x_a + x_b + x_c is x_a + x_b = x_k - x_c. Put the N(N+1)/2 sums of two
values (a <= b, a value may pair with itself) in a set, then try the values from the largest down and, for each,
look up x_k - x_c for every x_c < x_k. O(N^2) set operations instead of N^3 or N^4."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    x = sorted(int(v) for v in data[1:1 + n])
    pairs = set()
    for i in range(n):
        xi = x[i]
        pairs.update([xi + v for v in x[i:]])
    for k in range(n - 1, -1, -1):
        target = x[k]
        for c in range(k):
            if target - x[c] in pairs:
                print(target)
                return
    print(-1)


main()
