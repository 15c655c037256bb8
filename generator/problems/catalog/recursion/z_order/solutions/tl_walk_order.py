import sys

sys.setrecursionlimit(10000)
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
asked = {}
for i in range(q):
    asked.setdefault((int(data[2 + 2 * i]), int(data[3 + 2 * i])), []).append(i)
answer = [0] * q
left = len(asked)
counter = 0


def walk(top, lft, side):
    """Visits the square's cells in Z order, numbering them; stops once every asked cell is met."""
    global counter, left
    if left == 0:
        return
    if side == 1:
        if (top, lft) in asked:
            for i in asked[(top, lft)]:
                answer[i] = counter
            left -= 1
        counter += 1
        return
    h = side // 2
    walk(top, lft, h)
    walk(top, lft + h, h)
    walk(top + h, lft, h)
    walk(top + h, lft + h, h)


walk(0, 0, 1 << n)
sys.stdout.write("\n".join(map(str, answer)) + "\n")
