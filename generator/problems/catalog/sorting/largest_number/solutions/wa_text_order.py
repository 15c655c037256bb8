"""Wrong: sorts the numbers as text, largest first: 30 comes before 3, but 330 > 303."""
import sys

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
words.sort(reverse=True)
answer = "".join(words)
print("0" if answer[0] == "0" else answer)
