import sys


def is_prime(x):
    if x < 2:
        return False
    d = 2
    while d * d <= x:
        if x % d == 0:
            return False
        d += 1
    return True


data = sys.stdin.buffer.read().split()
t = int(data[0])
ns = list(map(int, data[1:1 + t]))
out = []
for n in ns:
    p = n // 2  # the same walk, but every candidate is tested by trial division
    while not (is_prime(p) and is_prime(n - p)):
        p -= 1
    out.append(f"{p} {n - p}")
print("\n".join(out))
