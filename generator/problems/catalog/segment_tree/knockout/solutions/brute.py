"""Obviously correct (small inputs): after every change, play the whole tournament round by round from the list
of players, exactly as the statement describes it, and report the winner of the final and the other finalist."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
s = [0] + [int(x) for x in data[2:2 + n]]
for e in range(q):
    i, x = int(data[2 + n + 2 * e]), int(data[3 + n + 2 * e])
    s[i] = x
    players = list(range(1, n + 1))
    final = None
    while len(players) > 1:
        if len(players) == 2:
            final = players[:]
        winners = []
        for j in range(0, len(players), 2):
            a, b = players[j], players[j + 1]
            if s[a] > s[b] or (s[a] == s[b] and a < b):
                winners.append(a)
            else:
                winners.append(b)
        players = winners
    champion = players[0]
    other = final[1] if final[0] == champion else final[0]
    print(champion, other)
