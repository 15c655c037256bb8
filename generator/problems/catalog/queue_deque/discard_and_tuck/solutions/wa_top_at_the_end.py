"""Wrong: reads the last number as the top card (the deck upside down)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n = int(data[0])
cards = deque(reversed(data[1:1 + n]))
order = []
while len(cards) > 1:
    order.append(cards.popleft())
    cards.append(cards.popleft())
order.append(cards[0])
sys.stdout.write(b" ".join(order).decode() + "\n")
