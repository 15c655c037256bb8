import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
if len(set(a)) == 1:
    print(-1)
else:
    g = a[0]  # starts the fold from a_1 instead of 0, so a_1 itself is folded in as if it were a difference
    for x in a:
        y = abs(x - a[0])
        while y:
            g, y = y, g % y
    print(f"{g} {a[0] % g}")
