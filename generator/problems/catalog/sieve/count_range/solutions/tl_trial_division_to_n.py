import sys

a, b = map(int, sys.stdin.read().split())
count = 0
for n in range(max(a, 2), b + 1):
    ok = True
    for d in range(2, n):  # per-number trial division over every smaller number
        if n % d == 0:
            ok = False
            break
    count += ok
print(count)
