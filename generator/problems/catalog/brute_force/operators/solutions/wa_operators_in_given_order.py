import sys

data = sys.stdin.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
cnt = [int(x) for x in data[1 + n:5 + n]]
ops = "+" * cnt[0] + "-" * cnt[1] + "*" * cnt[2] + "/" * cnt[3]
value = a[0]
for op, x in zip(ops, a[1:]):  # only tries the operators in the given order
    if op == "+":
        value += x
    elif op == "-":
        value -= x
    elif op == "*":
        value *= x
    else:
        value = -(-value // x) if value < 0 else value // x
print(value)
print(value)
