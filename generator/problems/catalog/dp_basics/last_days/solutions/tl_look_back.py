"""Too slow: for each day, looks back at every earlier offer that ends exactly the day before: N^2 / 2 checks."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
t = [0] + [int(data[2 * i - 1]) for i in range(1, n + 1)]
p = [0] + [int(data[2 * i]) for i in range(1, n + 1)]
done = [0] * (n + 1)  # done[d] = most pay from offers that all end by day d
for d in range(1, n + 1):
    b = done[d - 1]
    for j in range(1, d + 1):
        if j + t[j] - 1 == d and done[j - 1] + p[j] > b:
            b = done[j - 1] + p[j]
    done[d] = b
print(done[n])
