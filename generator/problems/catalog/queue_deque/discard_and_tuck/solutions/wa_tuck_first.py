"""Wrong: moves the top card to the bottom first and discards the next one (the two steps swapped)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n = int(data[0])
cards = deque(data[1:1 + n])
order = []
while len(cards) > 1:
    cards.append(cards.popleft())
    order.append(cards.popleft())
order.append(cards[0])
sys.stdout.write(b" ".join(order).decode() + "\n")
