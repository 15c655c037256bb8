import sys

n = int(sys.stdin.read())
rest, d, found = n, 2, []
while d * d <= rest:  # a composite rest always has a prime factor <= its square root
    if rest % d == 0:
        e = 0
        while rest % d == 0:
            rest //= d
            e += 1
        found.append((d, e))
    d += 1 if d == 2 else 2
if rest > 1:  # what is left has no factor <= its square root: it is one more prime
    found.append((rest, 1))
print(len(found))
for p, e in found:
    print(p, e)
