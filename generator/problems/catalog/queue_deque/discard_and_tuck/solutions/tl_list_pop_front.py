"""Too slow: a list with the top at index 0; pop(0) shifts every remaining card, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
cards = list(data[1:1 + n])
order = []
while len(cards) > 1:
    order.append(cards.pop(0))
    cards.append(cards.pop(0))
order.append(cards[0])
sys.stdout.write(b" ".join(order).decode() + "\n")
