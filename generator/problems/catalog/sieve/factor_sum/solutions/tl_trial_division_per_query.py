import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
xs = list(map(int, data[1:1 + q]))
out = []
for x in xs:
    s, d = 0, 2
    while d * d <= x:  # trial division for every query: O(Q * sqrt(X))
        if x % d == 0:
            s += d
            while x % d == 0:
                x //= d
        d += 1
    if x > 1:
        s += x
    out.append(s)
print("\n".join(map(str, out)))
