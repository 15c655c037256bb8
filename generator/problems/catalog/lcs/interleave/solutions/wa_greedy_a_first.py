"""Wrong: walks through C once and takes each letter from A whenever A's next letter fits, else from B; when both
fit, the choice is never undone."""
import sys


def merge(a, b, c):
    if len(a) + len(b) != len(c):
        return False
    i = j = 0
    for x in c:
        if i < len(a) and a[i] == x:
            i += 1
        elif j < len(b) and b[j] == x:
            j += 1
        else:
            return False
    return True


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join("YES" if merge(*data[1 + 3 * k:4 + 3 * k]) else "NO" for k in range(t)))


main()
