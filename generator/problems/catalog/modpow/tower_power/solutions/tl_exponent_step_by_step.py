import sys

P = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, c = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    e, exact = 1, 1
    for _ in range(c):  # the exponent b^c mod (p - 1), one multiplication at a time
        e = e * b % (P - 1)
        exact = min(exact * b, 2)  # remembers whether b^c is 0
    if a % P == 0:
        out.append(1 if exact == 0 else 0)
    else:
        out.append(pow(a, e, P))
print("\n".join(map(str, out)))
