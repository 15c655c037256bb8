import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
g = min(a)
while any(x % g for x in a):  # try every length from the shortest board down
    g -= 1
print(g, sum(x // g for x in a))
