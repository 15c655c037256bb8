import sys


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):  # tries every divisor up to n - 1
        if n % d == 0:
            return False
    return True


data = sys.stdin.read().split()
q = int(data[0])
print("\n".join("YES" if is_prime(int(x)) else "NO" for x in data[1:1 + q]))
