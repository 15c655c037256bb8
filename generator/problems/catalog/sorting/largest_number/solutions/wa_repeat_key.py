"""Wrong: sorts by the number's digits repeated and cut to 10 (3 -> 3333333333, 30 -> 3030303030), largest first.
That orders 3 and 30 rightly, but two numbers whose repetitions agree on the first 10 digits tie (9988 and
998899889), and the tie keeps the input order although 9988998899988 > 9988998899889."""
import sys

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
words.sort(key=lambda w: (w * 10)[:10], reverse=True)
answer = "".join(words)
print("0" if answer[0] == "0" else answer)
