"""Obviously correct: a plain list with the top at index 0, rebuilt at every step."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
cards = data[1:1 + n]
order = []
while len(cards) > 1:
    order.append(cards[0])
    cards = cards[2:] + [cards[1]]
order.append(cards[0])
print(" ".join(order))
