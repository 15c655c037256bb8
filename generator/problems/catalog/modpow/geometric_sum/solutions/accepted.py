import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, n, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    a %= m
    power, total = 1 % m, 0  # a^k and a + ... + a^k for k = 0
    for bit in bin(n)[2:]:  # build k bit by bit from the top: k -> 2k (-> 2k + 1)
        total = (total + power * total) % m  # S(2k) = S(k) + a^k * S(k)
        power = power * power % m
        if bit == "1":
            power = power * a % m  # a^(2k+1)
            total = (total + power) % m  # S(2k+1) = S(2k) + a^(2k+1)
    out.append(str(total))
print("\n".join(out))
