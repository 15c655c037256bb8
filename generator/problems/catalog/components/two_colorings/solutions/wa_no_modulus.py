"""Wrong: forgets the modulus."""
import sys

if hasattr(sys, "set_int_max_str_digits"):  # Python 3.11+ (3.9, PyPy's, has no limit to lift)
    sys.set_int_max_str_digits(0)  # the huge power prints instead of crashing: the mistake is the missing modulus


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for u, v in zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])):
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    components = 0
    for s in range(1, n + 1):
        if color[s] < 0:
            components += 1
            color[s] = 0
            stack = [s]
            while stack:
                x = stack.pop()
                cx = color[x]
                for y in adj[x]:
                    if color[y] < 0:
                        color[y] = cx ^ 1
                        stack.append(y)
                    elif color[y] == cx:
                        print(0)
                        return
    print(2 ** components)


main()
