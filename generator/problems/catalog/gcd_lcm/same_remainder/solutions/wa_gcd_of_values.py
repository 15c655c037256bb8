import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
if len(set(a)) == 1:
    print(-1)
else:
    g = 0
    for x in a:  # the gcd of the numbers: they all leave remainder 0, but a larger M may work
        while x:
            g, x = x, g % x
    print(f"{g} {a[0] % g}")
