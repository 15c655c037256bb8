"""A deque with the top at the left: pop the top (discarded), then move the new top to the bottom."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n = int(data[0])
cards = deque(data[1:1 + n])
order = []
while len(cards) > 1:
    order.append(cards.popleft())
    cards.append(cards.popleft())
order.append(cards[0])
sys.stdout.write(b" ".join(order).decode() + "\n")
