import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    apple = [[False] * (n + 2) for _ in range(n + 2)]
    pos = 2
    for _ in range(k):
        apple[int(data[pos])][int(data[pos + 1])] = True
        pos += 2
    l = int(data[pos])
    turns = {int(data[pos + 1 + 2 * i]): data[pos + 2 + 2 * i] for i in range(l)}
    body = [(1, 1)]  # head on the right, tail on the left
    steps = ((0, 1), (1, 0), (0, -1), (-1, 0))  # right, down, left, up: a right turn is +1
    d = 0
    t = 0
    while True:
        t += 1
        r, c = body[-1]
        r, c = r + steps[d][0], c + steps[d][1]
        if not (1 <= r <= n and 1 <= c <= n) or (r, c) in body:  # scans the whole body every second
            break
        body.append((r, c))
        if apple[r][c]:
            apple[r][c] = False
        else:
            body.pop(0)
        turn = turns.get(t)
        if turn is not None:
            d = (d + (1 if turn == b"R" else 3)) % 4
    print(t)


main()
