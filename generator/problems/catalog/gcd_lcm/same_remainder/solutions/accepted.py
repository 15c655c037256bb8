import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
g = 0
for x in a:  # equal remainders mod M <=> M divides every difference a_i - a_1
    y = abs(x - a[0])
    while y:
        g, y = y, g % y
print(f"{g} {a[0] % g}" if g else -1)
