import sys
from collections import deque


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
    occupied = [[False] * (n + 2) for _ in range(n + 2)]  # the body, cell by cell: O(1) collision checks
    body = deque([(1, 1)])  # head on the right, tail on the left
    occupied[1][1] = True
    steps = ((0, 1), (1, 0), (0, -1), (-1, 0))  # right, down, left, up: a right turn is +1
    d = 0
    t = 0
    while True:
        t += 1
        r, c = body[-1]
        r, c = r + steps[d][0], c + steps[d][1]
        if not (1 <= r <= n and 1 <= c <= n):
            break
        if apple[r][c]:
            apple[r][c] = False
        else:  # the tail moves out before the head moves in, so the head may enter the tail's cell
            tr, tc = body.popleft()
            occupied[tr][tc] = False
        if occupied[r][c]:
            break
        body.append((r, c))
        occupied[r][c] = True
        turn = turns.get(t)
        if turn is not None:
            d = (d + (1 if turn == b"R" else 3)) % 4
    print(t)


main()
